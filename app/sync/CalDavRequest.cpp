#include "CalDavRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

using namespace Qt::Literals::StringLiterals;

namespace
{
bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}
} // namespace

CalDavRequest::CalDavRequest(QNetworkAccessManager &network, QByteArray method, const QUrl &url, QByteArray body,
                             const QList<QPair<QByteArray, QByteArray>> &headers, Credentials credentials, const FetchLimits &limits,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_method(std::move(method))
    , m_url(url)
    , m_currentUrl(url)
    , m_body(std::move(body))
    , m_headers(headers)
    , m_credentials(std::move(credentials))
    , m_limits(limits)
{
    m_response.finalUrl = url;
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(m_limits.stallTimeoutMs);
    m_totalTimer.setSingleShot(true);
    m_totalTimer.setInterval(m_limits.totalTimeoutMs);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        fail(u"%1: no answer for %2 s; the request was abandoned"_s.arg(m_currentUrl.toDisplayString())
                 .arg(m_limits.stallTimeoutMs / 1000.0),
             true);
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        fail(u"%1: the request took longer than %2 s and was abandoned"_s.arg(m_currentUrl.toDisplayString())
                 .arg(m_limits.totalTimeoutMs / 1000.0),
             true);
    });
}

CalDavRequest::~CalDavRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

int CalDavRequest::currentStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : m_response.status;
}

void CalDavRequest::start()
{
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || m_url.host().isEmpty()) {
        m_response.error = u"\"%1\" is not an http or https address"_s.arg(m_url.toDisplayString());
        QTimer::singleShot(0, this, &CalDavRequest::finish);
        return;
    }
    m_totalTimer.start();
    send(m_url);
}

void CalDavRequest::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Credentials go with every request (no second round trip) but never to another host.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Lanyard/" LANYARD_VERSION));
    if (!m_credentials.user.isEmpty() && sameOrigin(url, m_url)) {
        request.setRawHeader("Authorization", "Basic " + (m_credentials.user + u':' + m_credentials.password).toUtf8().toBase64());
    }
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    m_currentUrl = url;
    m_response.finalUrl = url;
    m_response.body.clear();
    m_received = 0;
    qCDebug(lcSync) << m_method << url.toDisplayString();
    m_reply = m_network.sendCustomRequest(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &CalDavRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &CalDavRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_stallTimer.start(); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64, qint64) { m_stallTimer.start(); });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message; never ignored, so the handshake fails.
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    m_stallTimer.start();
}

void CalDavRequest::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    m_stallTimer.start();
    const QByteArray chunk = m_reply->readAll();
    if (isRedirect(currentStatus()))
        return;
    m_received += chunk.size();
    if (m_received > m_limits.maxBytes) {
        fail(u"%1: the answer is larger than %2 MiB; refused"_s.arg(m_currentUrl.toDisplayString()).arg(m_limits.maxBytes / (1024 * 1024)),
             false);
        return;
    }
    m_response.body.append(chunk);
}

void CalDavRequest::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    const int status = currentStatus();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_response.status = status;
    m_response.reason = reason;
    const QNetworkReply::NetworkError error = reply->error();
    const QString source = FeedFetchJob::describeSource(m_currentUrl, status, reason);

    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location");
        reply->disconnect(this);
        reply->deleteLater();
        m_reply = nullptr;
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
        if (location.isEmpty()) {
            fail(u"%1: a redirect without a Location"_s.arg(source), false);
        } else if (!FeedFetchJob::isAllowedRedirect(m_currentUrl, target)) {
            fail(u"%1: redirects to %2, which is less safe; the redirect was refused"_s.arg(source, target.toDisplayString()), false);
        } else if (++m_redirects > m_limits.maxRedirects) {
            fail(u"%1: more than %2 redirects; given up"_s.arg(source).arg(m_limits.maxRedirects), false);
        } else {
            if (status == 303) {
                m_method = "GET";
                m_body.clear();
            }
            m_response.status = 0;
            m_response.reason.clear();
            send(target);
        }
        return;
    }
    if (status <= 0 || (error != QNetworkReply::NoError && status < 400)) {
        // No HTTP answer, or one that broke off.
        if (error == QNetworkReply::SslHandshakeFailedError) {
            fail(u"%1: the secure connection failed: %2"_s.arg(source,
                                                               m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; "_s)),
                 false);
        } else if (status > 0) {
            fail(u"%1: the answer was cut short (%2)"_s.arg(source, reply->errorString()), true);
        } else {
            fail(u"%1: %2"_s.arg(source, reply->errorString()), true);
        }
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool decoded =
        !reply->rawHeader("Content-Encoding").isEmpty() && reply->rawHeader("Content-Encoding").trimmed().toLower() != "identity";
    if (!decoded && length.isValid() && m_received < length.toLongLong() && m_method != "HEAD") {
        fail(u"%1: the answer ended after %2 of %3 bytes"_s.arg(source).arg(m_received).arg(length.toLongLong()), true);
        return;
    }
    m_response.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    finish();
}

void CalDavRequest::fail(const QString &message, bool transient)
{
    if (m_finished)
        return;
    m_response.error = message;
    m_response.transient = transient;
    if (m_reply) {
        m_response.status = currentStatus();
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish();
}

void CalDavRequest::finish()
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
    Q_EMIT finished();
}
