#include "LoopbackHttpServer.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/SubscriptionStore.h"
#include "sync/FeedDiscovery.h"
#include "sync/FeedDiscoveryJob.h"
#include "sync/SyncManager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
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
using FeedDiscovery::Candidate;

QByteArray fixture(const QString &name)
{
    return TestSupport::readFile(TestSupport::fixturePath(name));
}

QByteArray page(const QByteArray &head, const QByteArray &body = "<p>Welcome!</p>")
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conf</title>\n" + head + "\n</head><body>" + body
        + "</body></html>\n";
}

Response html(const QByteArray &body)
{
    return LoopbackHttpServer::ok(body, "text/html; charset=utf-8");
}

QStringList urls(const QList<Candidate> &candidates)
{
    QStringList result;
    for (const Candidate &candidate : candidates)
        result.append(candidate.url.toString());
    return result;
}

QSslConfiguration serverTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(TestSupport::fixturePath(u"sync/tls/cert.pem"_s), QSsl::Pem).value(0));
    tls.setPrivateKey(QSslKey(fixture(u"sync/tls/key.pem"_s), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}
} // namespace

/**
 * Finding a conference's schedule from its web page: the rules (links, layouts) on their own, then
 * the whole search against a loopback server serving pages of each kind, and subscribing with it.
 */
class TestFeedDiscovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScheduleStore> m_schedule;
    std::unique_ptr<SubscriptionStore> m_subscriptions;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<LoopbackHttpServer> m_server;

    DiscoveryResult discover(const QUrl &url)
    {
        std::unique_ptr<FeedDiscoveryJob> job(m_manager->discover(url, nullptr));
        QSignalSpy finished(job.get(), &FeedDiscoveryJob::finished);
        if (!finished.wait(30000)) {
            DiscoveryResult timedOut;
            timedOut.error = u"discovery did not finish"_s;
            return timedOut;
        }
        return job->result();
    }

    QList<QByteArray> requestedPaths() const
    {
        QList<QByteArray> paths;
        for (const auto &request : m_server->requests())
            paths.append(request.path);
        return paths;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>(m_dir->filePath(u"discovery.sqlite"_s));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_schedule = std::make_unique<ScheduleStore>(*m_database);
        m_subscriptions = std::make_unique<SubscriptionStore>(*m_database);
        m_clock = std::make_unique<Clock>();
        m_clock->freezeAt(QDateTime(QDate(2025, 9, 1), QTime(8, 0), QTimeZone::utc()));
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

    // ---- the rules ----

    void alternateLinksRichestFirst()
    {
        const QByteArray body = page(R"html(
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="text/calendar" href="export/schedule.ics" title="iCal">
            <!-- <link rel="alternate" type="application/vnd.c3voc.schedule+xml" href="/commented-out.xml"> -->
            <LINK REL="Alternate nofollow" TYPE="application/vnd.c3voc.schedule+json; charset=utf-8" HREF='/democon/schedule/export/schedule.json'>
            <link type=application/vnd.c3voc.schedule+xml rel=alternate href=export/schedule.xml?lang=en&amp;v=2>
            <link rel="alternate" type="application/rss+xml" href="/feed.rss">
            <link rel="alternate" type="text/calendar" href="javascript:alert(1)">
            <link rel="alternate" type="text/calendar" href="export/schedule.ics">)html");
        const QList<Candidate> found = FeedDiscovery::alternateLinks(body, QUrl(u"https://pretalx.example/democon/schedule/"_s));
        QCOMPARE(urls(found),
                 (QStringList{u"https://pretalx.example/democon/schedule/export/schedule.xml?lang=en&v=2"_s,
                              u"https://pretalx.example/democon/schedule/export/schedule.json"_s,
                              u"https://pretalx.example/democon/schedule/export/schedule.ics"_s}));
        QCOMPARE(found.constFirst().how, u"<link rel=alternate> application/vnd.c3voc.schedule+xml"_s);
    }

    void alternateLinksBaseAndSchemes()
    {
        const QByteArray body = page(R"(<base href="https://cdn.example.org/conf/">
            <link rel="alternate" type="text/calendar" href="all.ics">
            <link rel="alternate" type="application/vnd.c3voc.schedule+xml" href="http://plain.example.org/schedule.xml">)");
        QStringList refused;
        const QList<Candidate> found = FeedDiscovery::alternateLinks(body, QUrl(u"https://www.example.org/"_s), &refused);
        QCOMPARE(urls(found), QStringList{u"https://cdn.example.org/conf/all.ics"_s});
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.constFirst().contains(u"http://plain.example.org/schedule.xml"_s));
        // From an http page an http link is as safe as the page.
        QCOMPARE(FeedDiscovery::alternateLinks(body, QUrl(u"http://www.example.org/"_s)).size(), 2);
    }

    void hostileMarkupNeitherHangsNorInvents()
    {
        QCOMPARE(FeedDiscovery::alternateLinks("<link", QUrl(u"https://x.example/"_s)).size(), 0);
        QCOMPARE(
            FeedDiscovery::alternateLinks("<link rel=\"alternate\" type=\"text/calendar\" href=\"", QUrl(u"https://x.example/"_s)).size(),
            0);
        QCOMPARE(FeedDiscovery::alternateLinks("<<<<>>>><!--", QUrl(u"https://x.example/"_s)).size(), 0);
        QByteArray many;
        for (int i = 0; i < 5000; ++i)
            many += "<link rel=alternate type=text/calendar href=/c" + QByteArray::number(i) + ".ics>";
        QCOMPARE(FeedDiscovery::alternateLinks(many, QUrl(u"https://x.example/"_s)).size(), FeedDiscovery::maxProbes);
    }

    void layouts()
    {
        QCOMPARE(urls(FeedDiscovery::layoutCandidates(QUrl(u"https://pretalx.example/democon"_s))),
                 (QStringList{u"https://pretalx.example/democon/schedule/export/schedule.xml"_s,
                              u"https://pretalx.example/democon/schedule/export/schedule.json"_s,
                              u"https://pretalx.example/democon/schedule.xml"_s}));
        // pretalx's schedule page: its export sits under the event.
        QVERIFY(urls(FeedDiscovery::layoutCandidates(QUrl(u"https://pretalx.example/democon/schedule/"_s)))
                    .contains(u"https://pretalx.example/democon/schedule/export/schedule.xml"_s));
        const QStringList indico =
            urls(FeedDiscovery::layoutCandidates(QUrl(u"https://indico.example.org/event/1234/timetable/?view=x"_s)));
        QCOMPARE(indico.constFirst(), u"https://indico.example.org/event/1234/event.ics?detail=contributions"_s);
        QCOMPARE(urls(FeedDiscovery::layoutCandidates(QUrl(u"https://sessionize.com/api/v2/ab12cd/view/Speakers"_s))),
                 QStringList{u"https://sessionize.com/api/v2/ab12cd/view/All"_s});
        QVERIFY(FeedDiscovery::isSessionizeView(QUrl(u"https://sessionize.com/api/v2/ab12cd/view/GridSmart"_s)));
        QVERIFY(FeedDiscovery::layoutCandidates(QUrl(u"https://sessionize.com/api/v2/ab12cd/view/All"_s)).isEmpty());
        QVERIFY(FeedDiscovery::layoutCandidates(QUrl(u"ftp://example.org/"_s)).isEmpty());
    }

    // ---- against a server ----

    void theAddressIsTheFeed()
    {
        m_server->route("/schedule.xml", LoopbackHttpServer::ok(fixture(u"sync/schedule.xml"_s)));
        const DiscoveryResult result = discover(m_server->url(u"/schedule.xml"_s));
        QVERIFY2(result.found(), qPrintable(result.error));
        QVERIFY(!result.viaPage());
        QCOMPARE(result.format, u"schedule.xml"_s);
        QCOMPARE(requestedPaths(), QList<QByteArray>{"/schedule.xml"});
    }

    void linkOnThePage()
    {
        m_server->route("/conf/", html(page(R"(<link rel="alternate" type="text/calendar" href="/conf/all.ics">
            <link rel="alternate" type="application/vnd.c3voc.schedule+xml" href="feeds/schedule.xml">)")));
        m_server->route("/conf/feeds/schedule.xml", LoopbackHttpServer::ok(fixture(u"sync/schedule.xml"_s)));
        const DiscoveryResult result = discover(m_server->url(u"/conf/"_s));
        QVERIFY2(result.found(), qPrintable(result.error));
        QVERIFY(result.viaPage());
        QCOMPARE(result.feedUrl, m_server->url(u"/conf/feeds/schedule.xml"_s));
        QCOMPARE(result.how, u"<link rel=alternate> application/vnd.c3voc.schedule+xml"_s);
        QCOMPARE(requestedPaths(), (QList<QByteArray>{"/conf/", "/conf/feeds/schedule.xml"})); // the richest, and only it
    }

    /** Subscribing to what discovery found reads the answer discovery downloaded: one download, not two. */
    void subscribingDownloadsTheFeedOnce()
    {
        m_server->route("/conf/", html(page(R"(<link rel="alternate" type="application/vnd.c3voc.schedule+xml" href="schedule.xml">)")));
        LoopbackHttpServer::Response feed = LoopbackHttpServer::ok(fixture(u"sync/schedule.xml"_s));
        feed.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"v1\""));
        m_server->route("/conf/schedule.xml", feed);
        const DiscoveryResult result = discover(m_server->url(u"/conf/"_s));
        QVERIFY2(result.found(), qPrintable(result.error));
        QVERIFY(!result.fetched.body.isEmpty());
        QCOMPARE(result.fetched.etag, u"\"v1\""_s);
        m_server->clearRequests();

        QString error;
        QSignalSpy finished(m_manager.get(), &SyncManager::syncFinished);
        const qint64 id = m_manager->subscribe(result.feedUrl.toString(), {}, &error, result.pageUrl.toString(), &result.fetched);
        QVERIFY2(id != 0, qPrintable(error));
        QVERIFY(finished.wait(20000));
        const SyncReport report = finished.takeFirst().at(0).value<SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.eventCount > 0);
        QCOMPARE(requestedPaths(), QList<QByteArray>{});
        // The validators discovery saw are kept: the next sync asks "changed since?".
        QCOMPARE(m_subscriptions->byId(id)->etag, u"\"v1\""_s);

        // The next sync downloads as always.
        QVERIFY(m_manager->sync(id));
        QVERIFY(finished.wait(20000));
        QCOMPARE(requestedPaths(), QList<QByteArray>{"/conf/schedule.xml"});
    }

    void aBrokenLinkFallsThroughToTheNext()
    {
        m_server->route("/conf/", html(page(R"(<link rel="alternate" type="application/vnd.c3voc.schedule+xml" href="gone.xml">
            <link rel="alternate" type="text/calendar" href="cal.ics">)")));
        m_server->route("/conf/cal.ics", LoopbackHttpServer::ok(fixture(u"sync/indico-contributions.ics"_s), "text/calendar"));
        const DiscoveryResult result = discover(m_server->url(u"/conf/"_s));
        QVERIFY2(result.found(), qPrintable(result.error));
        QCOMPARE(result.feedUrl, m_server->url(u"/conf/cal.ics"_s));
        QCOMPARE(result.format, u"icalendar"_s);
    }

    void pretalxLayout()
    {
        m_server->route("/democon/", html(page("<link rel=\"stylesheet\" href=\"x.css\">")));
        m_server->route("/democon/schedule/export/schedule.json",
                        LoopbackHttpServer::ok(R"({"schedule": {"version": "1", "conference": {"acronym": "democon", "title": "Demo",
                            "time_zone_name": "Europe/Berlin", "days": [{"index": 1, "date": "2025-09-15", "rooms": {"A": [
                            {"id": 1, "guid": "g1", "date": "2025-09-15T10:00:00+02:00", "start": "10:00", "duration": "00:30",
                             "room": "A", "title": "Hello", "do_not_record": true, "persons": [], "links": []}]}}]}}})",
                                               "application/json"));
        const DiscoveryResult result = discover(m_server->url(u"/democon/"_s));
        QVERIFY2(result.found(), qPrintable(result.error));
        QCOMPARE(result.feedUrl, m_server->url(u"/democon/schedule/export/schedule.json"_s));
        QCOMPARE(result.how, u"pretalx layout"_s);
        QCOMPARE(requestedPaths(),
                 (QList<QByteArray>{"/democon/", "/democon/schedule/export/schedule.xml", "/democon/schedule/export/schedule.json"}));
    }

    /** Indico end to end: the page, its layout with detail=contributions, and a subscription that keeps the page. */
    void indicoSubscription()
    {
        m_server->route("/event/1234/", html(page("<link rel=\"icon\" href=\"/favicon.ico\">")));
        m_server->route("/event/1234/event.ics?detail=contributions",
                        LoopbackHttpServer::ok(fixture(u"sync/indico-contributions.ics"_s), "text/calendar"));
        m_server->route("/event/1234/event.ics", LoopbackHttpServer::ok(fixture(u"sync/indico-event-only.ics"_s), "text/calendar"));
        const QUrl pageUrl = m_server->url(u"/event/1234/"_s);
        const DiscoveryResult result = discover(pageUrl);
        QVERIFY2(result.found(), qPrintable(result.error));
        QCOMPARE(result.feedUrl, m_server->url(u"/event/1234/event.ics?detail=contributions"_s));
        QCOMPARE(result.how, u"Indico layout"_s);

        QString error;
        const qint64 id = m_manager->subscribe(result.feedUrl.toString(), {}, &error, pageUrl.toString());
        QVERIFY2(id != 0, qPrintable(error));
        QSignalSpy finished(m_manager.get(), &SyncManager::syncFinished);
        QVERIFY(finished.wait(20000));
        const SyncReport report = finished.takeFirst().at(0).value<SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.conferenceTitle, u"Workshop on Synthetic Detectors 2025"_s);
        QCOMPARE(report.eventCount, 3); // the talks, not the whole event as one more
        const auto subscription = m_subscriptions->byId(id);
        QVERIFY(subscription);
        QCOMPARE(subscription->url, result.feedUrl.toString());
        QCOMPARE(subscription->website, pageUrl.toString());
        const auto conference = m_schedule->conference(report.conferenceId);
        QVERIFY(conference);
        QCOMPARE(conference->url, u"https://indico.example.org/event/1234/"_s); // the feed's own, where it names one
        const QList<Event> events = m_schedule->events(report.conferenceId);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const Event &e) {
            return e.title == u"Welcome"_s && e.speakerNames() == QStringList{u"Ada Example (Example Lab)"_s};
        }));
    }

    /** A page address for a feed that names no website: the page is the conference's website. */
    void sessionizeApiReadDirectly()
    {
        m_server->route("/api/v2/ab12cd/view/Sessions",
                        LoopbackHttpServer::ok(fixture(u"feeds/sessionize-sessions.json"_s), "application/json"));
        const QUrl url = m_server->url(u"/api/v2/ab12cd/view/Sessions"_s);
        const DiscoveryResult result = discover(url);
        QVERIFY2(result.found(), qPrintable(result.error));
        QVERIFY(!result.viaPage());
        QCOMPARE(result.format, u"sessionize"_s);

        QString error;
        QVERIFY(m_manager->subscribe(url.toString(), {}, &error) != 0);
        QSignalSpy finished(m_manager.get(), &SyncManager::syncFinished);
        QVERIFY(finished.wait(20000));
        SyncReport report = finished.takeFirst().at(0).value<SyncReport>();
        QVERIFY(!report.ok());
        QVERIFY2(report.message.contains(u"--timezone"_s), qPrintable(report.message));
        QVERIFY(report.subscriptionRemoved);

        QVERIFY(m_manager->subscribe(url.toString(), u"Europe/Vienna"_s, &error, u"https://devdays.example.org/"_s) != 0);
        QVERIFY(finished.wait(20000));
        report = finished.takeFirst().at(0).value<SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.conferenceId, u"ab12cd"_s);
        QCOMPARE(report.eventCount, 2);
        QCOMPARE(m_schedule->conference(u"ab12cd"_s)->url, u"https://devdays.example.org/"_s);
    }

    void sessionizeOtherViewLeadsToAll()
    {
        m_server->route("/api/v2/ab12cd/view/Speakers",
                        LoopbackHttpServer::ok("[{\"id\": \"x\", \"fullName\": \"A\"}]", "application/json"));
        m_server->route("/api/v2/ab12cd/view/All",
                        LoopbackHttpServer::ok(R"({"sessions": [], "speakers": [], "rooms": []})", "application/json"));
        const DiscoveryResult result = discover(m_server->url(u"/api/v2/ab12cd/view/Speakers"_s));
        QVERIFY2(result.found(), qPrintable(result.error));
        QCOMPARE(result.feedUrl, m_server->url(u"/api/v2/ab12cd/view/All"_s));
        QCOMPARE(result.how, u"Sessionize API"_s);
    }

    void nothingAnywhereSaysWhatWasTried()
    {
        m_server->route("/conf/", html(page("<link rel=\"alternate\" type=\"text/calendar\" href=\"gone.ics\">")));
        const DiscoveryResult result = discover(m_server->url(u"/conf/"_s));
        QVERIFY(!result.found());
        QVERIFY2(result.error.startsWith(u"no schedule found at %1; tried: "_s.arg(m_server->url(u"/conf/"_s).toDisplayString())),
                 qPrintable(result.error));
        for (const char *path :
             {"/conf/gone.ics", "/conf/schedule/export/schedule.xml", "/conf/schedule/export/schedule.json", "/conf/schedule.xml"}) {
            QVERIFY2(result.error.contains(m_server->url(QString::fromLatin1(path)).toDisplayString()), path);
        }
        QVERIFY(result.error.contains(u"HTTP 404"_s));
        QCOMPARE(result.tried.size(), 5); // the page and four probes
        QCOMPARE(m_subscriptions->all().size(), 0);
        QCOMPARE(m_schedule->conferences().size(), 0);
    }

    void unreachablePageStopsAtOnce()
    {
        const QUrl closed = m_server->url(u"/conf/"_s);
        m_server->closeAll();
        m_server.reset(); // nothing listens on that port any more
        const DiscoveryResult result = discover(closed);
        QVERIFY(!result.found());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.error.contains(u"tried"_s));
        m_server = std::make_unique<LoopbackHttpServer>();
        QVERIFY(m_server->listen());
    }

    void hugePageIsCutAtTheLimit()
    {
        FetchLimits limits;
        limits.maxBytes = 64 * 1024;
        m_manager->setLimits(limits);
        const QByteArray padding(100 * 1024, 'x');
        m_server->route(
            "/early/",
            html(page("<link rel=\"alternate\" type=\"application/vnd.c3voc.schedule+xml\" href=\"s.xml\">", "<p>" + padding + "</p>")));
        m_server->route("/early/s.xml", LoopbackHttpServer::ok(fixture(u"sync/schedule.xml"_s)));
        const DiscoveryResult early = discover(m_server->url(u"/early/"_s));
        QVERIFY2(early.found(), qPrintable(early.error));

        m_server->route("/late/", html(page("<p>" + padding + "</p><link rel=\"alternate\" type=\"text/calendar\" href=\"s.ics\">")));
        const DiscoveryResult late = discover(m_server->url(u"/late/"_s));
        QVERIFY(!late.found());
        QVERIFY2(late.error.contains(u"read up to the size limit"_s), qPrintable(late.error));
        QVERIFY(!requestedPaths().contains("/late/s.ics"));

        // A feed over the limit is refused, never cut.
        m_server->route("/big.xml", LoopbackHttpServer::ok(fixture(u"sync/schedule.xml"_s) + "<!--" + padding + "-->"));
        m_server->route("/big/", html(page("<link rel=\"alternate\" type=\"application/vnd.c3voc.schedule+xml\" href=\"/big.xml\">")));
        const DiscoveryResult big = discover(m_server->url(u"/big/"_s));
        QVERIFY(!big.found());
        QVERIFY2(big.error.contains(u"a programme may have; refused"_s), qPrintable(big.error));
    }

    void stalledProbeIsAbandonedAndTheNextTried()
    {
        FetchLimits limits;
        limits.stallTimeoutMs = 300;
        limits.totalTimeoutMs = 2000;
        m_manager->setLimits(limits);
        m_server->route("/conf/", html(page(R"(<link rel="alternate" type="application/vnd.c3voc.schedule+xml" href="slow.xml">
            <link rel="alternate" type="text/calendar" href="cal.ics">)")));
        Response slow = LoopbackHttpServer::ok(fixture(u"sync/schedule.xml"_s));
        slow.mode = Response::Mode::Stalled;
        slow.stallAfter = 10;
        m_server->route("/conf/slow.xml", slow);
        m_server->route("/conf/cal.ics", LoopbackHttpServer::ok(fixture(u"sync/indico-contributions.ics"_s), "text/calendar"));
        const DiscoveryResult result = discover(m_server->url(u"/conf/"_s));
        QVERIFY2(result.found(), qPrintable(result.error));
        QCOMPARE(result.feedUrl, m_server->url(u"/conf/cal.ics"_s));
        QVERIFY2(result.tried.join(u'\n').contains(u"abandoned"_s), qPrintable(result.tried.join(u'\n')));
    }

    void tooManyRedirectsAndHttpsToHttpRefused()
    {
        FetchLimits limits;
        limits.maxRedirects = 2;
        m_manager->setLimits(limits);
        m_server->route("/a", LoopbackHttpServer::redirect(m_server->url(u"/b"_s)));
        m_server->route("/b", LoopbackHttpServer::redirect(m_server->url(u"/c"_s)));
        m_server->route("/c", LoopbackHttpServer::redirect(m_server->url(u"/d"_s)));
        m_server->route("/d", LoopbackHttpServer::ok(fixture(u"sync/schedule.xml"_s)));
        const DiscoveryResult redirects = discover(m_server->url(u"/a"_s));
        QVERIFY(!redirects.found());
        QVERIFY2(redirects.error.contains(u"redirects"_s), qPrintable(redirects.error));

        const QSslConfiguration tls = serverTls();
        LoopbackHttpServer secure(&tls);
        QVERIFY(secure.listen());
        const QSslConfiguration originalClient = QSslConfiguration::defaultConfiguration();
        QSslConfiguration client = originalClient;
        client.addCaCertificates(QSslCertificate::fromPath(TestSupport::fixturePath(u"sync/tls/cert.pem"_s)));
        QSslConfiguration::setDefaultConfiguration(client);
        secure.route("/conf/",
                     html(page("<link rel=\"alternate\" type=\"application/vnd.c3voc.schedule+xml\" href=\""
                               + m_server->url(u"/d"_s).toEncoded() + "\">")));
        secure.route("/down", LoopbackHttpServer::redirect(m_server->url(u"/d"_s)));
        m_server->clearRequests();
        const DiscoveryResult link = discover(secure.url(u"/conf/"_s));
        QVERIFY(!link.found());
        QVERIFY2(link.error.contains(u"an http link on an https page: refused"_s), qPrintable(link.error));
        QVERIFY(m_server->requests().isEmpty());
        const DiscoveryResult down = discover(secure.url(u"/down"_s));
        QVERIFY(!down.found());
        QSslConfiguration::setDefaultConfiguration(originalClient);
        QVERIFY2(down.error.contains(u"less safe"_s), qPrintable(down.error));
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
