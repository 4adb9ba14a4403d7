#include "VerifiedFileStamp.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** The file's identity and times as one line, or empty when it cannot be read. */
QByteArray describe(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return QByteArray::number(quint64(info.st_dev)) + ' ' + QByteArray::number(quint64(info.st_ino)) + ' '
        + QByteArray::number(qint64(info.st_size)) + ' ' + QByteArray::number(qint64(info.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(info.st_mtim.tv_nsec)) + ' ' + QByteArray::number(qint64(info.st_ctim.tv_sec)) + '.'
        + QByteArray::number(qint64(info.st_ctim.tv_nsec)) + '\n';
}

bool hasWriteAheadLog(const QString &path)
{
    const QFileInfo log(path + u"-wal"_s);
    return log.exists() && log.size() > 0;
}
} // namespace

namespace VerifiedFileStamp
{

QString stampPath(const QString &path)
{
    return path + u"-verified"_s;
}

bool matches(const QString &path)
{
    if (hasWriteAheadLog(path))
        return false;
    QFile stamp(stampPath(path));
    if (!stamp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray now = describe(path);
    return !now.isEmpty() && stamp.read(now.size() + 1) == now;
}

void recordIfClosed(const QString &path)
{
    if (hasWriteAheadLog(path))
        return;
    const QByteArray now = describe(path);
    if (now.isEmpty())
        return;
    // Written whole or not at all: a half-written stamp must not match.
    QSaveFile stamp(stampPath(path));
    if (stamp.open(QIODevice::WriteOnly) && stamp.write(now) == now.size())
        stamp.commit();
}

void forget(const QString &path)
{
    QFile::remove(stampPath(path));
}

} // namespace VerifiedFileStamp
