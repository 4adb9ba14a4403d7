// Two laptops and a phone on one calendar, against real CalDAV servers from Debian's packages
// (radicale with an htpasswd user, xandikos), started on loopback in a temporary folder. The
// laptops are two databases driven through the real `lanyard` program; the phone is Debian's
// python3-caldav (phone.py), an independent client. Exits 77 (CTest: skipped) when neither server
// or python3-caldav is installed; a missing server skips only its rows.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kUser = u"alice"_s;
const QString kPassword = u"correct horse"_s;
const QString kCalendar = u"Lanyard"_s;

QString debianPython()
{
    // Debian's own interpreter: the packaged caldav module is not on other Pythons' paths.
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : QStandardPaths::findExecutable(u"python3"_s);
}

bool haveCaldavModule()
{
    QProcess process;
    process.start(debianPython(), {u"-c"_s, u"import caldav, icalendar"_s});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    return false;
}

/** One server process on loopback, in its own folder; stopped (and waited for) on destruction. */
class Server
{
public:
    Server(const QString &kind, const QString &folder)
        : m_kind(kind)
        , m_folder(folder)
    {
    }
    ~Server() { stop(); }

    bool start(QString *error)
    {
        if (!m_port)
            m_port = freePort();
        QStringList arguments;
        QString program;
        if (m_kind == u"radicale"_s) {
            program = QStandardPaths::findExecutable(u"radicale"_s);
            QFile users(m_folder + u"/users"_s);
            users.open(QIODevice::WriteOnly);
            users.write((kUser + u':' + kPassword + u'\n').toUtf8()); // plain htpasswd line
            users.close();
            QFile config(m_folder + u"/config"_s);
            config.open(QIODevice::WriteOnly);
            config.write(u"[server]\nhosts = 127.0.0.1:%1\n[auth]\ntype = htpasswd\nhtpasswd_filename = %2/users\n"
                         "htpasswd_encryption = plain\n[storage]\nfilesystem_folder = %2/collections\n"
                         "[logging]\nlevel = warning\n"_s.arg(m_port)
                             .arg(m_folder)
                             .toUtf8());
            config.close();
            arguments = {u"--config"_s, m_folder + u"/config"_s};
        } else {
            program = QStandardPaths::findExecutable(u"xandikos"_s);
            arguments = {u"-d"_s, m_folder + u"/data"_s, u"-p"_s, QString::number(m_port), u"-l"_s, u"127.0.0.1"_s, u"--autocreate"_s};
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_folder + u"/server.log"_s, QIODevice::Append);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000) || !waitForPort(m_port, 20000)) {
            *error = u"%1 did not start (see %2/server.log)"_s.arg(m_kind, m_folder);
            return false;
        }
        return true;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString url() const { return u"http://127.0.0.1:%1/"_s.arg(m_port); }
    bool needsPassword() const { return m_kind == u"radicale"_s; }

private:
    QString m_kind;
    QString m_folder;
    quint16 m_port = 0;
    QProcess m_process;
};

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_caldav_servers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoLaptopsAndAPhone_data();
    void twoLaptopsAndAPhone();
    void killedSyncsConverge();
    void killedAtNamedPoints_data();
    void killedAtNamedPoints();
    void feedUpdatesReachTheCalendar_data() { twoLaptopsAndAPhone_data(); }
    void feedUpdatesReachTheCalendar();

private:
    Result lanyard(const QString &db, const QStringList &arguments, const QString &password = kPassword, const QString &stopAt = {});
    void checkIntegrity(const QString &db);
    QJsonValue json(const QString &db, const QStringList &arguments);
    QJsonArray phoneList(const Server &server);
    QJsonObject agendaItem(const QString &db, const QString &id);
    QString m_binary;
};

Result tst_caldav_servers::lanyard(const QString &db, const QStringList &arguments, const QString &password, const QString &stopAt)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANYARD_CALDAV_PASSWORD"_s, password);
    environment.remove(u"LANYARD_TEST_STOP_AT"_s);
    if (!stopAt.isEmpty())
        environment.insert(u"LANYARD_TEST_STOP_AT"_s, stopAt);
    environment.remove(u"LANYARD_DB"_s);
    environment.remove(u"LANYARD_NOW"_s);
    process.setProcessEnvironment(environment);
    process.start(m_binary, QStringList{u"--db"_s, db} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonValue tst_caldav_servers::json(const QString &db, const QStringList &arguments)
{
    const Result result = lanyard(db, arguments + QStringList{u"--json"_s});
    if (result.code != 0)
        qWarning() << arguments << result.code << result.err;
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject tst_caldav_servers::agendaItem(const QString &db, const QString &id)
{
    for (const QJsonValue &value : json(db, {u"agenda"_s}).toArray()) {
        if (value[u"id"_s].toString() == id)
            return value.toObject();
    }
    return {};
}

QJsonArray tst_caldav_servers::phoneList(const Server &server)
{
    QProcess process;
    process.start(debianPython(),
                  {QFINDTESTDATA("phone.py"), server.url(), server.needsPassword() ? kUser : QString(),
                   server.needsPassword() ? kPassword : QString(), kCalendar, u"list"_s});
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning() << "phone.py list:" << process.readAllStandardError();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

void tst_caldav_servers::initTestCase()
{
    m_binary = qEnvironmentVariable("LANYARD_BINARY");
    QVERIFY2(QFile::exists(m_binary), "LANYARD_BINARY must name the built program");
}

void tst_caldav_servers::twoLaptopsAndAPhone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("radicale") << u"radicale"_s;
    QTest::newRow("xandikos") << u"xandikos"_s;
}

void tst_caldav_servers::twoLaptopsAndAPhone()
{
    QFETCH(QString, kind);
    if (QStandardPaths::findExecutable(kind).isEmpty())
        QSKIP(qPrintable(u"%1 is not installed (Debian package %1)"_s.arg(kind)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Server server(kind, dir.path());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString a = dir.filePath(u"laptop-a.sqlite"_s);
    const QString b = dir.filePath(u"laptop-b.sqlite"_s);

    // Laptop A: bookmarks of all kinds, a trip.
    const QJsonArray events = json(a, {u"events"_s}).toArray();
    QVERIFY2(events.size() >= 6, "the bundled programme has events");
    QStringList ids;
    for (const QJsonValue &event : events) {
        if (ids.size() < 5 && !event[u"cancelled"_s].toBool())
            ids.append(event[u"id"_s].toString());
    }
    QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, ids[0], u"--priority"_s, u"must"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, ids[1], u"--priority"_s, u"maybe"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, ids[2]}).code, 0);
    QCOMPARE(lanyard(a, {u"note"_s, ids[0], u"Sit near the front; ask about Ümlauts, commas; and semicolons"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"rate"_s, ids[0], u"4"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"watched"_s, ids[1]}).code, 0);
    QCOMPARE(lanyard(a, {u"note"_s, ids[2], u"Bring the laptop"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"rate"_s, ids[2], u"2"_s}).code, 0);
    const Result trip = lanyard(a,
                                {u"trips"_s, u"add"_s, u"--title"_s, u"Up kunanyi"_s, u"--from"_s, u"2013-07-07T07:00"_s, u"--to"_s,
                                 u"2013-07-07T08:30"_s, u"--who"_s, u"Ann and me"_s, u"--notes"_s, u"Warm coat"_s});
    QVERIFY2(trip.code == 0, trip.err.constData());

    // A wrong password connects nothing and says why.
    Result result;
    if (server.needsPassword()) {
        result = lanyard(a, {u"calendar"_s, u"connect"_s, server.url(), u"--user"_s, kUser}, u"wrong"_s);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains("HTTP 401") && result.err.contains("127.0.0.1"), result.err.constData());
        QCOMPARE(json(a, {u"calendar"_s, u"status"_s}).toObject()[u"connected"_s].toBool(), false);
    }

    // Connect: the server root is enough; the calendar is made.
    result = lanyard(a, {u"calendar"_s, u"connect"_s, server.url(), u"--user"_s, kUser});
    QVERIFY2(result.code == 0, result.err.constData());
    result = lanyard(a, {u"calendar"_s, u"sync"_s});
    QVERIFY2(result.code == 0, QByteArray(result.err + result.out).constData());

    // The phone sees four events with exact times, rooms and Lanyard's own fields.
    QJsonArray phone = phoneList(server);
    QCOMPARE(phone.size(), 4);
    const QJsonArray agendaA = json(a, {u"agenda"_s}).toArray();
    QCOMPARE(agendaA.size(), 4);
    for (const QJsonValue &item : agendaA) {
        const QString uid = item[u"id"_s].toString() + u"@lanyard"_s; // trip ids start with "trip-"
        const auto found =
            std::find_if(phone.cbegin(), phone.cend(), [&](const QJsonValue &v) { return v[u"UID"_s].toString() == QString(uid); });
        QVERIFY2(found != phone.cend(), qPrintable(uid));
        QCOMPARE((*found)[u"SUMMARY"_s].toString(), item[u"title"_s].toString());
        QCOMPARE(QDateTime::fromString((*found)[u"DTSTART"_s].toString(), Qt::ISODate),
                 QDateTime::fromString(item[u"start"_s].toString(), Qt::ISODate));
    }
    const auto first = std::find_if(phone.cbegin(), phone.cend(),
                                    [&](const QJsonValue &v) { return v[u"UID"_s].toString() == QString(ids[0] + u"@lanyard"_s); });
    QVERIFY(first != phone.cend());
    QCOMPARE((*first)[u"X-LANYARD-PRIORITY"_s].toString(), u"must"_s);
    QCOMPARE((*first)[u"X-LANYARD-RATING"_s].toString(), u"4"_s);
    QVERIFY((*first)[u"DESCRIPTION"_s].toString().contains(u"Ümlauts, commas; and semicolons"_s));
    QCOMPARE((*first)[u"STATUS"_s].toString(), u"CONFIRMED"_s);

    // Laptop B connects to the same calendar and gets everything back exactly.
    result = lanyard(b, {u"calendar"_s, u"connect"_s, server.url(), u"--user"_s, kUser});
    QVERIFY2(result.code == 0, result.err.constData());
    result = lanyard(b, {u"calendar"_s, u"sync"_s});
    QVERIFY2(result.code == 0, QByteArray(result.err + result.out).constData());
    QCOMPARE(json(b, {u"agenda"_s}), QJsonValue(agendaA));
    QCOMPARE(json(b, {u"trips"_s}), json(a, {u"trips"_s}));
    // Nothing left to do on either side: a second sync writes nothing.
    QJsonObject report = json(b, {u"calendar"_s, u"sync"_s}).toObject();
    QCOMPARE(report[u"pushed"_s].toInt(), 0);
    report = json(a, {u"calendar"_s, u"sync"_s}).toObject();
    QCOMPARE(report[u"pushed"_s].toInt(), 0);
    QCOMPARE(report[u"ok"_s].toBool(), true);

    // Different fields changed on each side: both survive.
    QThread::msleep(1100); // change times are kept to the second by this schema
    QCOMPARE(lanyard(a, {u"note"_s, ids[0], u"Changed on A"_s}).code, 0);
    QThread::msleep(1100);
    QCOMPARE(lanyard(b, {u"watched"_s, ids[2]}).code, 0);
    for (const QString &db : {a, b, a}) {
        result = lanyard(db, {u"calendar"_s, u"sync"_s});
        QVERIFY2(result.code == 0, result.err.constData());
    }
    QCOMPARE(agendaItem(a, ids[0])[u"note"_s].toString(), u"Changed on A"_s);
    QCOMPARE(agendaItem(b, ids[0])[u"note"_s].toString(), u"Changed on A"_s);
    QVERIFY(agendaItem(a, ids[2])[u"watched"_s].toBool());
    QVERIFY(agendaItem(b, ids[2])[u"watched"_s].toBool());

    // The same field on both: the later wins, and the other value is named.
    QThread::msleep(1100);
    QCOMPARE(lanyard(a, {u"rate"_s, ids[1], u"2"_s}).code, 0);
    QThread::msleep(1100);
    QCOMPARE(lanyard(b, {u"rate"_s, ids[1], u"5"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"calendar"_s, u"sync"_s}).code, 0);
    // B finds both changed: its own later 5 wins, and A's 2 is named, in the sync's report and in status.
    report = json(b, {u"calendar"_s, u"sync"_s}).toObject();
    QCOMPARE(report[u"changes"_s].toArray().size(), 1);
    QCOMPARE(report[u"changes"_s].toArray().at(0)[u"kind"_s].toString(), u"override"_s);
    QCOMPARE(report[u"changes"_s].toArray().at(0)[u"id"_s].toString(), ids[1]);
    QVERIFY2(report[u"changes"_s].toArray().at(0)[u"detail"_s].toString().contains(u"rating \"2\""_s),
             QJsonDocument(report).toJson().constData());
    QCOMPARE(json(b, {u"calendar"_s, u"status"_s}).toObject()[u"changes"_s], report[u"changes"_s]);
    QCOMPARE(lanyard(a, {u"calendar"_s, u"sync"_s}).code, 0);
    QCOMPARE(agendaItem(a, ids[1])[u"rating"_s].toInt(), 5);
    QCOMPARE(agendaItem(b, ids[1])[u"rating"_s].toInt(), 5);

    // The phone deletes an event: the bookmark goes on both laptops, note and rating stay.
    QProcess phoneDelete;
    phoneDelete.start(debianPython(),
                      {QFINDTESTDATA("phone.py"), server.url(), server.needsPassword() ? kUser : QString(),
                       server.needsPassword() ? kPassword : QString(), kCalendar, u"delete"_s, ids[2] + u"@lanyard"_s});
    QVERIFY(phoneDelete.waitForFinished(60000));
    QVERIFY2(phoneDelete.exitCode() == 0, phoneDelete.readAllStandardError().constData());
    report = json(a, {u"calendar"_s, u"sync"_s}).toObject();
    QCOMPARE(report[u"removedLocally"_s].toInt(), 1);
    QCOMPARE(report[u"changes"_s].toArray().at(0)[u"kind"_s].toString(), u"removed"_s);
    QVERIFY(agendaItem(a, ids[2]).isEmpty());
    const QJsonObject statusA = json(a, {u"calendar"_s, u"status"_s}).toObject();
    QCOMPARE(statusA[u"changes"_s].toArray().at(0)[u"id"_s].toString(), ids[2]);
    // "What changed" says so too.
    const QJsonArray whatChanged = json(a, {u"changes"_s}).toArray();
    QVERIFY(std::any_of(whatChanged.cbegin(), whatChanged.cend(), [&](const QJsonValue &change) {
        return change[u"id"_s].toString() == ids[2] && change[u"kind"_s].toString() == u"calendar-removed"_s;
    }));
    result = lanyard(a, {u"note"_s, ids[2]});
    QVERIFY2(result.out.contains("Bring the laptop"), result.out.constData());
    QCOMPARE(lanyard(b, {u"calendar"_s, u"sync"_s}).code, 0);
    QVERIFY(agendaItem(b, ids[2]).isEmpty());

    // A removes a bookmark: the calendar's copy goes, and B follows.
    QCOMPARE(lanyard(a, {u"bookmark"_s, u"remove"_s, ids[1]}).code, 0);
    report = json(a, {u"calendar"_s, u"sync"_s}).toObject();
    QCOMPARE(report[u"deleted"_s].toInt(), 1);
    QCOMPARE(phoneList(server).size(), 2);
    QCOMPARE(lanyard(b, {u"calendar"_s, u"sync"_s}).code, 0);
    QVERIFY(agendaItem(b, ids[1]).isEmpty());
    QCOMPARE(json(b, {u"agenda"_s}), json(a, {u"agenda"_s}));

    // A wrong password changes nothing and says so.
    if (server.needsPassword()) {
        const QJsonValue before = json(a, {u"agenda"_s});
        result = lanyard(a, {u"calendar"_s, u"sync"_s}, u"wrong"_s);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains("401"), result.err.constData());
        QVERIFY2(result.err.contains("127.0.0.1"), result.err.constData());
        QCOMPARE(json(a, {u"agenda"_s}), before);
    }

    // Server down: a clear failure, nothing lost; a bookmark made offline goes out at the next sync.
    server.stop();
    QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, ids[3]}).code, 0);
    result = lanyard(a, {u"calendar"_s, u"sync"_s});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains("127.0.0.1") && result.err.contains("refused"), result.err.constData());
    QVERIFY(!agendaItem(a, ids[3]).isEmpty());
    QVERIFY2(server.start(&error), qPrintable(error));
    result = lanyard(a, {u"calendar"_s, u"sync"_s});
    QVERIFY2(result.code == 0, result.err.constData());
    phone = phoneList(server);
    QVERIFY(std::any_of(phone.cbegin(), phone.cend(),
                        [&](const QJsonValue &v) { return v[u"UID"_s].toString() == QString(ids[3] + u"@lanyard"_s); }));
    QCOMPARE(lanyard(b, {u"calendar"_s, u"sync"_s}).code, 0);
    QCOMPARE(json(b, {u"agenda"_s}), json(a, {u"agenda"_s}));

    // Disconnect keeps everything here.
    QCOMPARE(lanyard(b, {u"calendar"_s, u"disconnect"_s}).code, 0);
    QCOMPARE(json(b, {u"calendar"_s, u"status"_s}).toObject()[u"connected"_s].toBool(), false);
    QCOMPARE(json(b, {u"agenda"_s}), json(a, {u"agenda"_s}));
}

void tst_caldav_servers::killedSyncsConverge()
{
    const QString kind = QStandardPaths::findExecutable(u"radicale"_s).isEmpty() ? u"xandikos"_s : u"radicale"_s;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Server server(kind, dir.path());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString a = dir.filePath(u"laptop-a.sqlite"_s);
    const QString b = dir.filePath(u"laptop-b.sqlite"_s);

    // Enough bookmarks that a sync takes a while, each with a note.
    const QJsonArray events = json(a, {u"events"_s}).toArray();
    QStringList ids;
    for (const QJsonValue &event : events) {
        if (ids.size() < 40)
            ids.append(event[u"id"_s].toString());
    }
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, id}).code, 0);
        QCOMPARE(lanyard(a, {u"note"_s, id, u"note on "_s + id}).code, 0);
    }
    QCOMPARE(lanyard(a, {u"calendar"_s, u"connect"_s, server.url(), u"--user"_s, kUser}).code, 0);
    QCOMPARE(lanyard(b, {u"calendar"_s, u"connect"_s, server.url(), u"--user"_s, kUser}).code, 0);

    // kill -9 at random moments of A's and B's syncs.
    auto *random = QRandomGenerator::global();
    int killed = 0;
    for (int round = 0; round < 12; ++round) {
        const QString db = round % 2 ? b : a;
        // Work for this sync: notes changed on this side since the last one.
        for (int i = 0; i < 4; ++i) {
            const QString id = ids.at(random->bounded(int(ids.size())));
            QCOMPARE(lanyard(db, {u"note"_s, id, u"round %1 on %2"_s.arg(round).arg(id)}).code, 0);
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANYARD_CALDAV_PASSWORD"_s, kPassword);
        process.setProcessEnvironment(environment);
        process.start(m_binary, {u"--db"_s, db, u"calendar"_s, u"sync"_s});
        QVERIFY(process.waitForStarted());
        if (!process.waitForFinished(int(random->bounded(20, 400)))) {
            process.kill(); // SIGKILL
            process.waitForFinished();
            ++killed;
        }
    }
    qInfo("%d of 12 syncs killed", killed);

    for (const QString &db : {a, b}) {
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            check.setDatabaseName(db);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }
    // No pick lost: every bookmark is still there; both converge, and then nothing is left to write.
    const auto bookmarks = [this](const QString &db) {
        QStringList result;
        for (const QJsonValue &item : json(db, {u"agenda"_s}).toArray())
            result.append(item[u"id"_s].toString());
        result.sort();
        return result;
    };
    QStringList sortedIds = ids;
    sortedIds.sort();
    QCOMPARE(bookmarks(a), sortedIds);
    for (const QString &db : {a, b, a}) {
        const Result result = lanyard(db, {u"calendar"_s, u"sync"_s});
        QVERIFY2(result.code == 0, result.err.constData());
    }
    QCOMPARE(bookmarks(a), sortedIds);
    QCOMPARE(json(b, {u"agenda"_s}), json(a, {u"agenda"_s}));
    QCOMPARE(json(a, {u"calendar"_s, u"sync"_s}).toObject()[u"pushed"_s].toInt(), 0);
    QCOMPARE(json(b, {u"calendar"_s, u"sync"_s}).toObject()[u"pushed"_s].toInt(), 0);
    QCOMPARE(phoneList(server).size(), ids.size());
}

void tst_caldav_servers::checkIntegrity(const QString &db)
{
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        check.setDatabaseName(db);
        QVERIFY(check.open());
        QSqlQuery query(check);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void tst_caldav_servers::killedAtNamedPoints_data()
{
    QTest::addColumn<QString>("point");
    for (const char *point : {"caldav-listed", "caldav-pulled", "caldav-put", "caldav-deleted"})
        QTest::newRow(point) << QString::fromLatin1(point);
}

void tst_caldav_servers::killedAtNamedPoints()
{
    // The sync stops as a crash would (SIGKILL) at the named point, where the build has the test
    // stop points (LANYARD_TEST_STOP_AT); elsewhere the sync runs through and this proves less.
    QFETCH(QString, point);
    const QString kind = QStandardPaths::findExecutable(u"radicale"_s).isEmpty() ? u"xandikos"_s : u"radicale"_s;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Server server(kind, dir.path());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString a = dir.filePath(u"laptop-a.sqlite"_s);
    const QString b = dir.filePath(u"laptop-b.sqlite"_s);
    const QJsonArray events = json(a, {u"events"_s}).toArray();
    QStringList ids;
    for (const QJsonValue &event : events) {
        if (ids.size() < 6)
            ids.append(event[u"id"_s].toString());
    }
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, ids[i]}).code, 0);
        QCOMPARE(lanyard(a, {u"note"_s, ids[i], u"first "_s + ids[i]}).code, 0);
    }
    for (const QString &db : {a, b}) {
        QCOMPARE(lanyard(db, {u"calendar"_s, u"connect"_s, server.url(), u"--user"_s, kUser}).code, 0);
        QCOMPARE(lanyard(db, {u"calendar"_s, u"sync"_s}).code, 0);
    }

    // Work that passes the point: a pull to merge, a write, a delete.
    QThread::msleep(1100);
    QCOMPARE(lanyard(b, {u"rate"_s, ids[1], u"3"_s}).code, 0);
    QCOMPARE(lanyard(b, {u"calendar"_s, u"sync"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, ids[5]}).code, 0);
    QCOMPARE(lanyard(a, {u"note"_s, ids[0], u"second"_s}).code, 0);
    QCOMPARE(lanyard(a, {u"bookmark"_s, u"remove"_s, ids[2]}).code, 0);
    QStringList expected = {ids[0], ids[1], ids[3], ids[4], ids[5]};
    expected.sort();

    const Result stopped = lanyard(a, {u"calendar"_s, u"sync"_s}, kPassword, point);
    if (stopped.err.contains("stopped at test point"))
        QCOMPARE(stopped.code, -1);
    else
        qInfo("this build has no test stop points: the sync ran through (exit %d)", stopped.code);
    checkIntegrity(a);
    const auto bookmarks = [this](const QString &db) {
        QStringList result;
        for (const QJsonValue &item : json(db, {u"agenda"_s}).toArray())
            result.append(item[u"id"_s].toString());
        result.sort();
        return result;
    };
    QCOMPARE(bookmarks(a), expected);
    for (const QString &db : {a, b, a}) {
        const Result result = lanyard(db, {u"calendar"_s, u"sync"_s});
        QVERIFY2(result.code == 0, result.err.constData());
    }
    QCOMPARE(bookmarks(a), expected);
    QCOMPARE(json(b, {u"agenda"_s}), json(a, {u"agenda"_s}));
    QCOMPARE(agendaItem(a, ids[1])[u"rating"_s].toInt(), 3);
    QCOMPARE(agendaItem(b, ids[0])[u"note"_s].toString(), u"second"_s);
    QCOMPARE(json(a, {u"calendar"_s, u"sync"_s}).toObject()[u"pushed"_s].toInt(), 0);
    QCOMPARE(json(b, {u"calendar"_s, u"sync"_s}).toObject()[u"pushed"_s].toInt(), 0);
    QCOMPARE(phoneList(server).size(), expected.size());
}

void tst_caldav_servers::feedUpdatesReachTheCalendar()
{
    QFETCH(QString, kind);
    if (QStandardPaths::findExecutable(kind).isEmpty())
        QSKIP(qPrintable(u"%1 is not installed (Debian package %1)"_s.arg(kind)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Server server(kind, dir.path());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString a = dir.filePath(u"laptop-a.sqlite"_s);

    // Three bookmarked talks of the bundled programme: one to rename, one to move and retime, one to drop.
    const QJsonArray events = json(a, {u"events"_s}).toArray();
    QList<QJsonObject> picked;
    for (const QJsonValue &event : events) {
        if (picked.size() < 3 && !event[u"guid"_s].toString().isEmpty())
            picked.append(event.toObject());
    }
    QCOMPARE(picked.size(), 3);
    for (const QJsonObject &event : std::as_const(picked))
        QCOMPARE(lanyard(a, {u"bookmark"_s, u"add"_s, event[u"id"_s].toString()}).code, 0);
    QCOMPARE(lanyard(a, {u"calendar"_s, u"connect"_s, server.url(), u"--user"_s, kUser}).code, 0);
    QCOMPARE(lanyard(a, {u"calendar"_s, u"sync"_s}).code, 0);

    // The organisers' update.
    QFile original(qEnvironmentVariable("LANYARD_SOURCE_DIR") + u"/data/pyconau2013/schedule.xml"_s);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString xml = QString::fromUtf8(original.readAll());
    const auto block = [&xml](const QString &guid) -> std::pair<qsizetype, qsizetype> {
        const qsizetype start = xml.indexOf(u"<event guid=\""_s + guid + u'"');
        const qsizetype end = xml.indexOf(u"</event>"_s, start) + 8;
        return {start, end - start};
    };
    {
        auto [at, length] = block(picked[0][u"guid"_s].toString());
        QVERIFY(at >= 0);
        QString text = xml.mid(at, length);
        const QString title = picked[0][u"title"_s].toString().toHtmlEscaped();
        text.replace(u"<title>"_s + title + u"</title>"_s, u"<title>Renamed: "_s + title + u"</title>"_s);
        xml.replace(at, length, text);
    }
    QDateTime retimedStart;
    {
        auto [at, length] = block(picked[1][u"guid"_s].toString());
        QString text = xml.mid(at, length);
        const qsizetype dateAt = text.indexOf(u"<date>"_s) + 6;
        const QString date = text.mid(dateAt, 25); // 2013-07-05T09:10:00+10:00
        retimedStart = QDateTime::fromString(date, Qt::ISODate).addSecs(3 * 3600);
        const QDateTime local = retimedStart.toOffsetFromUtc(10 * 3600);
        text.replace(dateAt, 25, local.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + date.right(6));
        const qsizetype startAt = text.indexOf(u"<start>"_s) + 7;
        text.replace(startAt, 5, local.toString(u"HH:mm"_s));
        text.replace(u"<room>"_s + picked[1][u"room"_s].toString() + u"</room>"_s, u"<room>Riverview Room</room>"_s);
        xml.replace(at, length, text);
    }
    {
        auto [at, length] = block(picked[2][u"guid"_s].toString());
        xml.remove(at, length);
    }
    QFile updated(dir.filePath(u"schedule.xml"_s));
    QVERIFY(updated.open(QIODevice::WriteOnly));
    updated.write(xml.toUtf8());
    updated.close();
    const Result imported = lanyard(a, {u"import"_s, updated.fileName()});
    QVERIFY2(imported.code == 0, imported.err.constData());

    const QJsonObject report = json(a, {u"calendar"_s, u"sync"_s}).toObject();
    QCOMPARE(report[u"pushed"_s].toInt(), 3);
    const QJsonArray phone = phoneList(server);
    QCOMPARE(phone.size(), 3);
    const auto onPhone = [&phone](const QJsonObject &event) {
        for (const QJsonValue &item : phone) {
            if (item[u"UID"_s].toString() == event[u"id"_s].toString() + u"@lanyard"_s)
                return item.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(onPhone(picked[0])[u"SUMMARY"_s].toString(), u"Renamed: "_s + picked[0][u"title"_s].toString());
    QCOMPARE(QDateTime::fromString(onPhone(picked[1])[u"DTSTART"_s].toString(), Qt::ISODate), retimedStart);
    QVERIFY(onPhone(picked[1])[u"LOCATION"_s].toString().startsWith(u"Riverview Room"_s));
    QCOMPARE(onPhone(picked[2])[u"STATUS"_s].toString(), u"CANCELLED"_s);
    QCOMPARE(onPhone(picked[0])[u"STATUS"_s].toString(), u"CONFIRMED"_s);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool anyServer =
        !QStandardPaths::findExecutable(u"radicale"_s).isEmpty() || !QStandardPaths::findExecutable(u"xandikos"_s).isEmpty();
    if (!anyServer || !haveCaldavModule()) {
        qInfo("SKIP: the calendar tests need radicale or xandikos and python3-caldav "
              "(sudo apt-get install radicale xandikos python3-caldav)");
        return 77;
    }
    tst_caldav_servers test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_caldav_servers.moc"
