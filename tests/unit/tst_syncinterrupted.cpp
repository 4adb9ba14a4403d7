#include "DatabaseDump.h"
#include "GeneratedFeed.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/SubscriptionStore.h"
#include "store/UserDataStore.h"
#include "sync/BundledProgramme.h"
#include "sync/ScheduleImport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace
{
// Sized to the slowest build that runs it: the sanitizer build goes through the same code with a
// smaller programme and fewer random kills.
#ifdef LANYARD_SANITIZED_BUILD
constexpr int kEvents = 500;
constexpr int kRandomKills = 1;
#else
constexpr int kEvents = 6000;
constexpr int kRandomKills = 4;
#endif

/** Serves one body slowly (64 KiB every 10 ms) and says how much it has sent. */
class SlowServer : public QObject
{
public:
    explicit SlowServer(const QByteArray &body)
        : m_body(body)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return u"http://127.0.0.1:%1/big.xml"_s.arg(m_server.serverPort()); }
    qint64 sent() const { return m_sent; }
    bool done() const { return m_sent >= m_body.size(); }
    qint64 size() const { return m_body.size(); }
    void reset() { m_sent = 0; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            m_sent = 0;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(m_body.size()) + "\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer] {
                if (socket->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    return;
                }
                const QByteArray chunk = m_body.mid(m_sent, 64 * 1024);
                socket->write(chunk);
                m_sent += chunk.size();
                if (m_sent >= m_body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                }
            });
            timer->start(10);
        });
    }

    QTcpServer m_server;
    QByteArray m_body;
    qint64 m_sent = 0;
};
} // namespace

/**
 * A `lanyard sync` killed with SIGKILL while it downloads, while it writes the new programme and
 * after it committed it leaves a sound database holding the previous programme or, if the kill came
 * after the commit, the new one: never a mixture, and the bookmarks always intact.
 *
 * The kills land where the test means them to, on any machine and build: the program is started
 * with LANYARD_TEST_STOP_AT naming a point (app/core/TestStopPoint.h) and kills itself there.
 * - `sync-body-half`: half of the feed received (the server sends it slowly); the previous programme.
 * - `import-write`: inside the sync's import transaction, the previous events deleted and half of
 *   the new ones written; the previous programme.
 * - `import-commit`: inside that transaction, everything written, before the commit; the previous
 *   programme.
 * - `sync-imported`: the import committed, the subscription not yet updated; the new programme.
 * Kills at random moments come on top, as an extra: only what every kill must leave is checked,
 * never where one landed.
 */
class TestSyncInterrupted : public QObject
{
    Q_OBJECT

    struct Programme
    {
        int v1 = 0;
        int v2 = 0;
        int other = 0;
    };

    /** A fresh connection of this test's own, so each check sees the file as a new process would. */
    QSqlDatabase open(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_db);
        db.open();
        return db;
    }

    /** PRAGMA integrity_check: "ok" when sound, else every problem it names. */
    QString integrity()
    {
        QStringList problems;
        {
            QSqlDatabase db = open(u"check"_s);
            QSqlQuery query(db);
            query.exec(u"PRAGMA integrity_check"_s);
            while (query.next())
                problems.append(query.value(0).toString());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return problems.join(u"; "_s);
    }

    Programme programme()
    {
        Programme p;
        {
            QSqlDatabase db = open(u"programme"_s);
            QSqlQuery query(db);
            query.exec(u"SELECT title FROM events WHERE conference_id = 'bigcon'"_s);
            while (query.next()) {
                const QString title = query.value(0).toString();
                if (title.endsWith(u" v1"_s))
                    ++p.v1;
                else if (title.endsWith(u" v2"_s))
                    ++p.v2;
                else
                    ++p.other;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"programme"_s);
        return p;
    }

    QStringList userData()
    {
        QStringList lines;
        {
            QSqlDatabase db = open(u"user"_s);
            lines = DatabaseDump::table(db, u"user_events"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"user"_s);
        return lines;
    }

    struct Run
    {
        bool finished = false;
        QProcess::ExitStatus status = QProcess::NormalExit;
        int exitCode = -1;
        QByteArray err;
        qint64 ms = 0;
    };

    /**
     * Runs `lanyard sync` while this event loop serves the feed, stopped at `stopAt` when it names a
     * point, or killed after `killAfterMs` when that is not negative.
     */
    Run runSync(const QString &stopAt = {}, int killAfterMs = -1)
    {
        QProcess child;
        if (!stopAt.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"LANYARD_TEST_STOP_AT"_s, stopAt);
            child.setProcessEnvironment(environment);
        }
        QSignalSpy finished(&child, &QProcess::finished);
        QElapsedTimer timer;
        timer.start();
        child.start(qEnvironmentVariable("LANYARD_BINARY"), {u"--db"_s, m_db, u"sync"_s});
        Run run;
        if (!child.waitForStarted())
            return run;
        if (killAfterMs >= 0 && !finished.wait(killAfterMs))
            child.kill(); // SIGKILL
        // Not waitForFinished(): the server lives in this event loop.
        run.finished = !finished.isEmpty() || finished.wait(120000);
        if (!run.finished) {
            child.kill();
            child.waitForFinished();
        }
        run.ms = timer.elapsed();
        run.status = child.exitStatus();
        run.exitCode = child.exitCode();
        run.err = child.readAllStandardError();
        return run;
    }

    /**
     * What every kill must leave: a sound file, all of one programme or all of the other, the
     * bookmarks as they were. The version left (1 or 2) in `version`.
     */
    void checkAfterKill(const QString &what, const QStringList &bookmarks, int *version)
    {
        const QString check = integrity();
        const Programme now = programme();
        qInfo().noquote() << u"%1: integrity %2, v1 %3, v2 %4"_s.arg(what, check).arg(now.v1).arg(now.v2);
        QCOMPARE(check, u"ok"_s);
        QCOMPARE(now.other, 0);
        QVERIFY2((now.v1 == kEvents && now.v2 == 0) || (now.v2 == kEvents && now.v1 == 0),
                 qPrintable(u"%1: %2 events of v1 and %3 of v2"_s.arg(what).arg(now.v1).arg(now.v2)));
        const QStringList user = userData();
        QVERIFY2(user == bookmarks, qPrintable(DatabaseDump::difference(bookmarks, user)));
        *version = now.v1 == kEvents ? 1 : 2;
    }

    /** Puts version 1 back (after a kill that came too late) through the normal import path. */
    void loadVersion1()
    {
        Database database(m_db);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        ScheduleStore store(database);
        ImportOptions options;
        options.sourceName = u"generated v1"_s;
        const ImportOutcome outcome = ScheduleImport::importBytes(store, m_version1, options, m_url, QDateTime::currentDateTimeUtc());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_url;
    QByteArray m_version1;

private Q_SLOTS:
    void killedSyncLeavesThePreviousProgramme()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs SIGKILL");
#else
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_BINARY")), "LANYARD_BINARY must name the built program");
        m_db = m_dir.filePath(u"killed.sqlite"_s);
        m_version1 = generatedFeed(kEvents, 1);
        SlowServer server(generatedFeed(kEvents, 2));
        QVERIFY(server.listen());
        m_url = server.url();

        // The previous programme, a subscription to the new one, and the user's bookmarks.
        {
            Database database(m_db);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            // The bundled programme first, as the program's first start loads it: the only import
            // the stopped runs pass through is then the sync's own.
            ScheduleStore bundled(database);
            QVERIFY2(BundledProgramme::ensureLoaded(bundled, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
            loadVersion1();
            SubscriptionStore subscriptions(database);
            const auto subscription = subscriptions.add(m_url, {}, QDateTime::currentDateTimeUtc(), &error);
            QVERIFY2(subscription, qPrintable(error));
            QVERIFY(subscriptions.recordSuccess(subscription->id, u"bigcon"_s, {}, {}, QDateTime::currentDateTimeUtc()));
            ScheduleStore store(database);
            UserDataStore user(database);
            QVERIFY(user.load());
            const QList<Event> events = store.events(u"bigcon"_s);
            QCOMPARE(events.size(), kEvents);
            for (int i = 0; i < events.size(); i += kEvents / 24) {
                QVERIFY(user.setPriority(events[i].id, u"bigcon"_s, Priority::MustSee));
                QVERIFY(user.setNote(events[i].id, u"bigcon"_s, u"note %1"_s.arg(i)));
            }
        }
        const QStringList bookmarks = userData();
        QVERIFY(bookmarks.size() >= 20);

        // The chosen points, each with the programme it must leave.
        const QList<std::pair<QString, int>> points = {
            {u"sync-body-half"_s, 1}, {u"import-write"_s, 1}, {u"import-commit"_s, 1}, {u"sync-imported"_s, 2}};
        qint64 wholeMs = 0;
        for (const auto &[point, expected] : points) {
            server.reset();
            const Run run = runSync(point);
            QVERIFY2(run.finished, qPrintable(point));
            const QByteArray marker = "stopped at test point " + point.toUtf8();
            QVERIFY2(run.status == QProcess::CrashExit && run.err.contains(marker),
                     qPrintable(u"did not stop at %1 (exit code %2): %3"_s.arg(point).arg(run.exitCode).arg(QString::fromUtf8(run.err))));
            int version = 0;
            checkAfterKill(point, bookmarks, &version);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(version, expected);
            if (version == 2) {
                wholeMs = run.ms;
                loadVersion1();
                QCOMPARE(programme().v1, kEvents);
            }
        }

        // An extra: kills at random moments, anywhere from start-up to a little after the end.
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const quint32 seed = random.generate();
        random.seed(seed);
        qInfo("random seed %u; a sync takes %lld ms", seed, wholeMs);
        for (int round = 0; round < kRandomKills; ++round) {
            server.reset();
            const int delay = int(random.bounded(quint32(wholeMs * 11 / 10 + 1)));
            const Run run = runSync({}, delay);
            QVERIFY(run.finished);
            int version = 0;
            checkAfterKill(u"killed after %1 ms"_s.arg(delay), bookmarks, &version);
            if (QTest::currentTestFailed())
                return;
            // Not killed: the sync ran to its end and the new programme is in.
            QVERIFY(run.status == QProcess::CrashExit || version == 2);
            if (version == 2) {
                loadVersion1();
                QCOMPARE(programme().v1, kEvents);
            }
        }

        // And the database still syncs normally afterwards.
        server.reset();
        const Run last = runSync();
        QVERIFY(last.finished);
        QVERIFY2(last.status == QProcess::NormalExit && last.exitCode == 0, last.err.constData());
        QCOMPARE(programme().v2, kEvents);
        QCOMPARE(userData(), bookmarks);
        QCOMPARE(integrity(), u"ok"_s);
#endif
    }
};

QTEST_GUILESS_MAIN(TestSyncInterrupted)
#include "tst_syncinterrupted.moc"
