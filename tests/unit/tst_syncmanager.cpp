#include "DatabaseDump.h"
#include "GeneratedFeed.h"
#include "LoopbackHttpServer.h"
#include "TestSupport.h"

#include "agenda/ChangeText.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/EventMarks.h"
#include "store/ScheduleStore.h"
#include "store/SubscriptionStore.h"
#include "store/UserDataStore.h"
#include "sync/RefreshPolicy.h"
#include "sync/ScheduleImport.h"
#include "sync/SyncManager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace
{
using Response = LoopbackHttpServer::Response;

QByteArray fixture(const QString &name)
{
    return TestSupport::readFile(TestSupport::fixturePath(u"sync/"_s + name));
}

/** During the conference: Saturday 6 July 2013, 10:00 in Hobart. */
QDateTime conferenceMorning()
{
    return QDateTime(QDate(2013, 7, 6), QTime(10, 0), QTimeZone("Australia/Hobart")).toUTC();
}

QSslConfiguration serverTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(TestSupport::fixturePath(u"sync/tls/cert.pem"_s), QSsl::Pem).value(0));
    tls.setPrivateKey(QSslKey(fixture(u"tls/key.pem"_s), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace

/**
 * Syncing against a real HTTP server on 127.0.0.1: the first fetch, 304s, an update and its change
 * list, gzip, and every failure ending in a clear error with the database exactly as it was.
 */
class TestSyncManager : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScheduleStore> m_schedule;
    std::unique_ptr<UserDataStore> m_user;
    std::unique_ptr<SubscriptionStore> m_subscriptions;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<LoopbackHttpServer> m_server;

    static SyncReport failure(const QString &message)
    {
        SyncReport report;
        report.message = message;
        return report;
    }

    SyncReport waitForReport(int timeoutMs = 20000)
    {
        QSignalSpy finished(m_manager.get(), &SyncManager::syncFinished);
        if (!finished.wait(timeoutMs))
            return failure(u"no report within the time limit"_s);
        // Let the store's queued change signals arrive before the test looks.
        QCoreApplication::processEvents();
        return finished.takeFirst().at(0).value<SyncReport>();
    }

    SyncReport subscribe(const QString &path, const QString &timeZone = {})
    {
        QString error;
        if (m_manager->subscribe(m_server->url(path).toString(), timeZone, &error) == 0)
            return failure(error);
        return waitForReport();
    }

    SyncReport syncNow(qint64 id)
    {
        if (!m_manager->sync(id))
            return failure(u"did not start"_s);
        return waitForReport();
    }

    QStringList dump() const { return DatabaseDump::all(m_database->connection()); }

    QString idOf(const QString &title) const
    {
        for (const Event &event : m_schedule->events(u"synccon"_s)) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

    /** Subscribes to schedule.xml and bookmarks three talks; returns the subscription id. */
    qint64 subscribeAndBookmark()
    {
        m_server->route("/schedule.xml", LoopbackHttpServer::ok(fixture(u"schedule.xml"_s)));
        const SyncReport report = subscribe(u"/schedule.xml"_s);
        if (!report.ok())
            qWarning() << report.message;
        for (const QString &title : {u"Don't Do This"_s, u"Cancelled Talk"_s, u"Late Talk"_s})
            m_user->setPriority(idOf(title), u"synccon"_s, Priority::MustSee);
        return report.subscriptionId;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>(m_dir->filePath(u"sync.sqlite"_s));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_schedule = std::make_unique<ScheduleStore>(*m_database);
        m_user = std::make_unique<UserDataStore>(*m_database);
        QVERIFY(m_user->load());
        m_subscriptions = std::make_unique<SubscriptionStore>(*m_database);
        m_clock = std::make_unique<Clock>();
        m_clock->freezeAt(conferenceMorning());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_manager = std::make_unique<SyncManager>(*m_network, *m_schedule, *m_subscriptions, *m_clock);
        m_manager->setRetryDelays({});
        m_server = std::make_unique<LoopbackHttpServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_server->closeAll();
        m_manager.reset();
        m_server.reset();
        m_network.reset();
    }

    void firstSyncImportsTheProgramme()
    {
        Response response = LoopbackHttpServer::ok(fixture(u"schedule.xml"_s));
        response.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"v1\""));
        response.headers.emplaceBack(QByteArray("Last-Modified"), QByteArray("Fri, 05 Jul 2013 00:00:00 GMT"));
        m_server->route("/schedule.xml", response);

        const SyncReport report = subscribe(u"/schedule.xml"_s);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.status, SyncReport::Status::Updated);
        QVERIFY(report.firstImport);
        QCOMPARE(report.conferenceId, u"synccon"_s);
        QCOMPARE(report.eventCount, 7);
        QCOMPARE(report.dayCount, 2);
        QCOMPARE(report.httpStatus, 200);
        QVERIFY(report.changes.isEmpty());

        const auto subscription = m_subscriptions->byId(report.subscriptionId);
        QVERIFY(subscription);
        QCOMPARE(subscription->conferenceId, u"synccon"_s);
        QCOMPARE(subscription->etag, u"\"v1\""_s);
        QCOMPARE(subscription->lastModified, u"Fri, 05 Jul 2013 00:00:00 GMT"_s);
        QCOMPARE(subscription->lastSuccessAt, conferenceMorning());
        QVERIFY(subscription->lastError.isEmpty());
        QCOMPARE(m_schedule->events(u"synccon"_s).size(), 7);
        QCOMPARE(m_schedule->conferences().constFirst().source, m_server->url(u"/schedule.xml"_s).toString());
    }

    void secondSyncIsConditionalAnd304ChangesNothing()
    {
        m_server->setHandler([](const LoopbackHttpServer::Request &request) {
            if (request.headers.value("if-none-match") == "\"v1\"")
                return LoopbackHttpServer::status(304, "Not Modified");
            Response response = LoopbackHttpServer::ok(fixture(u"schedule.xml"_s));
            response.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"v1\""));
            response.headers.emplaceBack(QByteArray("Last-Modified"), QByteArray("Fri, 05 Jul 2013 00:00:00 GMT"));
            return response;
        });
        const SyncReport first = subscribe(u"/schedule.xml"_s);
        QVERIFY2(first.ok(), qPrintable(first.message));
        const QStringList before = dump();

        m_clock->advance(600);
        const SyncReport second = syncNow(first.subscriptionId);
        QVERIFY2(second.ok(), qPrintable(second.message));
        QCOMPARE(second.status, SyncReport::Status::Unchanged);
        QCOMPARE(second.httpStatus, 304);
        QVERIFY2(second.message.contains(u"304"_s), qPrintable(second.message));
        QCOMPARE(second.eventCount, 7);

        QCOMPARE(m_server->requests().size(), 2);
        const auto &headers = m_server->requests().at(1).headers;
        QCOMPARE(headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(headers.value("if-modified-since"), QByteArray("Fri, 05 Jul 2013 00:00:00 GMT"));
        const QStringList after = dump();
        QVERIFY2(before == after, qPrintable(DatabaseDump::difference(before, after)));
        QCOMPARE(m_subscriptions->byId(first.subscriptionId)->lastSuccessAt, m_clock->now());
    }

    void aFileImportedOverTheFeedIsReplacedOnTheNextSync()
    {
        m_server->setHandler([](const LoopbackHttpServer::Request &request) {
            if (request.headers.value("if-none-match") == "\"v1\"")
                return LoopbackHttpServer::status(304, "Not Modified");
            Response response = LoopbackHttpServer::ok(fixture(u"schedule.xml"_s));
            response.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"v1\""));
            return response;
        });
        const SyncReport first = subscribe(u"/schedule.xml"_s);
        QVERIFY2(first.ok(), qPrintable(first.message));

        // The same conference from a file (another version of it): the feed's validators no
        // longer describe what is stored, so the next sync asks unconditionally and puts it back.
        QByteArray other = fixture(u"schedule.xml"_s);
        const QByteArray changedTitle = "<title>Changed in a local copy</title>";
        const qsizetype at = other.indexOf("<title>", other.indexOf("<event"));
        other.replace(at, other.indexOf("</title>", at) + 8 - at, changedTitle);
        ImportOptions options;
        options.sourceName = u"copy.xml"_s;
        QVERIFY(ScheduleImport::importBytes(*m_schedule, other, options, u"/tmp/copy.xml"_s, m_clock->now()).ok());

        m_clock->advance(600);
        const SyncReport second = syncNow(first.subscriptionId);
        QVERIFY2(second.ok(), qPrintable(second.message));
        QCOMPARE(second.httpStatus, 200);
        QCOMPARE(second.status, SyncReport::Status::Updated);
        QVERIFY(m_server->requests().at(1).headers.value("if-none-match").isEmpty());
        QCOMPARE(m_schedule->sourceOf(u"synccon"_s), m_server->url(u"/schedule.xml"_s).toString());
        for (const Event &event : m_schedule->events(u"synccon"_s))
            QVERIFY(event.title != u"Changed in a local copy"_s);
    }

    void updatedFeedGivesTheChangeList()
    {
        const qint64 id = subscribeAndBookmark();
        QVERIFY(id > 0);
        const QString dont = idOf(u"Don't Do This"_s);
        const QString gone = idOf(u"Cancelled Talk"_s);
        const QString late = idOf(u"Late Talk"_s);
        QSignalSpy scheduleChanged(m_schedule.get(), &ScheduleStore::scheduleChanged);

        m_server->route("/schedule.xml", LoopbackHttpServer::ok(fixture(u"schedule-updated.xml"_s)));
        m_clock->advance(1800);
        const SyncReport report = syncNow(id);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.status, SyncReport::Status::Updated);
        QVERIFY(!report.firstImport);
        QCOMPARE(scheduleChanged.count(), 1);

        QStringList got;
        for (const EventChange &change : report.changes)
            got.append(u"%1|%2|%3|%4"_s.arg(EventChange::kindName(change.kind), change.title, change.before, change.after));
        got.sort();
        QStringList expected{
            u"cancelled|Cancelled Talk|2013-07-06T11:00:00+10:00/2013-07-06T11:30:00+10:00|"_s,
            u"moved|Don't Do This|Plenary Hall|Tasman A"_s,
            u"new|Lightning Talks||2013-07-07T16:00:00+10:00/2013-07-07T17:00:00+10:00"_s,
            u"renamed|New Name|Old Name|New Name"_s,
            u"retimed|Late Talk|2013-07-06T13:00:00+10:00/2013-07-06T13:30:00+10:00|2013-07-06T14:00:00+10:00/2013-07-06T14:30:00+10:00"_s,
            u"speakers|Panel|Ed, Flo|Ed, Hal"_s,
        };
        expected.sort();
        QCOMPARE(got, expected);
        QCOMPARE(m_schedule->lastChanges(u"synccon"_s).size(), 6);

        // The bookmarked talk that vanished stays, marked cancelled; the others are current.
        QVERIFY(m_schedule->event(gone).has_value());
        QVERIFY(m_schedule->cancelledEvents(u"synccon"_s).contains(gone));
        QCOMPARE(m_schedule->event(dont)->room, u"Tasman A"_s);
        QVERIFY(m_user->isBookmarked(dont) && m_user->isBookmarked(gone) && m_user->isBookmarked(late));

        // New and changed events are marked until seen.
        EventMarks marks(*m_database);
        QCOMPARE(marks.mark(dont), u"changed"_s);
        QCOMPARE(marks.mark(late), u"changed"_s);
        QCOMPARE(marks.mark(idOf(u"Lightning Talks"_s)), u"new"_s);
        QCOMPARE(marks.mark(idOf(u"Opening Keynote"_s)), QString());
        QCOMPARE(marks.count(u"synccon"_s), 5);
        QSignalSpy cleared(&marks, &EventMarks::markCleared);
        QVERIFY(marks.markSeen(dont));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(marks.mark(dont), QString());

        // The sentences the attendee reads.
        const QTimeZone hobart("Australia/Hobart");
        QStringList sentences;
        for (const EventChange &change : report.changes) {
            if (m_user->isBookmarked(change.eventId))
                sentences.append(ChangeText::describe(change, hobart, true));
        }
        sentences.sort();
        QCOMPARE(sentences,
                 (QStringList{u"Your talk “Cancelled Talk” was cancelled."_s,
                              u"Your talk “Don't Do This” moved from Plenary Hall to Tasman A."_s,
                              u"Your talk “Late Talk” now runs Sat 6 Jul 14:00–14:30 (was 13:00–13:30)."_s}));
    }

    void gzipFeedIsDecoded()
    {
        Response response = LoopbackHttpServer::ok(LoopbackHttpServer::gzip(fixture(u"schedule.xml"_s)));
        response.headers.emplaceBack(QByteArray("Content-Encoding"), QByteArray("gzip"));
        m_server->route("/schedule.xml", response);
        const SyncReport report = subscribe(u"/schedule.xml"_s);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.eventCount, 7);
        QVERIFY(m_server->requests().constFirst().headers.value("accept-encoding").contains("gzip"));
    }

    void failureLeavesEverythingAsItWas_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << u"500"_s << u"the server failed"_s << 500;
        QTest::newRow("404") << u"404"_s << u"the server refused the request"_s << 404;
        QTest::newRow("truncated body") << u"truncated"_s << u"incomplete"_s << 200;
        QTest::newRow("stalled transfer") << u"stalled"_s << u"no data for 0.3 s"_s << 200;
        QTest::newRow("endless body") << u"endless"_s << u"larger than 1 MiB"_s << 200;
        QTest::newRow("HTML login page") << u"html"_s << u"a web page (text/html), not a programme"_s << 200;
        QTest::newRow("not a schedule") << u"garbage"_s << u"nothing was changed"_s << 200;
        QTest::newRow("redirect loop") << u"loop"_s << u"redirect loop"_s << 302;
        QTest::newRow("https to http") << u"downgrade"_s << u"less safe"_s << 302;
        QTest::newRow("connection refused") << u"refused"_s << u"refused"_s << 0;
    }

    void failureLeavesEverythingAsItWas()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(int, status);

        const QSslConfiguration tls = serverTls();
        LoopbackHttpServer secure(&tls);
        QVERIFY(secure.listen());
        const QSslConfiguration originalClient = QSslConfiguration::defaultConfiguration();

        qint64 id = subscribeAndBookmark();
        QVERIFY(id > 0);
        // Some user data of every kind the sync must not touch, and a previous update's change list.
        m_user->setNote(idOf(u"Opening Keynote"_s), u"synccon"_s, u"sit near the front"_s);
        m_user->setRating(idOf(u"Panel"_s), u"synccon"_s, 4);
        m_server->route("/schedule.xml", LoopbackHttpServer::ok(fixture(u"schedule-updated.xml"_s)));
        QVERIFY(syncNow(id).ok());
        const QStringList before = dump();
        QVERIFY(before.size() > 30);

        QUrl url = m_server->url(u"/broken"_s);
        FetchLimits limits;
        if (kind == u"500"_s) {
            m_server->route("/broken", LoopbackHttpServer::status(500, "Internal Server Error", "database down"));
        } else if (kind == u"404"_s) {
            url = m_server->url(u"/nothing-here"_s);
        } else if (kind == u"truncated"_s) {
            Response response = LoopbackHttpServer::ok(fixture(u"schedule-updated.xml"_s).left(2000));
            response.mode = Response::Mode::Truncated;
            m_server->route("/broken", response);
        } else if (kind == u"stalled"_s) {
            Response response = LoopbackHttpServer::ok(fixture(u"schedule-updated.xml"_s));
            response.mode = Response::Mode::Stalled;
            response.stallAfter = 3000;
            m_server->route("/broken", response);
            limits.stallTimeoutMs = 300;
        } else if (kind == u"endless"_s) {
            Response response;
            response.mode = Response::Mode::Endless;
            m_server->route("/broken", response);
            limits.maxBytes = 1024 * 1024;
        } else if (kind == u"html"_s) {
            m_server->route("/broken", LoopbackHttpServer::ok(fixture(u"login-page.html"_s), "text/html"));
        } else if (kind == u"garbage"_s) {
            m_server->route("/broken", LoopbackHttpServer::ok("this is not a programme at all\n", "text/plain"));
        } else if (kind == u"loop"_s) {
            m_server->route("/broken", LoopbackHttpServer::redirect(m_server->url(u"/broken2"_s)));
            m_server->route("/broken2", LoopbackHttpServer::redirect(m_server->url(u"/broken"_s)));
        } else if (kind == u"downgrade"_s) {
            secure.route("/broken", LoopbackHttpServer::redirect(m_server->url(u"/schedule.xml"_s)));
            url = secure.url(u"/broken"_s);
            QSslConfiguration client = originalClient;
            client.addCaCertificates(QSslCertificate::fromPath(TestSupport::fixturePath(u"sync/tls/cert.pem"_s)));
            QSslConfiguration::setDefaultConfiguration(client);
        } else if (kind == u"refused"_s) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            url = QUrl(u"http://127.0.0.1:%1/schedule.xml"_s.arg(closed.serverPort()));
        }
        m_manager->setLimits(limits);

        // Point the subscription at the broken address (as a user whose feed moved would).
        QString error;
        QVERIFY2(m_subscriptions->setUrl(id, url.toString(), &error), qPrintable(error));
        m_clock->advance(1800);
        const SyncReport report = syncNow(id);
        QSslConfiguration::setDefaultConfiguration(originalClient);

        QCOMPARE(report.status, SyncReport::Status::Failed);
        QVERIFY2(report.message.contains(expected), qPrintable(report.message));
        QVERIFY2(report.message.contains(url.toString()), qPrintable(report.message));
        if (status > 0)
            QVERIFY2(report.message.contains(u"HTTP %1"_s.arg(status)), qPrintable(report.message));
        QCOMPARE(report.httpStatus, status);

        const QStringList after = dump();
        QVERIFY2(before == after, qPrintable(DatabaseDump::difference(before, after)));
        const auto subscription = m_subscriptions->byId(id);
        QCOMPARE(subscription->lastError, report.message);
        QCOMPARE(subscription->lastAttemptAt, m_clock->now());
        QVERIFY(subscription->lastSuccessAt < m_clock->now());
        secure.closeAll();
    }

    void failedSubscribeKeepsNothing()
    {
        const QStringList before = dump();
        const SyncReport report = subscribe(u"/missing.xml"_s);
        QCOMPARE(report.status, SyncReport::Status::Failed);
        QVERIFY(report.subscriptionRemoved);
        QVERIFY2(report.message.contains(u"HTTP 404"_s), qPrintable(report.message));
        QVERIFY(m_subscriptions->all().isEmpty());
        QCOMPARE(dump(), before);
    }

    void subscribingTwiceIsRefused()
    {
        m_server->route("/schedule.xml", LoopbackHttpServer::ok(fixture(u"schedule.xml"_s)));
        QVERIFY(subscribe(u"/schedule.xml"_s).ok());
        QString error;
        QCOMPARE(m_manager->subscribe(m_server->url(u"/schedule.xml"_s).toString(), {}, &error), 0);
        QVERIFY2(error.contains(u"already subscribed (conference synccon)"_s), qPrintable(error));
    }

    void changingTheUrlKeepsConferenceAndBookmarks()
    {
        const qint64 id = subscribeAndBookmark();
        const QStringList bookmarked = m_user->bookmarkedIds(u"synccon"_s);
        QCOMPARE(bookmarked.size(), 3);
        m_user->setNote(idOf(u"Late Talk"_s), u"synccon"_s, u"bring questions"_s);

        // The conference's new feed spells its acronym differently; it is still the same conference.
        QByteArray moved = fixture(u"schedule.xml"_s);
        moved.replace("<acronym>synccon</acronym>", "<acronym>SyncCon 2013</acronym>");
        moved.replace("<title>Sync Test Conference</title>", "<title>Sync Test Conference 2013</title>");
        m_server->route("/v2/schedule.xml", LoopbackHttpServer::ok(moved));

        QString error;
        QVERIFY2(m_manager->changeUrl(id, m_server->url(u"/v2/schedule.xml"_s).toString(), &error), qPrintable(error));
        const SyncReport report = waitForReport();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.conferenceId, u"synccon"_s);
        QCOMPARE(m_schedule->conferences().size(), 1);
        QCOMPARE(m_schedule->conference(u"synccon"_s)->title, u"Sync Test Conference 2013"_s);
        QCOMPARE(m_subscriptions->byId(id)->url, m_server->url(u"/v2/schedule.xml"_s).toString());
        QCOMPARE(m_subscriptions->byId(id)->conferenceId, u"synccon"_s);
        // Same events, same ids: every bookmark and note still points at its talk.
        QCOMPARE(m_user->bookmarkedIds(u"synccon"_s), bookmarked);
        for (const QString &eventId : bookmarked) {
            QVERIFY(m_schedule->event(eventId).has_value());
            QVERIFY(!m_schedule->cancelledEvents(u"synccon"_s).contains(eventId));
        }
        QCOMPARE(m_user->value(idOf(u"Late Talk"_s)).note, u"bring questions"_s);
        QVERIFY(report.changes.isEmpty());
    }

    void aFailedUrlChangeKeepsTheOldAddress()
    {
        const qint64 id = subscribeAndBookmark();
        const Subscription before = *m_subscriptions->byId(id);
        const QStringList data = dump();
        QString error;
        QVERIFY(m_manager->changeUrl(id, m_server->url(u"/typo.xml"_s).toString(), &error));
        const SyncReport report = waitForReport();
        QCOMPARE(report.status, SyncReport::Status::Failed);
        QVERIFY(report.urlRestored);
        QVERIFY2(report.message.contains(u"keeps its previous address"_s), qPrintable(report.message));
        const Subscription after = *m_subscriptions->byId(id);
        QCOMPARE(after.url, before.url);
        QCOMPARE(after.etag, before.etag);
        QCOMPARE(after.conferenceId, u"synccon"_s);
        QCOMPARE(dump(), data);
    }

    void transientFailuresAreRetriedWithBackOff()
    {
        int calls = 0;
        m_server->setHandler([&calls](const LoopbackHttpServer::Request &) {
            return ++calls <= 2 ? LoopbackHttpServer::status(503, "Service Unavailable")
                                : LoopbackHttpServer::ok(fixture(u"schedule.xml"_s));
        });
        m_subscriptions->add(m_server->url(u"/schedule.xml"_s).toString(), {}, m_clock->now(), nullptr);
        const qint64 id = m_subscriptions->all().constFirst().id;
        m_manager->setRetryDelays({100, 200, 400});
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(m_manager->sync(id));
        SyncReport report = waitForReport();
        QCOMPARE(report.status, SyncReport::Status::Failed);
        QVERIFY(m_manager->retryPending(id));
        report = waitForReport();
        QCOMPARE(report.trigger, SyncTrigger::Retry);
        QCOMPARE(report.status, SyncReport::Status::Failed);
        report = waitForReport();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.trigger, SyncTrigger::Retry);
        QCOMPARE(calls, 3);
        // 100 + 200 ms of back-off, less the 5 % a coarse timer may fire early.
        QVERIFY2(elapsed.elapsed() >= 285, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(!m_manager->retryPending(id));
        QVERIFY(m_subscriptions->byId(id)->lastError.isEmpty());
    }

    void permanentFailuresAreNotRetried()
    {
        m_subscriptions->add(m_server->url(u"/gone.xml"_s).toString(), {}, m_clock->now(), nullptr);
        const qint64 id = m_subscriptions->all().constFirst().id;
        m_manager->setRetryDelays({50});
        QCOMPARE(syncNow(id).status, SyncReport::Status::Failed);
        QVERIFY(!m_manager->retryPending(id));
        QSignalSpy started(m_manager.get(), &SyncManager::syncStarted);
        QVERIFY(!started.wait(300));
    }

    void automaticRefreshFollowsTheClock()
    {
        const qint64 id = subscribeAndBookmark();
        m_server->clearRequests();
        m_manager->startAutomaticRefresh(0);
        // On start: refreshed at once.
        QVERIFY(waitForReport().ok());
        QCOMPARE(m_server->requests().size(), 1);

        // During the conference every 30 minutes, driven by the Clock.
        QSignalSpy started(m_manager.get(), &SyncManager::syncStarted);
        m_clock->advance(29 * 60);
        QVERIFY(!started.wait(200));
        m_clock->advance(60);
        QVERIFY(waitForReport().ok());
        QCOMPARE(started.count(), 1);
        QCOMPARE(m_server->requests().size(), 2);

        // Never after it: Monday, then days later.
        started.clear();
        m_clock->freezeAt(QDateTime(QDate(2013, 7, 8), QTime(12, 0), QTimeZone("Australia/Hobart")));
        m_clock->advance(3 * 24 * 3600);
        QVERIFY(!started.wait(300));
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_manager->sync(id)); // a manual refresh always works
        QVERIFY(waitForReport().ok());
    }

    void onlyWhenAskedMeansNoAutomaticRefresh()
    {
        const qint64 id = subscribeAndBookmark();
        m_server->clearRequests();
        m_manager->setAutomaticInterval(0);
        m_manager->startAutomaticRefresh(0);
        QSignalSpy started(m_manager.get(), &SyncManager::syncStarted);
        QVERIFY(!started.wait(300));
        m_clock->advance(6 * 3600);
        QVERIFY(!started.wait(300));
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(m_manager->sync(id));
        QVERIFY(waitForReport().ok());

        // Every 15 minutes when the user asks for that.
        m_manager->setAutomaticInterval(15 * 60);
        started.clear();
        m_clock->advance(14 * 60);
        QVERIFY(!started.wait(200));
        m_clock->advance(60);
        QVERIFY(waitForReport().ok());
        QCOMPARE(started.count(), 1);
    }

    void removingAConferenceRemovesItsSubscription()
    {
        const qint64 id = subscribeAndBookmark();
        const QStringList bookmarked = m_user->bookmarkedIds(u"synccon"_s);
        QString error;
        QVERIFY2(m_manager->removeConference(u"synccon"_s, &error), qPrintable(error));
        QVERIFY(!m_subscriptions->byId(id));
        QVERIFY(!m_schedule->conference(u"synccon"_s));
        // Bookmarks are user data: they stay, and come back with the conference.
        QCOMPARE(m_user->bookmarkedIds(u"synccon"_s), bookmarked);
        QCOMPARE(m_manager->syncAll(SyncTrigger::Manual), 0);
    }

    void importRunsOffTheGuiThread()
    {
        m_server->route("/big.xml", LoopbackHttpServer::ok(generatedFeed(6000, 1)));
        QString error;
        const qint64 id = m_manager->subscribe(m_server->url(u"/big.xml"_s).toString(), {}, &error);
        QVERIFY2(id > 0, qPrintable(error));
        // The test holds the write lock from a connection of its own, so the import cannot finish
        // while it does, however fast or slow the machine. Run on a worker, the import waits and
        // this thread's event loop goes on (a timer ticks); run on this thread, it would block the
        // loop until it gave up on the lock, and the sync would fail.
        int ticks = 0;
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
            lock.setDatabaseName(m_database->path());
            QVERIFY(lock.open());
            QVERIFY(QSqlQuery(lock).exec(u"BEGIN IMMEDIATE"_s));
            QSignalSpy finished(m_manager.get(), &SyncManager::syncFinished);
            QTimer ticker;
            connect(&ticker, &QTimer::timeout, this, [&] {
                if (m_manager->progress(id).phase == SyncManager::Phase::Importing)
                    ++ticks;
            });
            ticker.start(5);
            QTRY_VERIFY_WITH_TIMEOUT(ticks >= 3, 60000);
            QVERIFY(finished.isEmpty());
            QVERIFY(QSqlQuery(lock).exec(u"ROLLBACK"_s));
            lock.close();
        }
        QSqlDatabase::removeDatabase(u"lock"_s);
        const SyncReport report = waitForReport(60000);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.eventCount, 6000);
        qInfo() << ticks << "event loop ticks while the import was under way";
    }

    void fileImportRunsOnTheWorker()
    {
        QSignalSpy finished(m_manager.get(), &SyncManager::fileImportFinished);
        const quint64 ticket = m_manager->importFile(TestSupport::fixturePath(u"sync/schedule.xml"_s), {});
        QVERIFY(m_manager->isBusy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(0).toULongLong(), ticket);
        const ImportOutcome outcome = finished.constFirst().at(1).value<ImportOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.eventCount, 7);
        QVERIFY(!m_manager->isBusy());

        finished.clear();
        m_manager->importFile(m_dir->filePath(u"missing.xml"_s), {});
        QVERIFY(finished.wait(20000));
        const ImportOutcome missing = finished.constFirst().at(1).value<ImportOutcome>();
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"missing.xml"_s), qPrintable(missing.error));
    }
};

QTEST_GUILESS_MAIN(TestSyncManager)
#include "tst_syncmanager.moc"
