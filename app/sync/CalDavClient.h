#pragma once

#include "CalDavRequest.h"
#include "CalDavXml.h"

#include <QUrl>

/**
 * Requests to one CalDAV server with one set of credentials, each run to its end before the next
 * (a sync is a sequence of dependent steps). Each request is a CalDavRequest job on the process's
 * one network manager; the caller's thread keeps processing events while it waits.
 */
class CalDavClient
{
public:
    CalDavClient(QNetworkAccessManager &network, CalDavRequest::Credentials credentials, const FetchLimits &limits);

    CalDavResponse send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /** PROPFIND with the given <prop> children (XML, namespaces d: and c: and cs: declared). */
    CalDavResponse propfind(const QUrl &url, int depth, const QString &props);

    /** What discovery found: the collection's URL and name. */
    struct Collection
    {
        QUrl url;
        QString displayName;
        bool created = false;
    };
    /**
     * From the server root, a principal or a collection to the calendar collection named
     * `displayName`: RFC 6764 /.well-known/caldav, current-user-principal, calendar-home-set; made
     * with MKCALENDAR when the home has none of that name. Nothing with a message on failure.
     */
    std::optional<Collection> discover(const QUrl &given, const QString &displayName, QString *errorMessage);

    /** The message for an answer that is not the expected one: the server, the HTTP status, and what it means. */
    static QString describeFailure(const CalDavResponse &response, const QString &what);

private:
    std::optional<QUrl> principalOf(const QUrl &url, QString *errorMessage, bool *isCalendar, QString *calendarName);

    QNetworkAccessManager &m_network;
    CalDavRequest::Credentials m_credentials;
    FetchLimits m_limits;
};
