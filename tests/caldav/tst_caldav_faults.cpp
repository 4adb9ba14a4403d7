// Every way a calendar server can fail a sync (401, 403, 404, 507, a 412 that never ends, a
// time-out, an answer cut short) fails clearly, names the server and the status, and changes
// nothing here. The server is a scripted loopback one (LoopbackHttpServer); the laptop is the
// real `lanyard` program on its own database.

#include "LoopbackHttpServer.h"
#include "TestSupport.h"
#include "sync/CalDavClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray kCalendarProps = R"(<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/cal/</d:href>
<d:propstat><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype><d:displayname>Lanyard</d:displayname>
</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>)";

const QByteArray kEmptyListing = R"(<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/cal/</d:href><d:propstat><d:prop><d:getetag/></d:prop>
<d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response><d:sync-token>t1</d:sync-token></d:multistatus>)";

LoopbackHttpServer::Response multistatus(const QByteArray &body)
{
    LoopbackHttpServer::Response response = LoopbackHttpServer::ok(body);
    response.status = 207;
    response.reason = "Multi-Status";
    return response;
}
} // namespace

class tst_caldav_faults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failsClearly_data();
    void failsClearly();
    void untrustedCertificateIsRefused();
    void preconditionFailedIsReadMergedAndRetried();

private:
    Result lanyard(const QStringList &arguments);
    QString m_binary;
    QTemporaryDir m_dir;
};

Result tst_caldav_faults::lanyard(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANYARD_CALDAV_PASSWORD"_s, u"secret"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_binary, QStringList{u"--db"_s, m_dir.filePath(u"laptop.sqlite"_s)} + arguments);
    process.closeWriteChannel();
    // The loopback server answers from this thread: wait with the event loop running.
    if (!finished.wait(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void tst_caldav_faults::initTestCase()
{
    m_binary = qEnvironmentVariable("LANYARD_BINARY");
    QVERIFY2(QFile::exists(m_binary), "LANYARD_BINARY must name the built program");
    QVERIFY(m_dir.isValid());
    // Short time limits, so that a stalled server fails the sync in a second.
    QDir().mkpath(m_dir.filePath(u"config/lanyard.org"_s));
    QFile settings(m_dir.filePath(u"config/lanyard.org/lanyard.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[sync]\nstallTimeoutSeconds=1\ntotalTimeoutSeconds=3\n");
}

void tst_caldav_faults::failsClearly_data()
{
    QTest::addColumn<QByteArray>("failingMethod");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    using Mode = LoopbackHttpServer::Response::Mode;
    QTest::newRow("401 reading") << QByteArray("REPORT") << 401 << int(Mode::Normal) << u"HTTP 401"_s;
    QTest::newRow("403 reading") << QByteArray("REPORT") << 403 << int(Mode::Normal) << u"HTTP 403"_s;
    QTest::newRow("404 reading") << QByteArray("REPORT") << 404 << int(Mode::Normal) << u"HTTP 404"_s;
    QTest::newRow("500 reading") << QByteArray("REPORT") << 500 << int(Mode::Normal) << u"HTTP 500"_s;
    QTest::newRow("507 writing") << QByteArray("PUT") << 507 << int(Mode::Normal) << u"HTTP 507"_s;
    QTest::newRow("412 for ever") << QByteArray("PUT") << 412 << int(Mode::Normal) << u"412 Precondition Failed 3 times"_s;
    QTest::newRow("time-out") << QByteArray("REPORT") << 207 << int(Mode::Stalled) << u"no answer for 1 s"_s;
    QTest::newRow("cut short") << QByteArray("REPORT") << 207 << int(Mode::Truncated) << u"127.0.0.1"_s;
}

void tst_caldav_faults::failsClearly()
{
    QFETCH(QByteArray, failingMethod);
    QFETCH(int, status);
    QFETCH(int, mode);
    QFETCH(QString, expected);

    QFile::remove(m_dir.filePath(u"laptop.sqlite"_s));
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    bool failing = false;
    server.setHandler([&](const LoopbackHttpServer::Request &request) {
        if (failing && request.method == failingMethod) {
            LoopbackHttpServer::Response response = request.method == "REPORT" && status == 207
                ? multistatus(kEmptyListing)
                : LoopbackHttpServer::status(status, status == 412 ? "Precondition Failed" : "Failed", "no");
            response.mode = LoopbackHttpServer::Response::Mode(mode);
            return response;
        }
        if (request.method == "PROPFIND")
            return multistatus(kCalendarProps);
        if (request.method == "REPORT")
            return multistatus(kEmptyListing);
        if (request.method == "PUT") {
            LoopbackHttpServer::Response response = LoopbackHttpServer::status(201, "Created");
            response.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"1\""));
            return response;
        }
        return LoopbackHttpServer::status(404, "Not Found");
    });

    const QJsonArray events = QJsonDocument::fromJson(lanyard({u"events"_s, u"--json"_s}).out).array();
    QVERIFY(events.size() > 3);
    const QString id = events.at(1)[u"id"_s].toString();
    QCOMPARE(lanyard({u"bookmark"_s, u"add"_s, id}).code, 0);
    QCOMPARE(lanyard({u"note"_s, id, u"keep me"_s}).code, 0);
    Result result = lanyard({u"calendar"_s, u"connect"_s, server.url(u"/cal/"_s).toString(), u"--user"_s, u"alice"_s});
    QVERIFY2(result.code == 0, result.err.constData());
    const QByteArray agenda = lanyard({u"agenda"_s, u"--json"_s}).out;

    failing = true;
    result = lanyard({u"calendar"_s, u"sync"_s});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains("127.0.0.1"), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(expected), result.err.constData());
    qInfo("%s", result.err.trimmed().constData());
    QCOMPARE(lanyard({u"agenda"_s, u"--json"_s}).out, agenda);
    const QJsonObject state = QJsonDocument::fromJson(lanyard({u"calendar"_s, u"status"_s, u"--json"_s}).out).object();
    QVERIFY(!state[u"lastError"_s].toString().isEmpty());
    QCOMPARE(state[u"items"_s].toInt(), 0);

    // The server recovers: the queued bookmark goes out.
    failing = false;
    server.closeAll();
    result = lanyard({u"calendar"_s, u"sync"_s, u"--json"_s});
    QVERIFY2(result.code == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object()[u"pushed"_s].toInt(), 1);
    QCOMPARE(lanyard({u"agenda"_s, u"--json"_s}).out, agenda);
}

void tst_caldav_faults::untrustedCertificateIsRefused()
{
    // A server whose certificate nobody vouches for: no request goes through, credentials included.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(TestSupport::fixturePath(u"sync/tls/cert.pem"_s), QSsl::Pem).value(0));
    tls.setPrivateKey(QSslKey(TestSupport::readFile(TestSupport::fixturePath(u"sync/tls/key.pem"_s)), QSsl::Rsa));
    LoopbackHttpServer server(&tls);
    QVERIFY(server.listen());
    server.setHandler([](const LoopbackHttpServer::Request &) { return multistatus(kCalendarProps); });
    QNetworkAccessManager network;
    CalDavClient client(network, {u"alice"_s, u"secret"_s}, FetchLimits());
    QString error;
    QVERIFY(!client.discover(server.url(u"/cal/"_s), u"Lanyard"_s, &error));
    QVERIFY2(error.contains(u"secure connection failed"_s) && error.contains(u"127.0.0.1"_s), qPrintable(error));
    QVERIFY(server.requests().isEmpty());
}

void tst_caldav_faults::preconditionFailedIsReadMergedAndRetried()
{
    QFile::remove(m_dir.filePath(u"laptop.sqlite"_s));
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QJsonArray events = QJsonDocument::fromJson(lanyard({u"events"_s, u"--json"_s}).out).array();
    const QString id = events.at(2)[u"id"_s].toString();
    const QString conference = events.at(2)[u"conference"_s].toString();
    // What another laptop wrote meanwhile: the same bookmark, rated 5 (and no note).
    const QByteArray theirs =
        QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:%1@lanyard\r\nSUMMARY:x\r\n"
                       "DTSTART:20130705T000000Z\r\nX-LANYARD-KIND:event\r\nX-LANYARD-CONFERENCE:%2\r\nX-LANYARD-EVENT:%1\r\n"
                       "X-LANYARD-PRIORITY:must\r\nX-LANYARD-PRIORITY-CHANGED:2013-07-01T00:00:00.000Z\r\n"
                       "X-LANYARD-RATING:5\r\nX-LANYARD-RATING-CHANGED:2013-07-01T00:00:00.000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            .arg(id, conference)
            .toUtf8();
    int puts = 0;
    server.setHandler([&](const LoopbackHttpServer::Request &request) {
        if (request.method == "PROPFIND")
            return multistatus(kCalendarProps);
        if (request.method == "REPORT")
            return multistatus(kEmptyListing);
        if (request.method == "PUT") {
            if (++puts == 1)
                return LoopbackHttpServer::status(412, "Precondition Failed");
            LoopbackHttpServer::Response response = LoopbackHttpServer::status(204, "No Content");
            response.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"3\""));
            return response;
        }
        if (request.method == "GET") {
            LoopbackHttpServer::Response response = LoopbackHttpServer::ok(theirs, "text/calendar");
            response.headers.emplaceBack(QByteArray("ETag"), QByteArray("\"2\""));
            return response;
        }
        return LoopbackHttpServer::status(404, "Not Found");
    });
    QCOMPARE(lanyard({u"bookmark"_s, u"add"_s, id}).code, 0);
    QCOMPARE(lanyard({u"note"_s, id, u"mine"_s}).code, 0);
    QCOMPARE(lanyard({u"calendar"_s, u"connect"_s, server.url(u"/cal/"_s).toString(), u"--user"_s, u"alice"_s}).code, 0);
    server.clearRequests();
    const Result result = lanyard({u"calendar"_s, u"sync"_s});
    QVERIFY2(result.code == 0, result.err.constData());

    // Created with If-None-Match: *, refused; read; written again over exactly what was read.
    QList<QByteArray> sequence;
    for (const LoopbackHttpServer::Request &request : server.requests())
        sequence.append(request.method);
    QCOMPARE(sequence, (QList<QByteArray>{"REPORT", "PUT", "GET", "PUT"}));
    QCOMPARE(server.requests().at(1).headers.value("if-none-match"), QByteArray("*"));
    QCOMPARE(server.requests().at(3).headers.value("if-match"), QByteArray("\"2\""));
    // Both sides' fields survive: their rating and my note.
    const QJsonArray agenda = QJsonDocument::fromJson(lanyard({u"agenda"_s, u"--json"_s}).out).array();
    QCOMPARE(agenda.size(), 1);
    QCOMPARE(agenda.at(0)[u"rating"_s].toInt(), 5);
    QCOMPARE(agenda.at(0)[u"note"_s].toString(), u"mine"_s);
}

QTEST_GUILESS_MAIN(tst_caldav_faults)
#include "tst_caldav_faults.moc"
