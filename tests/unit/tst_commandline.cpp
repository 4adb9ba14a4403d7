#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The `lanyard` program on the command line, as a user runs it: output, exit codes, no window. */
class TestCommandLine : public QObject
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
        environment.remove(u"DISPLAY"_s); // a verb never needs a window
        environment.remove(u"LANYARD_NOW"_s);
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("LANYARD_BINARY"), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_BINARY")), "LANYARD_BINARY must name the built program"); }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_db = m_dir->filePath(u"cli.sqlite"_s);
    }

    void printsItsVersion()
    {
        const Run run = lanyard({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("lanyard "));
    }

    void listsEveryBundledEventAsJsonOnANewDatabase()
    {
        const Run run = lanyard({u"--db"_s, m_db, u"events"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY(document.isArray());
        const QJsonArray events = document.array();
        QCOMPARE(events.size(), 84);

        const QStringList fields = {u"id"_s,       u"guid"_s,     u"conference"_s, u"title"_s,  u"subtitle"_s,  u"start"_s,
                                    u"end"_s,      u"day"_s,      u"room"_s,       u"track"_s,  u"type"_s,      u"language"_s,
                                    u"speakers"_s, u"abstract"_s, u"links"_s,      u"videos"_s, u"bookmarked"_s};
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            for (const QString &field : fields)
                QVERIFY2(event.contains(field), qPrintable(u"field %1 missing in %2"_s.arg(field, event[u"title"_s].toString())));
            QVERIFY(event[u"speakers"_s].isArray());
            QVERIFY(event[u"links"_s].isArray());
            QVERIFY(event[u"videos"_s].isArray());
            QVERIFY(event[u"bookmarked"_s].isBool());
            QVERIFY(event[u"start"_s].toString().endsWith(u"+10:00"_s));
        }
        const auto dont =
            std::find_if(events.begin(), events.end(), [](const QJsonValue &v) { return v[u"title"_s].toString() == u"Don't Do This"_s; });
        QVERIFY(dont != events.end());
        const QJsonObject event = dont->toObject();
        QCOMPARE(event[u"conference"_s].toString(), u"pyconau2013"_s);
        QCOMPARE(event[u"start"_s].toString(), u"2013-07-07T13:00:00+10:00"_s);
        QCOMPARE(event[u"end"_s].toString(), u"2013-07-07T13:30:00+10:00"_s);
        QCOMPARE(event[u"day"_s].toString(), u"2013-07-07"_s);
        QCOMPARE(event[u"room"_s].toString(), u"Plenary Hall"_s);
        QCOMPARE(event[u"speakers"_s].toArray(), QJsonArray{u"Richard Jones"_s});
        QVERIFY(event[u"videos"_s].toArray().contains(u"https://www.youtube.com/watch?v=H2yfXnUb1S4"_s));
        QCOMPARE(event[u"bookmarked"_s].toBool(), false);
        QCOMPARE(event[u"id"_s].toString().size(), 16);
    }

    void filtersByDayAndConference()
    {
        const Run sunday =
            lanyard({u"--db"_s, m_db, u"events"_s, u"--conference"_s, u"pyconau2013"_s, u"--day"_s, u"2013-07-07"_s, u"--json"_s});
        QCOMPARE(sunday.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(sunday.out).array().size(), 28);

        const Run conferences = lanyard({u"--db"_s, m_db, u"conferences"_s, u"--json"_s});
        QCOMPARE(conferences.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(conferences.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject pycon = list[0].toObject();
        QCOMPARE(pycon[u"id"_s].toString(), u"pyconau2013"_s);
        QCOMPARE(pycon[u"acronym"_s].toString(), u"pyconau2013"_s);
        QCOMPARE(pycon[u"timezone"_s].toString(), u"Australia/Hobart"_s);
        QCOMPARE(pycon[u"start"_s].toString(), u"2013-07-05"_s);
        QCOMPARE(pycon[u"end"_s].toString(), u"2013-07-07"_s);
        QCOMPARE(pycon[u"events"_s].toInt(), 84);
    }

    void mistakesAreClearAndExitNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad day") << QStringList{u"events"_s, u"--day"_s, u"Sunday"_s} << u"YYYY-MM-DD"_s;
        QTest::newRow("unknown conference") << QStringList{u"events"_s, u"--conference"_s, u"nosuch"_s} << u"nosuch"_s;
        QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("bad now") << QStringList{u"--now"_s, u"tomorrow"_s, u"events"_s} << u"ISO 8601"_s;
        QTest::newRow("missing file") << QStringList{u"import"_s, u"/nonexistent/feed.xml"_s} << u"/nonexistent/feed.xml"_s;
        QTest::newRow("remove unknown") << QStringList{u"conferences"_s, u"remove"_s, u"nosuch"_s} << u"nosuch"_s;
    }

    void mistakesAreClearAndExitNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = lanyard(QStringList{u"--db"_s, m_db} + arguments);
        QVERIFY(run.exitCode > 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void importsARealFeedAndRemovesAConference()
    {
        LANYARD_REQUIRE_FEED(feed, "camp2019_frab-schedule.json");
        const Run imported = lanyard({u"--db"_s, m_db, u"import"_s, feed});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("79 events"), imported.out.constData());
        QCOMPARE(QJsonDocument::fromJson(lanyard({u"--db"_s, m_db, u"conferences"_s, u"--json"_s}).out).array().size(), 2);

        const Run removed = lanyard({u"--db"_s, m_db, u"conferences"_s, u"remove"_s, u"pyconau2013"_s});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(lanyard({u"--db"_s, m_db, u"conferences"_s, u"--json"_s}).out).array().size(), 1);
    }

    void aBrokenFeedChangesNothing()
    {
        const QString broken = m_dir->filePath(u"broken.xml"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<schedule>\n  <conference><title>Half</title>\n");
        file.close();
        const QByteArray before = lanyard({u"--db"_s, m_db, u"events"_s, u"--json"_s}).out;
        const Run run = lanyard({u"--db"_s, m_db, u"import"_s, broken});
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains("broken.xml"), run.err.constData());
        QCOMPARE(lanyard({u"--db"_s, m_db, u"events"_s, u"--json"_s}).out, before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
