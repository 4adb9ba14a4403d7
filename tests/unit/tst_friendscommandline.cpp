#include "LoopbackHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** Ana exported from Lanyard: its UIDs (PyCon AU 2013's bundled programme), a trip of hers. */
const QByteArray kAna = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lanyard//EN\r\n"
                        "BEGIN:VEVENT\r\nUID:b02ec10ef687cdfb@lanyard\r\nDTSTAMP:20130701T000000Z\r\n"
                        "DTSTART:20130706T002000Z\r\nDTEND:20130706T010500Z\r\n"
                        "SUMMARY:Nobody Expects the Python Packaging Authority\r\nEND:VEVENT\r\n"
                        "BEGIN:VEVENT\r\nUID:c42b25f0d1c2367d@lanyard\r\nDTSTAMP:20130701T000000Z\r\n"
                        "DTSTART:20130706T030000Z\r\nDTEND:20130706T033000Z\r\nSUMMARY:Testing: Choose Your Weapons\r\n"
                        "END:VEVENT\r\n"
                        "BEGIN:VEVENT\r\nUID:trip-0a1b2c3d@lanyard\r\nDTSTAMP:20130701T000000Z\r\n"
                        "DTSTART:20130706T043000Z\r\nDTEND:20130706T050000Z\r\nSUMMARY:Coffee at Salamanca\r\nEND:VEVENT\r\n"
                        "END:VCALENDAR\r\n";
/** Ben's calendar app: its own UIDs, the titles in its own spelling. */
const QByteArray kBen = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                        "BEGIN:VEVENT\r\nUID:xyz-1@other.example\r\nDTSTAMP:20130701T000000Z\r\n"
                        "DTSTART:20130706T002000Z\r\nDTEND:20130706T010500Z\r\nSUMMARY:SCHÉMAS FOR THE  REAL WORLD\r\n"
                        "END:VEVENT\r\n"
                        "BEGIN:VEVENT\r\nUID:xyz-2@other.example\r\nDTSTAMP:20130701T000000Z\r\n"
                        "DTSTART:20130706T030000Z\r\nDTEND:20130706T033000Z\r\nSUMMARY:testing: choose your weapons\r\n"
                        "END:VEVENT\r\nEND:VCALENDAR\r\n";
} // namespace

/**
 * `lanyard friends`, `events --json`, `agenda --json`, `free-slots --with`, `sync`, `export` and
 * `restore` as a user runs them: the real program, several processes on one database, and a
 * friend's published calendar on a loopback server in this process.
 */
class TestFriendsCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"LANYARD_NOW"_s);
        process->setProcessEnvironment(environment);
        process->start(qEnvironmentVariable("LANYARD_BINARY"), QStringList{u"--db"_s, m_db} + arguments);
        return process;
    }

    Run finish(QProcess *process)
    {
        QSignalSpy finished(process, &QProcess::finished);
        // Not waitForFinished(): the loopback server lives in this event loop.
        if (process->state() != QProcess::NotRunning && !finished.wait(60000)) {
            process->kill();
            process->waitForFinished();
            return {-1, process->readAllStandardOutput(), "timed out: " + process->readAllStandardError()};
        }
        const Run run{process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1, process->readAllStandardOutput(),
                      process->readAllStandardError()};
        process->deleteLater();
        return run;
    }

    Run lanyard(const QStringList &arguments) { return finish(start(arguments)); }

    static QJsonArray jsonArray(const QByteArray &text) { return QJsonDocument::fromJson(text).array(); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    /** The `friends` list of each event that has one, by title. */
    QHash<QString, QStringList> friendsByTitle(const QStringList &arguments)
    {
        const Run run = lanyard(arguments);
        if (run.exitCode != 0)
            qWarning() << run.err;
        QHash<QString, QStringList> result;
        for (const QJsonValue &value : jsonArray(run.out)) {
            const QJsonObject object = value.toObject();
            if (!object.contains(u"friends"_s))
                qWarning() << "no friends key in" << object;
            QStringList names;
            for (const QJsonValue &name : object.value(u"friends"_s).toArray())
                names.append(name.toString());
            if (!names.isEmpty())
                result.insert(object.value(u"title"_s).toString(), names);
        }
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_BINARY")), "LANYARD_BINARY must name the built program"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"friends.sqlite"_s);
        // The bundled programme is loaded by the first run.
        QCOMPARE(lanyard({u"conferences"_s}).exitCode, 0);
    }

    void addListMatchAndRemove()
    {
        // Two processes add a friend each at the same moment: both are kept.
        QProcess *first = start({u"friends"_s, u"add"_s, u"Ben"_s, write(u"ben.ics"_s, kBen)});
        QProcess *second = start({u"friends"_s, u"add"_s, u"Ana"_s, write(u"ana.ics"_s, kAna)});
        const Run ben = finish(first);
        const Run ana = finish(second);
        QVERIFY2(ben.exitCode == 0, ben.err.constData());
        QVERIFY2(ana.exitCode == 0, ana.err.constData());
        QVERIFY2(ana.out.contains("3 calendar entries, 2 matched in the programme, 1 busy elsewhere"), ana.out.constData());

        const Run list = lanyard({u"friends"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray friends = jsonArray(list.out);
        QCOMPARE(friends.size(), 2);
        QCOMPARE(friends.at(0)[u"name"_s].toString(), u"Ana"_s);
        QCOMPARE(friends.at(0)[u"matched"_s].toInt(), 2);
        QCOMPARE(friends.at(0)[u"busy"_s].toInt(), 1);
        QCOMPARE(friends.at(1)[u"name"_s].toString(), u"Ben"_s);
        QCOMPARE(friends.at(1)[u"matched"_s].toInt(), 2);
        QVERIFY(friends.at(1)[u"source"_s].toString().endsWith(u"/ben.ics"_s));
        QVERIFY(!friends.at(1)[u"refreshedAt"_s].toString().isEmpty());

        const QHash<QString, QStringList> going = friendsByTitle({u"events"_s, u"--day"_s, u"2013-07-06"_s, u"--json"_s});
        QCOMPARE(going.size(), 3);
        QCOMPARE(going.value(u"Nobody Expects the Python Packaging Authority"_s), QStringList{u"Ana"_s});
        QCOMPARE(going.value(u"Schemas for the Real World"_s), QStringList{u"Ben"_s});
        QCOMPARE(going.value(u"Testing: Choose Your Weapons"_s), (QStringList{u"Ana"_s, u"Ben"_s}));

        // The user's own agenda: still empty. A friend's picks are never the user's bookmarks.
        QCOMPARE(jsonArray(lanyard({u"agenda"_s, u"--json"_s}).out).size(), 0);
        QCOMPARE(lanyard({u"bookmark"_s, u"add"_s, u"c42b25f0d1c2367d"_s}).exitCode, 0);
        const QHash<QString, QStringList> agenda = friendsByTitle({u"agenda"_s, u"--json"_s});
        QCOMPARE(agenda.value(u"Testing: Choose Your Weapons"_s), (QStringList{u"Ana"_s, u"Ben"_s}));

        QCOMPARE(lanyard({u"friends"_s, u"remove"_s, u"ana"_s}).exitCode, 0);
        QCOMPARE(friendsByTitle({u"events"_s, u"--day"_s, u"2013-07-06"_s, u"--json"_s}).value(u"Testing: Choose Your Weapons"_s),
                 QStringList{u"Ben"_s});
        const Run again = lanyard({u"friends"_s, u"remove"_s, u"Ana"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("there is no friend called Ana"), again.err.constData());
        QCOMPARE(lanyard({u"free-slots"_s, u"--with"_s, u"Ana"_s}).exitCode, 1);
    }

    void groupFreeSlots()
    {
        QCOMPARE(lanyard({u"friends"_s, u"add"_s, u"Ana"_s, write(u"ana.ics"_s, kAna)}).exitCode, 0);
        QCOMPARE(lanyard({u"friends"_s, u"add"_s, u"Ben"_s, write(u"ben.ics"_s, kBen)}).exitCode, 0);
        auto slots = [this](const QStringList &extra) {
            QStringList starts;
            const Run run = lanyard(QStringList{u"free-slots"_s, u"--day"_s, u"2013-07-06"_s, u"--json"_s} + extra);
            for (const QJsonValue &slot : jsonArray(run.out))
                starts.append(slot[u"start"_s].toString().mid(11, 5) + u'-' + slot[u"end"_s].toString().mid(11, 5));
            return starts;
        };
        const QStringList alone = slots({});
        QCOMPARE(alone.size(), 1);
        // Ana: 10:20-11:05, 13:00-13:30, busy 14:30-15:00; Ben: 10:20-11:05, 13:00-13:30.
        const QStringList group = slots({u"--with"_s, u"ana, Ben"_s});
        QCOMPARE(group, (QStringList{u"08:00-10:20"_s, u"11:05-13:00"_s, u"13:30-14:30"_s, u"15:00-22:00"_s}));
        const QStringList benOnly = slots({u"--with"_s, u"Ben"_s});
        QCOMPARE(benOnly, (QStringList{u"08:00-10:20"_s, u"11:05-13:00"_s, u"13:30-22:00"_s}));

        const Run text = lanyard({u"free-slots"_s, u"--day"_s, u"2013-07-06"_s, u"--with"_s, u"Ana"_s});
        QVERIFY2(text.out.contains("Ana: busy 14:30-15:00"), text.out.constData());
        const Run unknown = lanyard({u"free-slots"_s, u"--with"_s, u"Ana,Zed"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no friend called Zed (friends: Ana, Ben)"), unknown.err.constData());
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"missing.ics"_s << QByteArray() << u"no such file"_s;
        QTest::newRow("web page") << u"page.ics"_s << QByteArray("<!doctype html><html></html>") << u"is not an iCalendar file"_s;
        QTest::newRow("empty") << u"empty.ics"_s << QByteArray("\n") << u"is empty, not a calendar"_s;
        QTest::newRow("huge") << u"huge.ics"_s << QByteArray(5 * 1024 * 1024, 'x') << u"a friend's calendar may be at most 4 MiB"_s;
    }
    void badInputIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = bytes.isNull() ? m_dir->filePath(file) : write(file, bytes);
        const Run run = lanyard({u"friends"_s, u"add"_s, u"Cy"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("Cy was not added"), run.err.constData());
        QCOMPARE(jsonArray(lanyard({u"friends"_s, u"--json"_s}).out).size(), 0);
    }

    void publishedCalendarRefreshesWithSync()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        QByteArray served = kBen;
        int status = 200;
        server.setHandler([&](const LoopbackHttpServer::Request &) {
            return status == 200 ? LoopbackHttpServer::ok(served, "text/calendar")
                                 : LoopbackHttpServer::status(status, "Service Unavailable");
        });
        // A webcal address is fetched as https; the loopback server speaks plain http, so give it as such.
        const QString url = server.url(u"/ben.ics"_s).toString();
        Run run = lanyard({u"friends"_s, u"add"_s, u"Ben"_s, url});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // Ben's calendar changes: the next sync picks it up.
        served = kAna;
        run = lanyard({u"sync"_s});
        QVERIFY2(run.err.contains("friend Ben: calendar refreshed"), run.err.constData());
        QCOMPARE(jsonArray(lanyard({u"friends"_s, u"--json"_s}).out).at(0)[u"busy"_s].toInt(), 1);

        // The server fails: the last good copy stays, the failure is said and kept.
        status = 503;
        run = lanyard({u"sync"_s});
        QVERIFY2(run.err.contains("keeping the last good copy"), run.err.constData());
        const QJsonObject ben = jsonArray(lanyard({u"friends"_s, u"--json"_s}).out).at(0).toObject();
        QCOMPARE(ben[u"matched"_s].toInt(), 2);
        QCOMPARE(ben[u"busy"_s].toInt(), 1);
        QVERIFY2(ben[u"lastError"_s].toString().contains(u"503"_s), qPrintable(ben[u"lastError"_s].toString()));

        // An address that answers with no calendar is refused at add.
        status = 404;
        run = lanyard({u"friends"_s, u"add"_s, u"Cy"_s, server.url(u"/cy.ics"_s).toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("404") && run.err.contains("Cy was not added"), run.err.constData());
    }

    void backupCarriesFriends()
    {
        QCOMPARE(lanyard({u"friends"_s, u"add"_s, u"Ana"_s, write(u"ana.ics"_s, kAna)}).exitCode, 0);
        const QString backup = m_dir->filePath(u"backup.json"_s);
        QCOMPARE(lanyard({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, backup}).exitCode, 0);
        QCOMPARE(lanyard({u"friends"_s, u"remove"_s, u"Ana"_s}).exitCode, 0);
        QFile::remove(m_dir->filePath(u"ana.ics"_s));

        // Another laptop: a fresh database gets Ana back, calendar and all, without her file.
        m_db = m_dir->filePath(u"laptop.sqlite"_s);
        const Run run = lanyard({u"restore"_s, backup});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("friends: 1 added"), run.out.constData());
        QCOMPARE(friendsByTitle({u"events"_s, u"--day"_s, u"2013-07-06"_s, u"--json"_s}).value(u"Testing: Choose Your Weapons"_s),
                 QStringList{u"Ana"_s});
    }
};

QTEST_GUILESS_MAIN(TestFriendsCommandLine)
#include "tst_friendscommandline.moc"
