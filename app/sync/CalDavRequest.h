#pragma once

#include "FeedFetchJob.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/** What the server answered to one WebDAV request (any HTTP status counts as an answer). */
struct CalDavResponse
{
    /** 0 when no HTTP answer arrived (network error, timeout, refused redirect, size limit). */
    int status = 0;
    QString reason;
    QByteArray body;
    QString etag;
    QUrl finalUrl;
    /** Set when there is no usable answer: names the server and the HTTP status or network error. */
    QString error;
    bool transient = false;

    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    /** "https://host/path (HTTP 412 Precondition Failed)". */
    QString source() const { return FeedFetchJob::describeSource(finalUrl, status, reason); }
};

/**
 * One WebDAV/CalDAV request (PROPFIND, REPORT, MKCALENDAR, GET, PUT, DELETE) as a small job, with
 * the limits a feed fetch has (FetchLimits: time without data, time in all, body size, number of
 * redirects; FeedFetchJob::isAllowedRedirect for each hop), TLS errors never ignored, and HTTP
 * Basic credentials sent only to the host the request started at. Reports finished() once.
 */
class CalDavRequest : public QObject
{
    Q_OBJECT
public:
    struct Credentials
    {
        QString user;
        QString password;
    };

    CalDavRequest(QNetworkAccessManager &network, QByteArray method, const QUrl &url, QByteArray body,
                  const QList<QPair<QByteArray, QByteArray>> &headers, Credentials credentials, const FetchLimits &limits,
                  QObject *parent = nullptr);
    ~CalDavRequest() override;

    void start();
    const CalDavResponse &response() const { return m_response; }

Q_SIGNALS:
    void finished();

private:
    void send(const QUrl &url);
    void onReadyRead();
    void onReplyFinished();
    void fail(const QString &message, bool transient);
    void finish();
    int currentStatus() const;

    QNetworkAccessManager &m_network;
    QByteArray m_method;
    QUrl m_url;
    QUrl m_currentUrl;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    Credentials m_credentials;
    FetchLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_totalTimer;
    QStringList m_sslErrors;
    int m_redirects = 0;
    qint64 m_received = 0;
    CalDavResponse m_response;
    bool m_finished = false;
};
