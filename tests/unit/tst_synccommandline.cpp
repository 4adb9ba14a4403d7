#include "LoopbackHttpServer.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * `lanyard subscribe`, `sync`, `changes` and `subscriptions` as a user runs them, against a
 * loopback server in this process (the child's network runs while the test's event loop serves).
 */
class TestSyncCommandLine : public QObject
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
        environment.remove(u"LANYARD_NOW"_s);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("LANYARD_BINARY"), QStringList{u"--db"_s, m_db} + arguments);
        // Not waitForFinished(): the server lives in this event loop.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {-1, process.readAllStandardOutput(), "timed out after 60 s: " + process.readAllStandardError()};
        }
        if (process.exitStatus() != QProcess::NormalExit)
            return {-1, process.readAllStandardOutput(), "crashed: " + process.readAllStandardError()};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QJsonArray jsonArray(const QByteArray &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << text;
        return document.array();
    }

    static QStringList keys(const QJsonObject &object)
    {
        QStringList result = object.keys();
        result.sort();
        return result;
    }

    /** Bookmarks talks by title, as the GUI would, in this process on the same database file. */
    void bookmark(const QStringList &titles)
    {
        Database database(m_db);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        ScheduleStore schedule(database);
        UserDataStore user(database);
        QVERIFY(user.load());
        int found = 0;
        for (const Event &event : schedule.events(u"synccon"_s)) {
            if (titles.contains(event.title)) {
                QVERIFY(user.setPriority(event.id, u"synccon"_s, Priority::MustSee));
                ++found;
            }
        }
        QCOMPARE(found, titles.size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    LoopbackHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_BINARY")), "LANYARD_BINARY must name the built program");
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"cli.sqlite"_s);
        m_server.clearRequests();
    }

    void helpListsTheVerbs()
    {
        const Run run = lanyard({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *usage : {"subscribe URL [--timezone ZONE]", "sync [--conference ID] [--json]",
                                  "changes [--conference ID] [--json]", "subscriptions set-url ID URL"})
            QVERIFY2(run.out.contains(usage), usage);
    }

    void subscribeSyncAndChanges()
    {
        const QByteArray first = TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule.xml"_s));
        const QByteArray updated = TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule-updated.xml"_s));
        QByteArray current = first;
        m_server.setHandler([&current](const LoopbackHttpServer::Request &request) {
            const QByteArray etag = '"' + QByteArray::number(qHash(current)) + '"';
            if (request.headers.value("if-none-match") == etag)
                return LoopbackHttpServer::status(304, "Not Modified");
            LoopbackHttpServer::Response response = LoopbackHttpServer::ok(current);
            response.headers.emplaceBack(QByteArray("ETag"), etag);
            return response;
        });
        const QString url = m_server.url(u"/schedule.xml"_s).toString();

        Run run = lanyard({u"subscribe"_s, url});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith(QByteArray("subscribed " + url.toUtf8() + ": Sync Test Conference (synccon): 2 days")),
                 run.out.constData());

        bookmark({u"Don't Do This"_s, u"Cancelled Talk"_s, u"Late Talk"_s});

        // Nothing new yet: a 304.
        run = lanyard({u"sync"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonArray reports = jsonArray(run.out);
        QCOMPARE(reports.size(), 1);
        QJsonObject report = reports.at(0).toObject();
        QCOMPARE(keys(report),
                 (QStringList{u"changes"_s, u"conference"_s, u"days"_s, u"events"_s, u"httpStatus"_s, u"message"_s, u"rooms"_s, u"status"_s,
                              u"subscription"_s, u"title"_s, u"url"_s, u"warnings"_s}));
        QCOMPARE(report[u"status"_s].toString(), u"unchanged"_s);
        QCOMPARE(report[u"httpStatus"_s].toInt(), 304);
        QCOMPARE(report[u"conference"_s].toString(), u"synccon"_s);
        QCOMPARE(report[u"events"_s].toInt(), 7);

        // The programme changes.
        current = updated;
        run = lanyard({u"sync"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        report = jsonArray(run.out).at(0).toObject();
        QCOMPARE(report[u"status"_s].toString(), u"updated"_s);
        QCOMPARE(report[u"changes"_s].toInt(), 6);
        QCOMPARE(report[u"httpStatus"_s].toInt(), 200);
        QCOMPARE(report[u"url"_s].toString(), url);

        run = lanyard({u"changes"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray changes = jsonArray(run.out);
        QCOMPARE(changes.size(), 3);
        QHash<QString, QJsonObject> byKind;
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            QCOMPARE(keys(change), (QStringList{u"after"_s, u"before"_s, u"id"_s, u"kind"_s, u"title"_s}));
            QCOMPARE(change[u"id"_s].toString().size(), 16);
            byKind.insert(change[u"kind"_s].toString(), change);
        }
        QCOMPARE(byKind.value(u"moved"_s)[u"title"_s].toString(), u"Don't Do This"_s);
        QCOMPARE(byKind.value(u"moved"_s)[u"before"_s].toString(), u"Plenary Hall"_s);
        QCOMPARE(byKind.value(u"moved"_s)[u"after"_s].toString(), u"Tasman A"_s);
        QCOMPARE(byKind.value(u"cancelled"_s)[u"title"_s].toString(), u"Cancelled Talk"_s);
        QCOMPARE(byKind.value(u"cancelled"_s)[u"after"_s].toString(), QString());
        QCOMPARE(byKind.value(u"retimed"_s)[u"before"_s].toString(), u"2013-07-06T13:00:00+10:00/2013-07-06T13:30:00+10:00"_s);
        QCOMPARE(byKind.value(u"retimed"_s)[u"after"_s].toString(), u"2013-07-06T14:00:00+10:00/2013-07-06T14:30:00+10:00"_s);

        run = lanyard({u"changes"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Your talk “Don't Do This” moved from Plenary Hall to Tasman A."), run.out.constData());
        QVERIFY2(run.out.contains("Your talk “Cancelled Talk” was cancelled."), run.out.constData());

        run = lanyard({u"changes"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(jsonArray(run.out).size(), 6);

        // The server breaks: sync fails with the URL and status, exit 1, and the programme stays.
        m_server.setHandler([](const LoopbackHttpServer::Request &) { return LoopbackHttpServer::status(500, "Internal Server Error"); });
        run = lanyard({u"sync"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("synccon\tfailed"), run.out.constData());
        QVERIFY2(run.out.contains(QByteArray(url.toUtf8() + " (HTTP 500 Internal Server Error)")), run.out.constData());
        // Seven talks, and the bookmarked one that was cancelled, kept until dismissed.
        run = lanyard({u"events"_s, u"--conference"_s, u"synccon"_s, u"--json"_s});
        QCOMPARE(jsonArray(run.out).size(), 8);
        run = lanyard({u"subscriptions"_s, u"--json"_s});
        const QJsonObject subscription = jsonArray(run.out).at(0).toObject();
        QVERIFY(subscription[u"lastError"_s].toString().contains(u"HTTP 500"_s));
        QVERIFY(subscription[u"lastSuccess"_s].isString());
    }

    void setUrlKeepsTheConferenceAndBookmarks()
    {
        const QByteArray first = TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule.xml"_s));
        m_server.setHandler([first](const LoopbackHttpServer::Request &request) {
            if (request.path == "/old.xml" || request.path == "/new.xml")
                return LoopbackHttpServer::ok(first);
            return LoopbackHttpServer::status(404, "Not Found");
        });
        QCOMPARE(lanyard({u"subscribe"_s, m_server.url(u"/old.xml"_s).toString()}).exitCode, 0);
        bookmark({u"Don't Do This"_s});

        // A wrong new address: refused, the old one stays.
        Run run = lanyard({u"subscriptions"_s, u"set-url"_s, u"synccon"_s, m_server.url(u"/wrong.xml"_s).toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("keeps its previous address"), run.err.constData());
        run = lanyard({u"subscriptions"_s, u"--json"_s});
        QCOMPARE(jsonArray(run.out).at(0).toObject()[u"url"_s].toString(), m_server.url(u"/old.xml"_s).toString());

        run = lanyard({u"subscriptions"_s, u"set-url"_s, u"synccon"_s, m_server.url(u"/new.xml"_s).toString()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = lanyard({u"subscriptions"_s, u"--json"_s});
        const QJsonObject subscription = jsonArray(run.out).at(0).toObject();
        QCOMPARE(subscription[u"url"_s].toString(), m_server.url(u"/new.xml"_s).toString());
        QCOMPARE(subscription[u"conference"_s].toString(), u"synccon"_s);
        run = lanyard({u"events"_s, u"--conference"_s, u"synccon"_s, u"--json"_s});
        int bookmarked = 0;
        for (const QJsonValue &event : jsonArray(run.out))
            bookmarked += event.toObject()[u"bookmarked"_s].toBool() ? 1 : 0;
        QCOMPARE(bookmarked, 1);
    }

    void failedSubscribeAddsNothing()
    {
        const Run run = lanyard({u"subscribe"_s, m_server.url(u"/nothing.xml"_s).toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("HTTP 404"), run.err.constData());
        QVERIFY2(run.err.contains("nothing was subscribed"), run.err.constData());
        QCOMPARE(jsonArray(lanyard({u"subscriptions"_s, u"--json"_s}).out).size(), 0);

        const Run bad = lanyard({u"subscribe"_s, u"ftp://example.org/schedule.xml"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("not an http or https address"), bad.err.constData());
        const Run zone = lanyard({u"subscribe"_s, u"https://example.org/x.xml"_s, u"--timezone"_s, u"Mars/Olympus"_s});
        QCOMPARE(zone.exitCode, 1);
        QVERIFY2(zone.err.contains("not a time zone"), zone.err.constData());
    }

    void removingTheConferenceEndsTheSubscription()
    {
        m_server.setHandler([](const LoopbackHttpServer::Request &) {
            return LoopbackHttpServer::ok(TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule.xml"_s)));
        });
        QCOMPARE(lanyard({u"subscribe"_s, m_server.url(u"/schedule.xml"_s).toString()}).exitCode, 0);
        QCOMPARE(lanyard({u"conferences"_s, u"remove"_s, u"synccon"_s}).exitCode, 0);
        const Run run = lanyard({u"sync"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("no subscriptions"), run.out.constData());
    }

    /** A conference's page instead of its feed: the feed is found, remembered, and the page kept as the website. */
    void subscribeWithTheConferencePage()
    {
        QByteArray feed = TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule.xml"_s));
        // One talk opted out of recording, to see it in events --json.
        feed.replace("<title>Opening Keynote</title>", "<title>Opening Keynote</title><recording><optout>true</optout></recording>");
        m_server.setHandler([&feed](const LoopbackHttpServer::Request &request) {
            if (request.path == "/conf/")
                return LoopbackHttpServer::ok("<!DOCTYPE html><html><head><link rel=\"alternate\" "
                                              "type=\"application/vnd.c3voc.schedule+xml\" href=\"feed/schedule.xml\"></head></html>",
                                              "text/html");
            if (request.path == "/conf/feed/schedule.xml")
                return LoopbackHttpServer::ok(feed);
            return LoopbackHttpServer::status(404, "Not Found");
        });
        const QString page = m_server.url(u"/conf/"_s).toString();
        const QString feedUrl = m_server.url(u"/conf/feed/schedule.xml"_s).toString();
        const Run run = lanyard({u"subscribe"_s, page});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(QByteArray("found schedule.xml at " + feedUrl.toUtf8())), run.out.constData());
        QVERIFY2(run.out.contains(QByteArray("subscribed " + feedUrl.toUtf8())), run.out.constData());
        const QJsonArray subscriptions = jsonArray(lanyard({u"subscriptions"_s, u"--json"_s}).out);
        QCOMPARE(subscriptions.size(), 1);
        QCOMPARE(subscriptions[0].toObject().value(u"url"_s).toString(), feedUrl);
        QCOMPARE(subscriptions[0].toObject().value(u"website"_s).toString(), page);

        const QJsonArray events = jsonArray(lanyard({u"events"_s, u"--conference"_s, u"synccon"_s, u"--json"_s}).out);
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &event : events) {
            const QJsonValue recorded = event.toObject().value(u"recorded"_s);
            if (event.toObject().value(u"title"_s).toString() == u"Opening Keynote"_s)
                QCOMPARE(recorded, QJsonValue(false));
            else
                QVERIFY2(recorded.isNull(), qPrintable(event.toObject().value(u"title"_s).toString()));
        }
        m_server.setHandler({});
    }

    void aPageWithoutScheduleSaysWhatWasTried()
    {
        m_server.setHandler([](const LoopbackHttpServer::Request &request) {
            if (request.path == "/empty/")
                return LoopbackHttpServer::ok("<!DOCTYPE html><html><body>Coming soon</body></html>", "text/html");
            return LoopbackHttpServer::status(404, "Not Found");
        });
        const QByteArray conferencesBefore = lanyard({u"conferences"_s, u"--json"_s}).out;
        const Run run = lanyard({u"subscribe"_s, m_server.url(u"/empty/"_s).toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no schedule found at"), run.err.constData());
        QVERIFY2(run.err.contains("/empty/schedule/export/schedule.xml"), run.err.constData());
        QVERIFY2(run.err.contains("/empty/schedule.xml"), run.err.constData());
        QVERIFY2(run.err.contains("nothing was subscribed"), run.err.constData());
        QCOMPARE(jsonArray(lanyard({u"subscriptions"_s, u"--json"_s}).out).size(), 0);
        QCOMPARE(lanyard({u"conferences"_s, u"--json"_s}).out, conferencesBefore);
        m_server.setHandler({});
    }
};

QTEST_GUILESS_MAIN(TestSyncCommandLine)
#include "tst_synccommandline.moc"
