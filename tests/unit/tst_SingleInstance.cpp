#include "shell/SingleInstance.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

/**
 * Two GUIs on one database: the second hands over its files and quits, the first keeps the
 * database; the command line reads alongside; a killed window's lock does not block the next.
 * Runs the real lanyard binary (LANYARD_BINARY) as the other process.
 */
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_binary;
    /**
     * How long a lanyard process may take to start, answer or end: generous, for the sanitizer
     * build on a loaded machine (a passing test waits only as long as the process takes).
     */
    static constexpr int kProcessMs = 60000;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"runtime"_s));
        env.remove(u"LANYARD_DB"_s);
        return env;
    }

    /** Starts lanyard with these arguments; the caller waits for it or kills it. */
    std::unique_ptr<QProcess> launch(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(m_binary, arguments);
        return process;
    }

    /** Runs lanyard to the end; fails the test when it does not end within `timeoutMs`. */
    bool run(const QStringList &arguments, int timeoutMs, int *exitCode, QByteArray *out, QByteArray *err = nullptr) const
    {
        auto process = launch(arguments);
        if (!process->waitForFinished(timeoutMs)) {
            process->kill();
            process->waitForFinished();
            return false;
        }
        *exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        *out = process->readAllStandardOutput();
        if (err)
            *err = process->readAllStandardError();
        return true;
    }

    /** True once a window answers on the database's socket (it has started up). */
    static bool answers(const QString &database)
    {
        QLocalSocket socket;
        socket.connectToServer(SingleInstance::serverNameFor(database));
        const bool connected = socket.waitForConnected(200);
        socket.abort();
        return connected;
    }

    static qint64 lockHolder(const QString &database)
    {
        QLockFile lock(database + u".lock"_s);
        qint64 pid = 0;
        QString host;
        QString application;
        return lock.getLockInfo(&pid, &host, &application) ? pid : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_binary = qEnvironmentVariable("LANYARD_BINARY");
        if (m_binary.isEmpty() || !QFile::exists(m_binary))
            QSKIP("LANYARD_BINARY does not name the built lanyard executable");
    }

    void serverNamePerDatabase()
    {
        const QString a = m_dir.filePath(u"names/a.sqlite"_s);
        const QString b = m_dir.filePath(u"names/b.sqlite"_s);
        QCOMPARE(SingleInstance::serverNameFor(a), SingleInstance::serverNameFor(m_dir.filePath(u"names/../names/a.sqlite"_s)));
        QVERIFY(SingleInstance::serverNameFor(a) != SingleInstance::serverNameFor(b));
        QVERIFY(SingleInstance::serverNameFor(a).size() < 60);
    }

    /** The test is the running window; a second launch with a file hands the file over and quits. */
    void secondLaunchHandsOverItsFiles()
    {
        const QString database = m_dir.filePath(u"handover/lanyard.sqlite"_s);
        SingleInstance running(database);
        QCOMPARE(running.start({}), SingleInstance::Role::Primary);
        QSignalSpy requests(&running, &SingleInstance::activationRequested);

        const QString file = m_dir.filePath(u"schedule.xml"_s);
        QFile::copy(qEnvironmentVariable("LANYARD_SOURCE_DIR") + u"/data/pyconau2013/schedule.xml"_s, file);
        QVERIFY(QFile::exists(file));
        auto second = launch({u"--db"_s, database, file});
        QVERIFY(requests.wait(kProcessMs));
        QVERIFY(second->waitForFinished(kProcessMs));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        const QString out = QString::fromUtf8(second->readAllStandardOutput());
        QVERIFY2(out.contains(u"already running"_s), qPrintable(out));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().constFirst().toStringList(), QStringList{file});

        // Without files, a second launch only asks the window to come forward.
        auto third = launch({u"--db"_s, database});
        QVERIFY(requests.wait(kProcessMs));
        QVERIFY(third->waitForFinished(kProcessMs));
        QCOMPARE(third->exitCode(), 0);
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.last().constFirst().toStringList().isEmpty());
    }

    /**
     * A window that listens but is still busy starting (its event loop blocked for longer than the
     * 5-second connect wait, as on a first start on a slow machine): the second launch waits for
     * its answer instead of failing with "does not answer".
     */
    void busyHolderIsWaitedFor()
    {
        const QString database = m_dir.filePath(u"busy/lanyard.sqlite"_s);
        SingleInstance running(database);
        QCOMPARE(running.start({}), SingleInstance::Role::Primary);
        QSignalSpy requests(&running, &SingleInstance::activationRequested);

        auto second = launch({u"--db"_s, database});
        QVERIFY(second->waitForStarted(kProcessMs));
        // Busy: no event is processed while the second launch connects and waits.
        QThread::sleep(7);
        QVERIFY(requests.wait(kProcessMs));
        QVERIFY(second->waitForFinished(kProcessMs));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY(QString::fromUtf8(second->readAllStandardOutput()).contains(u"already running"_s));
    }

    /** Two real windows on one database: only the first stays; the CLI reads alongside it. */
    void twoWindowsOnOneDatabase()
    {
        const QString database = m_dir.filePath(u"two/lanyard.sqlite"_s);
        auto first = launch({u"--db"_s, database});
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(answers(database), kProcessMs);
        QCOMPARE(lockHolder(database), first->processId());

        int code = -1;
        QByteArray out;
        QVERIFY(run({u"--db"_s, database}, kProcessMs, &code, &out));
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("already running"), out.constData());
        QCOMPARE(first->state(), QProcess::Running);

        // Command-line reads do not take the lock.
        QVERIFY(run({u"--db"_s, database, u"events"_s, u"--json"_s}, kProcessMs, &code, &out));
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 84);
        QCOMPARE(first->state(), QProcess::Running);

        // A window killed outright leaves its lock file behind; the next window is not blocked.
        first->kill();
        QVERIFY(first->waitForFinished(kProcessMs));
        QVERIFY(QFile::exists(database + u".lock"_s));
        auto next = launch({u"--db"_s, database});
        QVERIFY(next->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(answers(database), kProcessMs);
        QCOMPARE(lockHolder(database), next->processId());
        QCOMPARE(next->state(), QProcess::Running);
        next->terminate();
        QVERIFY(next->waitForFinished(kProcessMs));
        // A window that closes normally removes its lock.
        QVERIFY(!QFile::exists(database + u".lock"_s));
    }

    /** Another database is another window: both run. */
    void windowsOnDifferentDatabases()
    {
        const QString a = m_dir.filePath(u"apart/a.sqlite"_s);
        const QString b = m_dir.filePath(u"apart/b.sqlite"_s);
        auto first = launch({u"--db"_s, a});
        auto second = launch({u"--db"_s, b});
        QTRY_VERIFY_WITH_TIMEOUT(answers(a) && answers(b), kProcessMs);
        QCOMPARE(first->state(), QProcess::Running);
        QCOMPARE(second->state(), QProcess::Running);
        first->terminate();
        second->terminate();
        QVERIFY(first->waitForFinished(kProcessMs));
        QVERIFY(second->waitForFinished(kProcessMs));
    }

    /** A lock held by a live process that does not answer: the second launch says so and fails. */
    void holderThatDoesNotAnswer()
    {
        const QString database = m_dir.filePath(u"silent/lanyard.sqlite"_s);
        QDir().mkpath(m_dir.filePath(u"silent"_s));
        QLockFile lock(database + u".lock"_s);
        QVERIFY(lock.tryLock(0));
        int code = -1;
        QByteArray out;
        QByteArray err;
        QVERIFY(run({u"--db"_s, database}, kProcessMs, &code, &out, &err));
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("does not answer"), err.constData());
        QVERIFY(err.contains(QByteArray::number(QCoreApplication::applicationPid())));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_SingleInstance.moc"
