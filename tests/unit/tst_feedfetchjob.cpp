#include "LoopbackHttpServer.h"
#include "TestSupport.h"

#include "sync/FeedFetchJob.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
using Response = LoopbackHttpServer::Response;

QSslConfiguration serverTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(TestSupport::fixturePath(u"sync/tls/cert.pem"_s), QSsl::Pem);
    tls.setLocalCertificate(certificates.value(0));
    tls.setPrivateKey(QSslKey(TestSupport::readFile(TestSupport::fixturePath(u"sync/tls/key.pem"_s)), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

/** Trusts the loopback server's certificate in this process (the client side of the HTTPS tests). */
void trustTestCertificate(bool trust)
{
    static const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration client = original;
    if (trust)
        client.addCaCertificates(QSslCertificate::fromPath(TestSupport::fixturePath(u"sync/tls/cert.pem"_s), QSsl::Pem));
    QSslConfiguration::setDefaultConfiguration(client);
}
} // namespace

/** One fetch against a real HTTP server on 127.0.0.1: what it sends, what it accepts, how it fails. */
class TestFeedFetchJob : public QObject
{
    Q_OBJECT

    /** Runs a job to its end and returns it (owned by the test). */
    std::unique_ptr<FeedFetchJob> fetch(const QUrl &url, const QString &etag = {}, const QString &lastModified = {},
                                        const FetchLimits &limits = {})
    {
        auto job = std::make_unique<FeedFetchJob>(m_network, url, etag, lastModified, limits);
        QSignalSpy finished(job.get(), &FeedFetchJob::finished);
        job->start();
        if (!finished.wait(limits.totalTimeoutMs + 5000))
            qWarning() << "the job did not finish";
        if (finished.count() != 1)
            qWarning() << "finished() emitted" << finished.count() << "times";
        return job;
    }

    QNetworkAccessManager m_network;
    QByteArray m_schedule;

private Q_SLOTS:
    void initTestCase()
    {
        m_schedule = TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule.xml"_s));
        QVERIFY(!m_schedule.isEmpty());
    }

    void fetchesTheBodyAndItsValidators()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response response = LoopbackHttpServer::ok(m_schedule);
        response.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"v1\""));
        response.headers.emplaceBack(QByteArray("Last-Modified"), QByteArray("Sat, 06 Jul 2013 00:00:00 GMT"));
        server.route("/schedule.xml", response);

        const auto job = fetch(server.url(u"/schedule.xml"_s));
        const FetchResult &result = job->result();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.status, FetchResult::Status::Fetched);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.body, m_schedule);
        QCOMPARE(result.etag, u"\"v1\""_s);
        QCOMPARE(result.lastModified, u"Sat, 06 Jul 2013 00:00:00 GMT"_s);

        // A first fetch is unconditional, and Qt asks for gzip by itself.
        QCOMPARE(server.requests().size(), 1);
        const auto &headers = server.requests().constFirst().headers;
        QVERIFY(!headers.contains("if-none-match"));
        QVERIFY(!headers.contains("if-modified-since"));
        QVERIFY2(headers.value("accept-encoding").contains("gzip"), headers.value("accept-encoding").constData());
        QVERIFY(headers.value("user-agent").startsWith("Lanyard/"));
    }

    void sendsConditionalHeadersAndAccepts304()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const LoopbackHttpServer::Request &request) {
            if (request.headers.value("if-none-match") == "\"v1\"")
                return LoopbackHttpServer::status(304, "Not Modified");
            return LoopbackHttpServer::ok("changed");
        });
        const auto job = fetch(server.url(u"/schedule.xml"_s), u"\"v1\""_s, u"Sat, 06 Jul 2013 00:00:00 GMT"_s);
        QVERIFY2(job->result().error.isEmpty(), qPrintable(job->result().error));
        QCOMPARE(job->result().status, FetchResult::Status::NotModified);
        QCOMPARE(job->result().httpStatus, 304);
        QVERIFY(job->result().body.isEmpty());
        const auto &headers = server.requests().constFirst().headers;
        QCOMPARE(headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(headers.value("if-modified-since"), QByteArray("Sat, 06 Jul 2013 00:00:00 GMT"));
    }

    void decodesGzip()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response response = LoopbackHttpServer::ok(LoopbackHttpServer::gzip(m_schedule));
        response.headers.emplaceBack(QByteArray("Content-Encoding"), QByteArray("gzip"));
        server.route("/schedule.xml", response);
        const auto job = fetch(server.url(u"/schedule.xml"_s));
        QVERIFY2(job->result().error.isEmpty(), qPrintable(job->result().error));
        QCOMPARE(job->result().body.size(), m_schedule.size());
        QCOMPARE(job->result().body, m_schedule);
    }

    void serverErrorNamesUrlAndStatus()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route("/schedule.xml", LoopbackHttpServer::status(500, "Internal Server Error", "oops"));
        const auto job = fetch(server.url(u"/schedule.xml"_s));
        const QString error = job->result().error;
        QCOMPARE(job->result().status, FetchResult::Status::Failed);
        QVERIFY2(error.contains(server.url(u"/schedule.xml"_s).toString()), qPrintable(error));
        QVERIFY2(error.contains(u"HTTP 500 Internal Server Error"_s), qPrintable(error));
        QVERIFY(job->result().transient);
        QVERIFY(job->result().body.isEmpty());
    }

    void notFoundIsNotRetried()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        const auto job = fetch(server.url(u"/nothing.xml"_s));
        QVERIFY2(job->result().error.contains(u"HTTP 404"_s), qPrintable(job->result().error));
        QVERIFY(!job->result().transient);
    }

    void truncatedBodyIsAnError()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response response = LoopbackHttpServer::ok(m_schedule.left(1000));
        response.mode = Response::Mode::Truncated;
        server.route("/schedule.xml", response);
        const auto job = fetch(server.url(u"/schedule.xml"_s));
        const QString error = job->result().error;
        QCOMPARE(job->result().status, FetchResult::Status::Failed);
        QVERIFY2(error.contains(u"HTTP 200"_s), qPrintable(error));
        QVERIFY2(error.contains(u"incomplete"_s), qPrintable(error));
        QVERIFY2(error.contains(u"1000 of 2100 bytes"_s), qPrintable(error));
        QVERIFY(job->result().body.isEmpty());
    }

    void stalledTransferIsAbandoned()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response response = LoopbackHttpServer::ok(m_schedule);
        response.mode = Response::Mode::Stalled;
        response.stallAfter = 500;
        server.route("/schedule.xml", response);
        FetchLimits limits;
        limits.stallTimeoutMs = 400;
        limits.totalTimeoutMs = 60000;
        const auto job = fetch(server.url(u"/schedule.xml"_s), {}, {}, limits);
        // The message names the limit that ended it: the stall, not the total (no clock needed).
        QVERIFY2(job->result().error.contains(u"no data for 0.4 s"_s), qPrintable(job->result().error));
        QVERIFY2(job->result().error.contains(u"127.0.0.1"_s), qPrintable(job->result().error));
        QVERIFY(job->result().transient);
        server.closeAll();
    }

    void slowTransferHitsTheTotalLimit()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response response;
        response.mode = Response::Mode::Endless;
        server.route("/schedule.xml", response);
        FetchLimits limits;
        limits.totalTimeoutMs = 300;
        const auto job = fetch(server.url(u"/schedule.xml"_s), {}, {}, limits);
        QVERIFY2(job->result().error.contains(u"took longer than 0.3 s"_s), qPrintable(job->result().error));
        server.closeAll();
    }

    void endlessBodyIsRefusedAtTheCap()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response response;
        response.mode = Response::Mode::Endless;
        server.route("/schedule.xml", response);
        FetchLimits limits;
        limits.maxBytes = 1024 * 1024;
        limits.totalTimeoutMs = 20000;
        const auto job = fetch(server.url(u"/schedule.xml"_s), {}, {}, limits);
        const QString error = job->result().error;
        QVERIFY2(error.contains(u"larger than 1 MiB"_s), qPrintable(error));
        QVERIFY2(error.contains(u"HTTP 200"_s), qPrintable(error));
        QVERIFY(job->result().body.isEmpty());
        server.closeAll();
    }

    void announcedOversizeIsRefusedAtOnce()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route("/schedule.xml", LoopbackHttpServer::ok(QByteArray(300 * 1024, 'x')));
        FetchLimits limits;
        limits.maxBytes = 100 * 1024;
        const auto job = fetch(server.url(u"/schedule.xml"_s), {}, {}, limits);
        QVERIFY2(job->result().error.contains(u"announces 0.3 MiB"_s), qPrintable(job->result().error));
    }

    void followsAFewRedirects()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route("/a", LoopbackHttpServer::redirect(server.url(u"/b"_s), 301));
        server.route("/b", LoopbackHttpServer::redirect(server.url(u"/schedule.xml"_s), 307));
        server.route("/schedule.xml", LoopbackHttpServer::ok(m_schedule));
        const auto job = fetch(server.url(u"/a"_s));
        QVERIFY2(job->result().error.isEmpty(), qPrintable(job->result().error));
        QCOMPARE(job->result().finalUrl, server.url(u"/schedule.xml"_s));
        QCOMPARE(job->result().body, m_schedule);
    }

    void redirectLoopIsAnError()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route("/a", LoopbackHttpServer::redirect(server.url(u"/b"_s)));
        server.route("/b", LoopbackHttpServer::redirect(server.url(u"/a"_s)));
        const auto job = fetch(server.url(u"/a"_s));
        const QString error = job->result().error;
        QVERIFY2(error.contains(u"redirect loop"_s), qPrintable(error));
        QVERIFY2(error.contains(u"HTTP 302"_s), qPrintable(error));
        QVERIFY2(error.contains(server.url(u"/a"_s).toString()), qPrintable(error));
    }

    void tooManyRedirectsIsAnError()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&server](const LoopbackHttpServer::Request &request) {
            const int n = request.path.mid(1).toInt();
            return LoopbackHttpServer::redirect(server.url(u"/%1"_s.arg(n + 1)));
        });
        const auto job = fetch(server.url(u"/0"_s));
        const QString error = job->result().error;
        QVERIFY2(error.contains(u"more than 5 redirects"_s), qPrintable(error));
        QCOMPARE(server.requests().size(), 6);
    }

    void httpsNeverRedirectsToHttp()
    {
        const QSslConfiguration tls = serverTls();
        LoopbackHttpServer secure(&tls);
        LoopbackHttpServer plain;
        QVERIFY(secure.listen());
        QVERIFY(plain.listen());
        plain.route("/schedule.xml", LoopbackHttpServer::ok(m_schedule));
        secure.route("/schedule.xml", LoopbackHttpServer::redirect(plain.url(u"/schedule.xml"_s)));
        secure.route("/direct.xml", LoopbackHttpServer::ok(m_schedule));
        trustTestCertificate(true);

        // The secure server itself is fine...
        auto job = fetch(secure.url(u"/direct.xml"_s));
        QVERIFY2(job->result().error.isEmpty(), qPrintable(job->result().error));
        QCOMPARE(job->result().body, m_schedule);

        // ...but its redirect to plain HTTP is refused, and the plain server is never asked.
        job = fetch(secure.url(u"/schedule.xml"_s));
        const QString error = job->result().error;
        QVERIFY2(error.contains(u"less safe"_s), qPrintable(error));
        QVERIFY2(error.contains(plain.url(u"/schedule.xml"_s).toString()), qPrintable(error));
        QVERIFY(plain.requests().isEmpty());
        trustTestCertificate(false);
    }

    void untrustedCertificateIsNeverIgnored()
    {
        const QSslConfiguration tls = serverTls();
        LoopbackHttpServer secure(&tls);
        QVERIFY(secure.listen());
        secure.route("/schedule.xml", LoopbackHttpServer::ok(m_schedule));
        trustTestCertificate(false);
        const auto job = fetch(secure.url(u"/schedule.xml"_s));
        const QString error = job->result().error;
        QCOMPARE(job->result().status, FetchResult::Status::Failed);
        QVERIFY2(error.contains(u"secure connection failed"_s), qPrintable(error));
        QVERIFY(job->result().body.isEmpty());
        QVERIFY(!job->result().transient);
    }

    void refusesOtherSchemes()
    {
        const auto job = fetch(QUrl(u"file:///etc/passwd"_s));
        QVERIFY2(job->result().error.contains(u"not an http or https address"_s), qPrintable(job->result().error));
    }

    void allowedRedirects_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https to https") << u"https://a.example/x"_s << u"https://b.example/y"_s << true;
        QTest::newRow("http to https") << u"http://a.example/x"_s << u"https://a.example/x"_s << true;
        QTest::newRow("http to http") << u"http://a.example/x"_s << u"http://b.example/x"_s << true;
        QTest::newRow("https to http") << u"https://a.example/x"_s << u"http://a.example/x"_s << false;
        QTest::newRow("http to file") << u"http://a.example/x"_s << u"file:///etc/passwd"_s << false;
        QTest::newRow("https to data") << u"https://a.example/x"_s << u"data:text/plain,hi"_s << false;
    }
    void allowedRedirects()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(FeedFetchJob::isAllowedRedirect(QUrl(from), QUrl(to)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestFeedFetchJob)
#include "tst_feedfetchjob.moc"
