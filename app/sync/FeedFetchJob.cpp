#include "FeedFetchJob.h"

#include "core/TestStopPoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QSslError>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "lanyard.sync", QtWarningMsg)

namespace
{
QString seconds(int milliseconds)
{
    if (milliseconds % 1000 == 0)
        return u"%1 s"_s.arg(milliseconds / 1000);
    return u"%1 s"_s.arg(milliseconds / 1000.0, 0, 'f', 1);
}

QString megabytes(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    return u"%1 MiB"_s.arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

/** A URL as the loop check compares it: no fragment, default port spelled out. */
QString visitKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}
} // namespace

FetchLimits FetchLimits::fromSettings()
{
    FetchLimits limits;
    const QSettings settings;
    const auto positive = [&settings](const QString &key, double fallback) {
        bool ok = false;
        const double value = settings.value(key).toDouble(&ok);
        return ok && value > 0 ? value : fallback;
    };
    limits.stallTimeoutMs = int(positive(u"sync/stallTimeoutSeconds"_s, limits.stallTimeoutMs / 1000.0) * 1000);
    limits.totalTimeoutMs = int(positive(u"sync/totalTimeoutSeconds"_s, limits.totalTimeoutMs / 1000.0) * 1000);
    limits.maxBytes = qint64(positive(u"sync/maxMegabytes"_s, double(limits.maxBytes) / (1024 * 1024)) * 1024 * 1024);
    return limits;
}

FeedFetchJob::FeedFetchJob(QNetworkAccessManager &network, const QUrl &url, QString etag, QString lastModified, const FetchLimits &limits,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_currentUrl(url)
    , m_etag(std::move(etag))
    , m_lastModified(std::move(lastModified))
    , m_limits(limits)
{
    m_result.finalUrl = url;
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(m_limits.stallTimeoutMs);
    m_totalTimer.setSingleShot(true);
    m_totalTimer.setInterval(m_limits.totalTimeoutMs);
    connect(&m_stallTimer, &QTimer::timeout, this,
            [this] { fail(u"%1: no data for %2; the transfer was abandoned"_s.arg(here(), seconds(m_limits.stallTimeoutMs)), true); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        fail(u"%1: the transfer took longer than %2 and was abandoned"_s.arg(here(), seconds(m_limits.totalTimeoutMs)), true);
    });
}

FeedFetchJob::~FeedFetchJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString FeedFetchJob::describeSource(const QUrl &url, int httpStatus, const QString &reason)
{
    const QString address = url.toDisplayString();
    if (httpStatus <= 0)
        return address;
    if (reason.isEmpty())
        return u"%1 (HTTP %2)"_s.arg(address).arg(httpStatus);
    return u"%1 (HTTP %2 %3)"_s.arg(address).arg(httpStatus).arg(reason);
}

bool FeedFetchJob::isAllowedRedirect(const QUrl &from, const QUrl &to)
{
    const QString fromScheme = from.scheme().toLower();
    const QString toScheme = to.scheme().toLower();
    if (toScheme == u"https"_s)
        return fromScheme == u"https"_s || fromScheme == u"http"_s;
    if (toScheme == u"http"_s)
        return fromScheme == u"http"_s;
    return false;
}

int FeedFetchJob::currentStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : m_result.httpStatus;
}

QString FeedFetchJob::here() const
{
    return describeSource(m_currentUrl, currentStatus());
}

void FeedFetchJob::start()
{
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || m_url.host().isEmpty()) {
        m_failed = true;
        m_result.error = u"\"%1\" is not an http or https address"_s.arg(m_url.toDisplayString());
        QTimer::singleShot(0, this, &FeedFetchJob::finish);
        return;
    }
    m_visited.insert(visitKey(m_url));
    m_elapsed.start();
    m_totalTimer.start();
    Q_EMIT progress(0, -1);
    get(m_url);
}

void FeedFetchJob::get(const QUrl &url)
{
    QNetworkRequest request(url);
    // Redirects are followed here, one request per hop, after checking each (scheme, count, loop).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Lanyard/" LANYARD_VERSION));
    request.setRawHeader("Accept", "application/xml, text/xml, application/json, text/calendar;q=0.9, */*;q=0.5");
    // No Accept-Encoding here: Qt then asks for gzip and deflate itself and decodes the body.
    if (!m_etag.isEmpty())
        request.setRawHeader("If-None-Match", m_etag.toLatin1());
    if (!m_lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_lastModified.toLatin1());

    m_currentUrl = url;
    m_result.finalUrl = url;
    m_result.body.clear();
    m_received = 0;
    m_announced = -1;
    m_reply = m_network.get(request);
    qCDebug(lcSync) << "GET" << url.toDisplayString() << "etag" << m_etag << "last-modified" << m_lastModified;
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FeedFetchJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedFetchJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FeedFetchJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64) { m_stallTimer.start(); });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message; never ignored, so the handshake fails.
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    m_stallTimer.start();
}

void FeedFetchJob::abort(const QString &reason)
{
    fail(reason);
}

void FeedFetchJob::onMetaDataChanged()
{
    m_stallTimer.start();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_announced = length.isValid() ? length.toLongLong() : -1;
    const int status = currentStatus();
    if (status == 200 && m_announced > m_limits.maxBytes && !m_limits.cutAtMaxBytes) {
        fail(u"%1: the server announces %2, more than the %3 a programme may have; refused"_s.arg(here(), megabytes(m_announced),
                                                                                                  megabytes(m_limits.maxBytes)));
    }
}

void FeedFetchJob::onReadyRead()
{
    if (m_failed || !m_reply)
        return;
    m_stallTimer.start();
    if (isRedirect(currentStatus())) {
        m_reply->readAll(); // the body of a redirect is not the feed
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_limits.maxBytes && m_limits.cutAtMaxBytes) {
        m_result.body.append(chunk.first(chunk.size() - (m_received - m_limits.maxBytes)));
        cutHere();
        return;
    }
    if (m_received > m_limits.maxBytes) {
        fail(u"%1: the answer is larger than %2, more than a programme may have; refused"_s.arg(here(), megabytes(m_limits.maxBytes)));
        return;
    }
    m_result.body.append(chunk);
    if (m_announced > 0 && m_received * 2 >= m_announced)
        TestStop::at("sync-body-half");
    Q_EMIT progress(m_received, m_announced);
}

bool FeedFetchJob::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

void FeedFetchJob::followRedirect(int status, const QByteArray &location)
{
    const QString from = describeSource(m_currentUrl, status);
    if (location.isEmpty()) {
        fail(u"%1: a redirect without a Location"_s.arg(from));
        return;
    }
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    ++m_redirects;
    if (!isAllowedRedirect(m_currentUrl, target)) {
        fail(u"%1: redirects to %2, which is less safe; the redirect was refused"_s.arg(from, target.toDisplayString()));
        return;
    }
    if (m_visited.contains(visitKey(target))) {
        fail(u"%1: redirect loop (it leads back to %2 after %3 redirects)"_s.arg(from, target.toDisplayString()).arg(m_redirects));
        return;
    }
    if (m_redirects > m_limits.maxRedirects) {
        fail(u"%1: more than %2 redirects starting at %3; given up"_s.arg(from).arg(m_limits.maxRedirects).arg(m_url.toDisplayString()));
        return;
    }
    qCDebug(lcSync) << "redirect" << status << m_currentUrl.toDisplayString() << "->" << target.toDisplayString();
    m_visited.insert(visitKey(target));
    get(target);
}

void FeedFetchJob::onReplyFinished()
{
    if (m_failed || !m_reply)
        return; // fail() has already reported
    QNetworkReply *reply = m_reply;
    // Whatever is still buffered belongs to the body.
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_failed)
        return;

    const int status = currentStatus();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_result.httpStatus = status;
    m_result.finalUrl = m_currentUrl;
    m_result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QNetworkReply::NetworkError error = reply->error();
    const QString source = describeSource(m_currentUrl, status, reason);

    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location");
        reply->disconnect(this);
        reply->deleteLater();
        m_reply = nullptr;
        followRedirect(status, location);
        return;
    }

    if (error == QNetworkReply::NoError && status == 304) {
        m_result.status = FetchResult::Status::NotModified;
        m_result.body.clear();
        m_result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        m_result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
        finish();
        return;
    }
    if (status >= 400) {
        fail(status >= 500 ? u"%1: the server failed; it sent an error instead of the programme"_s.arg(source)
                           : u"%1: the server refused the request; it sent an error instead of the programme"_s.arg(source),
             status >= 500 || status == 408 || status == 429);
        return;
    }
    if (error != QNetworkReply::NoError) {
        switch (error) {
        case QNetworkReply::SslHandshakeFailedError:
            fail(u"%1: the secure connection failed: %2"_s.arg(source,
                                                               m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; "_s)));
            return;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProxyConnectionClosedError:
            if (status > 0) {
                fail(m_announced > 0
                         ? u"%1: the connection closed after %2 of %3 bytes; the programme is incomplete"_s.arg(source)
                               .arg(m_received)
                               .arg(m_announced)
                         : u"%1: the connection closed before the whole answer arrived; the programme is incomplete"_s.arg(source),
                     true);
                return;
            }
            break;
        default:
            break;
        }
        // Connection refused, host not found, no network, ...: may work later.
        fail(u"%1: %2"_s.arg(source, reply->errorString()),
             error < QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::TemporaryNetworkFailureError
                 || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::UnknownNetworkError);
        return;
    }
    if (status != 200 && status != 203) {
        fail(u"%1: expected a programme (HTTP 200), got another answer"_s.arg(source));
        return;
    }
    // Only an undecoded body can be measured against Content-Length; gzip changes the size.
    const bool decoded =
        !reply->rawHeader("Content-Encoding").isEmpty() && reply->rawHeader("Content-Encoding").trimmed().toLower() != "identity";
    if (!decoded && m_announced >= 0 && m_received < m_announced) {
        fail(u"%1: the transfer ended after %2 of %3 bytes; the programme is incomplete"_s.arg(source).arg(m_received).arg(m_announced),
             true);
        return;
    }
    m_result.status = FetchResult::Status::Fetched;
    m_result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    m_result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    qCDebug(lcSync) << "fetched" << m_received << "bytes from" << m_currentUrl.toDisplayString() << "in" << m_elapsed.elapsed() << "ms";
    finish();
}

void FeedFetchJob::fail(const QString &message, bool transient)
{
    if (m_failed || m_finished)
        return;
    m_failed = true;
    m_result.status = FetchResult::Status::Failed;
    m_result.error = message;
    m_result.transient = transient;
    m_result.body.clear();
    if (m_reply) {
        m_result.httpStatus = currentStatus();
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    qCDebug(lcSync) << "fetch failed:" << message;
    finish();
}

void FeedFetchJob::cutHere()
{
    if (m_failed || m_finished || !m_reply)
        return;
    const int status = currentStatus();
    if (status != 200 && status != 203) {
        fail(u"%1: expected a page (HTTP 200), got another answer"_s.arg(here()));
        return;
    }
    m_result.status = FetchResult::Status::Fetched;
    m_result.cut = true;
    m_result.httpStatus = status;
    m_result.finalUrl = m_currentUrl;
    m_result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    qCDebug(lcSync) << "cut" << m_currentUrl.toDisplayString() << "at" << m_limits.maxBytes << "bytes";
    m_reply->disconnect(this);
    m_reply->abort();
    finish();
}

void FeedFetchJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stallTimer.stop();
    m_totalTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(m_result.error);
}
