#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

/** How long and how much one fetch may take before it is abandoned. */
struct FetchLimits
{
    /** Abandon a transfer after this long without any data. */
    int stallTimeoutMs = 15000;
    /** Abandon a transfer that takes longer than this in all. */
    int totalTimeoutMs = 30000;
    /** Refuse a body larger than this (counted as it streams in, after gzip decoding). */
    qint64 maxBytes = 64LL * 1024 * 1024;
    int maxRedirects = 5;
    /**
     * A web page searched for links is cut at maxBytes instead of refused (FetchResult::cut
     * says so); a feed is always refused, since half a programme would read as a whole one.
     */
    bool cutAtMaxBytes = false;

    /** The defaults, overridden by the settings sync/stallTimeoutSeconds, sync/totalTimeoutSeconds, sync/maxMegabytes. */
    static FetchLimits fromSettings();
};

/** What one fetch brought back. */
struct FetchResult
{
    enum class Status { Fetched, NotModified, Failed };
    Status status = Status::Failed;
    /** The HTTP status of the final answer, 0 when there was none. */
    int httpStatus = 0;
    QByteArray body;
    QString etag;
    QString lastModified;
    QString contentType;
    /** The body stopped at FetchLimits::maxBytes (only with FetchLimits::cutAtMaxBytes). */
    bool cut = false;
    /** Where the body came from after redirects. */
    QUrl finalUrl;
    /** What failed, naming the URL and the HTTP status where there is one. */
    QString error;
    /** The failure may go away by itself (no network, a timeout, a server error): worth a retry. */
    bool transient = false;
};

/**
 * One HTTP GET of a feed, as a small job: conditional (If-None-Match, If-Modified-Since), gzip
 * accepted (Qt asks for and decodes it), redirects followed only to equally safe schemes (never
 * from https to http, never to another scheme) and at most `maxRedirects` of them, TLS errors
 * never ignored, bounded in time (without data, in all) and in size while the body streams in.
 * Reports finished() exactly once; the job can be deleted from the slot connected to it.
 */
class FeedFetchJob : public QObject
{
    Q_OBJECT
public:
    FeedFetchJob(QNetworkAccessManager &network, const QUrl &url, QString etag, QString lastModified, const FetchLimits &limits,
                 QObject *parent = nullptr);
    ~FeedFetchJob() override;

    void start();
    /** Stops the transfer; finished() reports `reason`. */
    void abort(const QString &reason);

    const FetchResult &result() const { return m_result; }
    const QUrl &url() const { return m_url; }
    bool isFinished() const { return m_finished; }

    /** "http://host/x.xml" or "http://host/x.xml (HTTP 500 Internal Server Error)": how errors name the source. */
    static QString describeSource(const QUrl &url, int httpStatus, const QString &reason = {});
    /** True when a redirect from `from` to `to` keeps the transfer as safe (https stays https). */
    static bool isAllowedRedirect(const QUrl &from, const QUrl &to);

Q_SIGNALS:
    /** Bytes received so far and the size announced (-1 when unknown). */
    void progress(qint64 received, qint64 total);
    /** The transfer is over; `error` is empty on success (a body, or 304 Not Modified). */
    void finished(const QString &error);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void get(const QUrl &url);
    void followRedirect(int status, const QByteArray &location);
    static bool isRedirect(int status);
    void onReplyFinished();
    void fail(const QString &message, bool transient = false);
    /** Ends a transfer that reached the size limit with what it has (FetchLimits::cutAtMaxBytes). */
    void cutHere();
    void finish();
    int currentStatus() const;
    QString here() const;

    QNetworkAccessManager &m_network;
    QUrl m_url;
    QUrl m_currentUrl;
    QString m_etag;
    QString m_lastModified;
    FetchLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_totalTimer;
    QElapsedTimer m_elapsed;
    QSet<QString> m_visited;
    int m_redirects = 0;
    qint64 m_received = 0;
    qint64 m_announced = -1;
    QStringList m_sslErrors;
    FetchResult m_result;
    bool m_failed = false;
    bool m_finished = false;
};
