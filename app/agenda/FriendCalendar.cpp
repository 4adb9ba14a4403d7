#include "FriendCalendar.h"

#include "IcsBookmarkImport.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace FriendCalendar
{

QString normalizeSource(const QString &typed, QString *errorMessage)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        if (errorMessage)
            *errorMessage = u"no calendar file or address given"_s;
        return {};
    }
    if (text.contains(u"://"_s)) {
        QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        // webcal is http(s) by another name; a published calendar is fetched over https.
        if (scheme == u"webcal"_s || scheme == u"webcals"_s)
            url.setScheme(u"https"_s);
        const QString fetched = url.scheme().toLower();
        if (!url.isValid() || (fetched != u"http"_s && fetched != u"https"_s) || url.host().isEmpty()) {
            if (errorMessage)
                *errorMessage = u"\"%1\" is not a calendar file, nor an https or webcal address"_s.arg(text);
            return {};
        }
        url.setFragment({});
        return url.toString(QUrl::FullyEncoded);
    }
    return QFileInfo(text).absoluteFilePath();
}

std::optional<QByteArray> readFile(const QString &path, QString *errorMessage)
{
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    if (!info.exists())
        return fail(u"%1: no such file"_s.arg(path));
    if (info.isDir())
        return fail(u"%1 is a folder, not a calendar file"_s.arg(path));
    if (info.size() > kMaxBytes)
        return fail(u"%1 is %2 MiB; a friend's calendar may be at most %3 MiB"_s.arg(path)
                        .arg(double(info.size()) / double(1024 * 1024), 0, 'f', 1)
                        .arg(kMaxBytes / (qint64(1024) * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1 cannot be read: %2"_s.arg(path, file.errorString()));
    // Read one byte past the limit: a file that grew since it was measured is still refused.
    QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return fail(u"%1 is larger than %2 MiB, too large for a friend's calendar"_s.arg(path).arg(kMaxBytes / (qint64(1024) * 1024)));
    if (file.error() != QFileDevice::NoError)
        return fail(u"%1 cannot be read: %2"_s.arg(path, file.errorString()));
    return bytes;
}

QString check(const QByteArray &bytes, const QString &sourceName, const QList<Conference> &conferences)
{
    if (bytes.size() > kMaxBytes)
        return u"%1 is larger than %2 MiB, too large for a friend's calendar"_s.arg(sourceName).arg(kMaxBytes / (qint64(1024) * 1024));
    if (bytes.trimmed().isEmpty())
        return u"%1 is empty, not a calendar"_s.arg(sourceName);
    return IcsBookmarkImport::readEntries(bytes, sourceName, conferences).error;
}

} // namespace FriendCalendar
