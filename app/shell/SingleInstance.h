#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;

/**
 * One window per database. The first GUI on a database holds a lock file beside it
 * (`lanyard.sqlite.lock`, QLockFile: a killed holder is detected by its process id) and listens
 * on a local socket named after the database; a second GUI on the same database finds the lock
 * taken, hands its files to the first over the socket and quits, and the first brings its
 * window forward. Command-line verbs take no lock: they read alongside a running window.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        /** This process holds the lock and listens: it runs the window. */
        Primary,
        /** Another process has the database; the message was delivered to it. */
        HandedOver,
        /** The lock is held but its holder does not answer (still starting, or hung). */
        Unreachable,
        /** The lock file could not be created (no permission, no folder). */
        Failed,
    };
    Q_ENUM(Role)

    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * Takes the lock and starts listening, or else hands `files` to the running instance and
     * asks it to come forward. Waits up to `connectMs` for the holder to listen; a holder that
     * took the connection is alive but may be busy starting up (a first start imports the bundled
     * programme), so its answer is waited for up to `answerMs`.
     */
    Role start(const QStringList &files, int connectMs = 5000, int answerMs = 60000);

    /** Why start() did not return Primary, for the user. */
    QString errorString() const { return m_error; }
    /** The process id of the running instance (after HandedOver or Unreachable), else 0. */
    qint64 holderPid() const { return m_holderPid; }

    QString lockFilePath() const;
    /** The local socket name: per user and per database (a hash of the database's absolute path). */
    QString serverName() const;
    static QString serverNameFor(const QString &databasePath);

Q_SIGNALS:
    /** A second launch asked this window to come forward and to open these files (absolute paths). */
    void activationRequested(const QStringList &files);

private:
    bool listen();
    bool handOver(const QStringList &files, int connectMs, int answerMs);
    void readMessage(class QLocalSocket *socket);

    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
    qint64 m_holderPid = 0;
};
