#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "lanyard.instance", QtInfoMsg)

namespace
{
/** A message is one line of JSON; anything longer than this is not from Lanyard. */
constexpr qsizetype kMaxMessageBytes = 1 << 20;

QString absoluteDatabasePath(const QString &path)
{
    const QFileInfo info(path);
    // The canonical path when the file exists, so that two spellings of one file agree.
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(absoluteDatabasePath(databasePath))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::lockFilePath() const
{
    return m_databasePath + u".lock"_s;
}

QString SingleInstance::serverNameFor(const QString &databasePath)
{
    const QByteArray hash = QCryptographicHash::hash(absoluteDatabasePath(databasePath).toUtf8(), QCryptographicHash::Sha1);
    // Short enough for a Unix socket path; the user id keeps two users' sockets apart in /tmp.
    return u"lanyard-%1-%2"_s.arg(::getuid()).arg(QString::fromLatin1(hash.toHex().left(16)));
}

QString SingleInstance::serverName() const
{
    return serverNameFor(m_databasePath);
}

SingleInstance::Role SingleInstance::start(const QStringList &files, int connectMs, int answerMs)
{
    const QFileInfo database(m_databasePath);
    if (!QDir().mkpath(database.absolutePath())) {
        m_error = u"cannot create the folder %1"_s.arg(database.absolutePath());
        return Role::Failed;
    }
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // Held for as long as the window is open: never stale by age, only when its process is gone.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        if (!listen())
            return Role::Failed;
        return Role::Primary;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_error = u"cannot create the lock file %1"_s.arg(lockFilePath());
        return Role::Failed;
    }
    QString host;
    QString application;
    m_lock->getLockInfo(&m_holderPid, &host, &application);
    if (handOver(files, connectMs, answerMs))
        return Role::HandedOver;
    return Role::Unreachable;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket left by a killed instance is stale and can go.
    QLocalServer::removeServer(serverName());
    if (!m_server->listen(serverName())) {
        m_error = u"cannot listen on %1: %2"_s.arg(serverName(), m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        }
    });
    qCDebug(lcInstance) << "listening as" << m_server->fullServerName();
    return true;
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessageBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(kMaxMessageBytes);
    QJsonParseError error;
    const QJsonDocument message = QJsonDocument::fromJson(line, &error);
    if (!message.isObject()) {
        qCWarning(lcInstance) << "ignoring a malformed message from another launch:" << error.errorString();
        socket->abort();
        return;
    }
    QStringList files;
    const QJsonArray list = message.object().value(u"files"_s).toArray();
    for (const QJsonValue &file : list) {
        if (file.isString() && !file.toString().isEmpty())
            files.append(file.toString());
    }
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT activationRequested(files);
}

bool SingleInstance::handOver(const QStringList &files, int connectMs, int answerMs)
{
    QJsonArray list;
    for (const QString &file : files)
        list.append(QFileInfo(file).absoluteFilePath());
    const QByteArray message = QJsonDocument(QJsonObject{{u"files"_s, list}}).toJson(QJsonDocument::Compact) + '\n';

    const QDeadlineTimer connectDeadline(connectMs);
    QString lastError;
    // The holder may still be starting up (lock taken, not yet listening): try until the deadline.
    do {
        QLocalSocket socket;
        socket.connectToServer(serverName());
        if (socket.waitForConnected(int(std::clamp<qint64>(connectDeadline.remainingTime(), 1, 1000)))) {
            // Connected: the holder is alive and listening, but its event loop may not run yet
            // (still opening the database or loading the window). Give it the longer wait.
            const QDeadlineTimer answerDeadline(answerMs);
            socket.write(message);
            if (socket.waitForBytesWritten(int(qMax<qint64>(1, answerDeadline.remainingTime())))) {
                while (!socket.canReadLine() && socket.waitForReadyRead(int(qMax<qint64>(1, answerDeadline.remainingTime())))) { }
                if (socket.readLine().trimmed() == "ok")
                    return true;
            }
            lastError = socket.errorString();
            if (answerDeadline.hasExpired())
                break;
        } else {
            lastError = socket.errorString();
        }
        QThread::msleep(100);
    } while (!connectDeadline.hasExpired());
    m_error =
        u"Lanyard is already running on %1 (process %2) but does not answer: %3"_s.arg(m_databasePath).arg(m_holderPid).arg(lastError);
    return false;
}
