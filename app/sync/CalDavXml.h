#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One property of a WebDAV multistatus answer: its text, the hrefs and child element names in it. */
struct DavProperty
{
    /** The propstat's status (200 when found, 404 when the server has no such property). */
    int status = 0;
    QString text;
    QStringList hrefs;
    /** "namespace|local" of each element directly inside (resourcetype, supported-report-set, ...). */
    QStringList children;
};

/** One <response> of a multistatus. */
struct DavResponse
{
    QString href;
    /** The response's own <status> (sync-collection reports removed members as 404), else 0. */
    int status = 0;
    /** Keyed "namespace|local", e.g. "DAV:|getetag". */
    QHash<QString, DavProperty> properties;

    const DavProperty *property(const QString &key) const;
    /** The property's text when the server has it (status 200), else empty. */
    QString text(const QString &key) const;
};

/** A parsed 207 Multi-Status body (RFC 4918 section 13) with RFC 6578's sync-token. */
struct DavMultiStatus
{
    QList<DavResponse> responses;
    QString syncToken;
};

namespace CalDavXml
{
inline const QString dav = QStringLiteral("DAV:");
inline const QString caldav = QStringLiteral("urn:ietf:params:xml:ns:caldav");
inline const QString calendarServer = QStringLiteral("http://calendarserver.org/ns/");

/** Parses a multistatus body; nothing with a message when it is not well-formed XML or not a multistatus. */
std::optional<DavMultiStatus> parse(const QByteArray &body, QString *errorMessage);
/** "HTTP/1.1 404 Not Found" -> 404. */
int statusCode(const QString &statusLine);
QString key(const QString &ns, const QString &local);
/** XML text content escaping for request bodies. */
QString escape(const QString &text);
} // namespace CalDavXml
