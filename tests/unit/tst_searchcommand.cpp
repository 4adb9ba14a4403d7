#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** `lanyard search` as a user runs it, on the bundled PyCon AU 2013 programme. */
class TestSearchCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run lanyard(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("LANYARD_BINARY"), QStringList{u"--db"_s, m_db} + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QJsonArray json(const QStringList &arguments)
    {
        const Run run = lanyard(QStringList{u"search"_s} + arguments + QStringList{u"--json"_s});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_BINARY")), "LANYARD_BINARY must name the built program");
        m_db = m_dir.filePath(u"search.sqlite"_s);
    }

    void findsEventsBestFirstAsEventObjects()
    {
        const QJsonArray found = json({u"python"_s, u"packag"_s});
        QVERIFY(!found.isEmpty());
        const QJsonObject first = found.first().toObject();
        QCOMPARE(first.value(u"title"_s).toString(), u"Nobody Expects the Python Packaging Authority"_s);
        QCOMPARE(first.value(u"start"_s).toString(), u"2013-07-06T10:20:00+10:00"_s);
        QCOMPARE(first.value(u"speakers"_s).toArray().first().toString(), u"Nick Coghlan"_s);
        for (const QString &key : {u"id"_s, u"conference"_s, u"room"_s, u"abstract"_s, u"bookmarked"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
    }

    void findsBySpeakerAndLimits()
    {
        const QJsonArray found = json({u"richard"_s, u"jones"_s});
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().toObject().value(u"title"_s).toString(), u"Don't Do This"_s);
        QCOMPARE(json({u"the"_s, u"--limit"_s, u"3"_s}).size(), 3);
        QCOMPARE(json({u"the"_s, u"--conference"_s, u"pyconau2013"_s, u"--limit"_s, u"2"_s}).size(), 2);
    }

    void querySyntaxIsJustText()
    {
        for (const QString &typed : {u"\""_s, u"NEAR("_s, u"AND"_s, u"*"_s, u"a:b"_s, u"^"_s, u"(x))"_s, u"'; DROP TABLE events; --"_s}) {
            const Run run = lanyard({u"search"_s, typed, u"--json"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(typed + u": "_s + QString::fromUtf8(run.err)));
            QVERIFY2(QJsonDocument::fromJson(run.out).isArray(), qPrintable(typed));
        }
        QVERIFY(!json({u"python"_s}).isEmpty()); // the events are all still there
    }

    void badArgumentsSayWhat()
    {
        Run run = lanyard({u"search"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("usage: lanyard search"));
        run = lanyard({u"search"_s, u"python"_s, u"--limit"_s, u"0"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("--limit"));
        run = lanyard({u"search"_s, u"python"_s, u"--conference"_s, u"nope"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no conference with id \"nope\""));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_searchcommand.moc"
