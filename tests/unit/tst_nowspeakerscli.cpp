#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** `lanyard now` and `lanyard speakers` as a user runs them, with the clock set by --now or LANYARD_NOW. */
class TestNowSpeakersCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QString m_db;

    Run lanyard(const QStringList &arguments, const QString &lanyardNow = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"LANYARD_NOW"_s);
        if (!lanyardNow.isEmpty())
            environment.insert(u"LANYARD_NOW"_s, lanyardNow);
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("LANYARD_BINARY"), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QJsonObject parseObject(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << run.out.left(400);
        return document.object();
    }

    static QStringList titles(const QJsonArray &events)
    {
        QStringList result;
        for (const QJsonValue &event : events)
            result.append(event[u"title"_s].toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_BINARY")), "LANYARD_BINARY must name the built program");
        m_db = m_dir.filePath(u"cli.sqlite"_s);
    }

    void nowListsDontDoThisAsRunningOnSundayAt1310()
    {
        const Run run = lanyard({u"--db"_s, m_db, u"--now"_s, u"2013-07-07T13:10:00+10:00"_s, u"now"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run);
        QCOMPARE(result[u"at"_s].toString(), u"2013-07-07T13:10:00+10:00"_s);
        const QJsonArray now = result[u"now"_s].toArray();
        QVERIFY2(titles(now).contains(u"Don't Do This"_s), run.out.constData());
        QCOMPARE(now.size(), 3);
        for (const QJsonValue &value : now) {
            const QJsonObject event = value.toObject();
            // The CLI's event object, with Now & Next's additions.
            for (const QString &field : {u"id"_s, u"title"_s, u"start"_s, u"end"_s, u"room"_s, u"speakers"_s, u"bookmarked"_s,
                                         u"progress"_s, u"minutesLeft"_s, u"conflicts"_s})
                QVERIFY2(event.contains(field), qPrintable(field));
            QVERIFY(event[u"start"_s].toString() <= u"2013-07-07T13:10:00+10:00"_s);
            QVERIFY(event[u"end"_s].toString() > u"2013-07-07T13:10:00+10:00"_s);
        }
        const QJsonObject dontDoThis = now.at(titles(now).indexOf(u"Don't Do This"_s)).toObject();
        QCOMPARE(dontDoThis[u"room"_s].toString(), u"Plenary Hall"_s);
        QCOMPARE(dontDoThis[u"minutesLeft"_s].toInt(), 20);
        QCOMPARE(dontDoThis[u"progress"_s].toDouble(), 0.333);

        const QJsonArray next = result[u"next"_s].toArray();
        QVERIFY(!next.isEmpty());
        for (const QJsonValue &value : next) {
            QVERIFY(value[u"start"_s].toString() > u"2013-07-07T13:10:00+10:00"_s);
            QVERIFY(value[u"start"_s].toString() <= u"2013-07-07T14:10:00+10:00"_s);
            QVERIFY(value.toObject().contains(u"startsIn"_s));
        }
        QCOMPARE(result[u"conferences"_s].toArray().at(0)[u"phase"_s].toString(), u"during"_s);
    }

    void lanyardNowSetsTheClockToo()
    {
        const Run run = lanyard({u"--db"_s, m_db, u"now"_s, u"--json"_s}, u"2013-07-07T13:10:00+10:00"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(titles(parseObject(run)[u"now"_s].toArray()).contains(u"Don't Do This"_s));

        const Run text = lanyard({u"--db"_s, m_db, u"--now"_s, u"2013-07-07T13:10:00+10:00"_s, u"now"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Don't Do This  [Plenary Hall]  Richard Jones  (33%, 20 min left)"));
    }

    void beforeAndAfterTheConference()
    {
        Run run = lanyard({u"--db"_s, m_db, u"--now"_s, u"2013-07-01T10:00:00+10:00"_s, u"now"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonObject result = parseObject(run);
        QVERIFY(result[u"now"_s].toArray().isEmpty());
        QVERIFY(result[u"next"_s].toArray().isEmpty());
        QCOMPARE(result[u"conferences"_s].toArray().at(0)[u"phase"_s].toString(), u"before"_s);
        QCOMPARE(result[u"conferences"_s].toArray().at(0)[u"firstStart"_s].toString(), u"2013-07-05T08:00:00+10:00"_s);

        run = lanyard({u"--db"_s, m_db, u"--now"_s, u"2013-07-06T23:00:00+10:00"_s, u"now"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("nothing more today; continues Sun 2013-07-07 08:00"), run.out.constData());

        run = lanyard({u"--db"_s, m_db, u"--now"_s, u"2013-07-08T09:00:00+10:00"_s, u"now"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseObject(run)[u"conferences"_s].toArray().at(0)[u"phase"_s].toString(), u"after"_s);
    }

    void badInputSaysWhatIsWrong()
    {
        Run run = lanyard({u"--db"_s, m_db, u"now"_s, u"--window"_s, u"soon"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("--window"));
        run = lanyard({u"--db"_s, m_db, u"now"_s, u"--conference"_s, u"nope"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no conference with id \"nope\""));
        run = lanyard({u"--db"_s, m_db, u"--now"_s, u"tuesday"_s, u"now"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("--now"));
    }

    void speakersListsNamesAndEventIds()
    {
        const Run run = lanyard({u"--db"_s, m_db, u"speakers"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray speakers = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(speakers.size(), 48);
        QJsonObject richard;
        QJsonObject alex;
        for (const QJsonValue &value : speakers) {
            if (value[u"name"_s].toString() == u"Richard Jones"_s)
                richard = value.toObject();
            if (value[u"name"_s].toString() == u"Alex Gaynor"_s)
                alex = value.toObject();
        }
        QCOMPARE(alex[u"events"_s].toArray().size(), 2);
        QCOMPARE(alex[u"talks"_s].toInt(), 2);

        // Richard Jones's events are the events that name him.
        const Run events = lanyard({u"--db"_s, m_db, u"events"_s, u"--json"_s});
        QStringList expected;
        for (const QJsonValue &event : QJsonDocument::fromJson(events.out).array()) {
            if (event[u"speakers"_s].toArray().contains(u"Richard Jones"_s))
                expected.append(event[u"id"_s].toString());
        }
        QVERIFY(!expected.isEmpty());
        QStringList listed;
        for (const QJsonValue &id : richard[u"events"_s].toArray())
            listed.append(id.toString());
        QCOMPARE(listed, expected);

        const Run text = lanyard({u"--db"_s, m_db, u"speakers"_s, u"--conference"_s, u"pyconau2013"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Alex Gaynor  (2)  "));
    }

    void speakersJsonCarriesWhatTheFeedSaysAboutThem()
    {
        const QString db = m_dir.filePath(u"bios.sqlite"_s);
        const QString feed = QDir(qEnvironmentVariable("LANYARD_TEST_DATA_DIR")).filePath(u"feeds/speaker-details.json"_s);
        const Run imported = lanyard({u"--db"_s, db, u"import"_s, feed});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        const Run run = lanyard({u"--db"_s, db, u"speakers"_s, u"--conference"_s, u"bios2026"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
            byName.insert(value[u"name"_s].toString(), value.toObject());
        QCOMPARE(byName.size(), 3);
        const QJsonObject ada = byName.value(u"Ada Quill"_s);
        QCOMPARE(ada[u"talks"_s].toInt(), 2);
        QCOMPARE(ada[u"biography"_s].toString(), u"Ada maintains a mesh router firmware.\n\nShe gardens on weekends."_s);
        QCOMPARE(ada[u"tagline"_s].toString(), QString());
        QCOMPARE(ada[u"picture"_s].toString(), u"https://talks.example.org/media/avatars/ada.png"_s);
        const QJsonArray links = ada[u"links"_s].toArray();
        QCOMPARE(links.size(), 3);
        QCOMPARE(links[1][u"title"_s].toString(), u"Ada's site"_s);
        QCOMPARE(links[1][u"url"_s].toString(), u"https://ada.example.org/"_s);
        QCOMPARE(links[2][u"url"_s].toString(), u"mailto:ada@example.org"_s);
        // A speaker the feed says nothing about has no such fields.
        const QJsonObject ned = byName.value(u"Ned Nobio"_s);
        QCOMPARE(ned[u"talks"_s].toInt(), 1);
        QVERIFY(!ned.contains(u"biography"_s));
        QVERIFY(!ned.contains(u"links"_s));
    }
};

QTEST_GUILESS_MAIN(TestNowSpeakersCli)
#include "tst_nowspeakerscli.moc"
