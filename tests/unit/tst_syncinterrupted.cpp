#include "DatabaseDump.h"
#include "GeneratedFeed.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"
#include "sync/ScheduleImport.h"
#include "sync/SubscriptionStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr int kEvents = 12000;

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
 * A `lanyard sync` killed with SIGKILL at several points (while downloading, after the download,
 * while the new programme is being written) leaves a sound database holding the previous
 * programme or, if the kill came after the commit, the new one: never a mixture, and the
 * bookmarks always intact.
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

    /** Empties the write-ahead log, so that the child's writing shows as the log growing. */
    void checkpoint()
    {
        {
            QSqlDatabase db = open(u"checkpoint"_s);
            QSqlQuery query(db);
            query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"checkpoint"_s);
    }

    qint64 walSize() const { return QFileInfo(m_db + u"-wal"_s).size(); }

    /** Puts version 1 back (after a kill that came too late) through the normal import path. */
    void loadVersion1()
    {
        Database database(m_db);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        ScheduleStore store(database);
        ImportOptions options;
        options.sourceName = u"generated v1"_s;
        const ImportOutcome outcome =
            ScheduleImport::importBytes(store, m_version1, options, m_url, QDateTime::currentDateTimeUtc());
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
            for (int i = 0; i < events.size(); i += 499) {
                QVERIFY(user.setPriority(events[i].id, u"bigcon"_s, Priority::MustSee));
                QVERIFY(user.setNote(events[i].id, u"bigcon"_s, u"note %1"_s.arg(i)));
            }
        }
        const QStringList bookmarks = userData();
        QVERIFY(bookmarks.size() > 15);

        // Kill points: during the download (after some chunks), right after it, and while the
        // programme is being written (the log grows past 64 KiB), then later and later.
        struct Point
        {
            QString name;
            std::function<bool(qint64 sinceBodyMs)> reached;
        };
        const qint64 total = server.size();
        const QList<Point> points = {
            {u"after 64 KiB"_s, [&](qint64) { return server.sent() >= 64 * 1024; }},
            {u"half downloaded"_s, [&](qint64) { return server.sent() >= total / 2; }},
            {u"body complete"_s, [&](qint64 since) { return since >= 0; }},
            {u"writing 1"_s, [&](qint64 since) { return since >= 0 && walSize() > 64 * 1024; }},
            {u"writing 2"_s, [&](qint64 since) { return since >= 0 && walSize() > 512 * 1024; }},
            {u"writing 3"_s, [&](qint64 since) { return since >= 0 && walSize() > 2 * 1024 * 1024; }},
            {u"200 ms after"_s, [&](qint64 since) { return since >= 200; }},
            {u"600 ms after"_s, [&](qint64 since) { return since >= 600; }},
            {u"1200 ms after"_s, [&](qint64 since) { return since >= 1200; }},
            {u"2500 ms after"_s, [&](qint64 since) { return since >= 2500; }},
        };

        int keptWhileWriting = 0;
        int newAfterCommit = 0;
        for (const Point &point : points) {
            checkpoint();
            server.reset();
            QProcess child;
            child.start(qEnvironmentVariable("LANYARD_BINARY"), {u"--db"_s, m_db, u"sync"_s});
            QVERIFY(child.waitForStarted());
            QElapsedTimer sinceBody;
            bool killed = false;
            QElapsedTimer overall;
            overall.start();
            while (child.state() != QProcess::NotRunning && overall.elapsed() < 60000) {
                QTest::qWait(1);
                if (server.done() && !sinceBody.isValid())
                    sinceBody.start();
                if (point.reached(sinceBody.isValid() ? sinceBody.elapsed() : -1)) {
                    ::kill(pid_t(child.processId()), SIGKILL);
                    killed = true;
                    break;
                }
            }
            const qint64 walAtKill = walSize();
            child.waitForFinished(10000);

            const QString check = integrity();
            const Programme now = programme();
            qInfo().noquote() << u"%1: %2, wal %3 bytes, integrity %4, v1 %5, v2 %6"_s.arg(point.name)
                                     .arg(killed ? u"killed"_s : u"finished before the kill"_s)
                                     .arg(walAtKill)
                                     .arg(check)
                                     .arg(now.v1)
                                     .arg(now.v2);
            QCOMPARE(check, u"ok"_s);
            QCOMPARE(now.other, 0);
            // All of one programme or all of the other, never a mixture.
            QVERIFY2((now.v1 == kEvents && now.v2 == 0) || (now.v2 == kEvents && now.v1 == 0),
                     qPrintable(u"%1 events of v1 and %2 of v2"_s.arg(now.v1).arg(now.v2)));
            const QStringList user = userData();
            QVERIFY2(user == bookmarks, qPrintable(DatabaseDump::difference(bookmarks, user)));

            if (now.v1 == kEvents && killed && point.name.startsWith(u"writing"_s))
                ++keptWhileWriting;
            if (now.v2 == kEvents) {
                ++newAfterCommit;
                loadVersion1();
                QCOMPARE(programme().v1, kEvents);
            }
        }
        qInfo() << "kills while writing that kept the previous programme:" << keptWhileWriting
                << "; runs that had committed the new one:" << newAfterCommit;
        // The point of the test: a kill in the middle of writing happened and changed nothing.
        QVERIFY2(keptWhileWriting >= 1, "no kill landed while the new programme was being written");

        // And the database still syncs normally afterwards.
        checkpoint();
        server.reset();
        QProcess child;
        child.start(qEnvironmentVariable("LANYARD_BINARY"), {u"--db"_s, m_db, u"sync"_s});
        QSignalSpy finished(&child, &QProcess::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(programme().v2, kEvents);
        QCOMPARE(userData(), bookmarks);
        QCOMPARE(integrity(), u"ok"_s);
#endif
    }
};

QTEST_GUILESS_MAIN(TestSyncInterrupted)
#include "tst_syncinterrupted.moc"
