#include "FeedDiscoveryJob.h"

#include "feeds/FeedImporter.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** The format of a body that is a schedule Lanyard reads, or empty. */
QString scheduleFormat(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    const FeedImporter::Format format = FeedImporter::detect(body);
    return format == FeedImporter::Format::Unknown ? QString() : FeedImporter::formatName(format);
}
} // namespace

FeedDiscoveryJob::FeedDiscoveryJob(QNetworkAccessManager &network, const QUrl &url, const FetchLimits &limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
    m_result.pageUrl = url;
}

void FeedDiscoveryJob::start()
{
    m_current = {m_result.pageUrl, u"the address itself"_s};
    fetch(m_result.pageUrl, true);
}

void FeedDiscoveryJob::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_job)
        m_job->abort(u"%1: cancelled"_s.arg(m_current.url.toDisplayString()));
}

void FeedDiscoveryJob::fetch(const QUrl &url, bool isPage)
{
    ++m_probes;
    FetchLimits limits = m_limits;
    limits.cutAtMaxBytes = isPage; // a page is searched for links; a feed is refused whole
    auto *job = new FeedFetchJob(m_network, url, {}, {}, limits, this);
    m_job = job;
    connect(job, &FeedFetchJob::finished, this, [this, job, isPage] {
        const FetchResult fetch = job->result();
        job->deleteLater();
        m_job = nullptr;
        if (isPage)
            onPage(fetch);
        else
            onCandidate(fetch);
    });
    job->start();
}

void FeedDiscoveryJob::onPage(const FetchResult &fetch)
{
    if (m_aborted) {
        m_result.error = u"%1: cancelled"_s.arg(m_result.pageUrl.toDisplayString());
        finish();
        return;
    }
    const QString page = m_result.pageUrl.toDisplayString();
    if (fetch.status == FetchResult::Status::Failed) {
        m_result.tried.append(fetch.error);
        if (fetch.httpStatus == 0) {
            // Not reachable at all (no network, refused, a timeout, an unsafe redirect): no point probing further.
            m_result.transient = fetch.transient;
            m_result.error = fetch.error;
            finish();
            return;
        }
        // A 404 for a base address ("https://pretalx.example/democon/api") may still have a layout under it.
        m_queue = FeedDiscovery::layoutCandidates(m_result.pageUrl);
        next();
        return;
    }
    const QString format = fetch.cut ? QString() : scheduleFormat(fetch.body);
    if (!format.isEmpty()) {
        found(m_result.pageUrl, format, u"the address itself"_s, fetch);
        return;
    }
    QStringList refused;
    if (FeedDiscovery::looksLikeHtml(fetch.body)) {
        const QUrl base = fetch.finalUrl.isValid() ? fetch.finalUrl : m_result.pageUrl;
        m_queue = FeedDiscovery::alternateLinks(fetch.body, base, &refused);
        m_result.tried.append(u"%1: a web page with %2 schedule links%3"_s.arg(page)
                                  .arg(m_queue.size())
                                  .arg(fetch.cut ? u" (read up to the size limit)"_s : QString()));
    } else {
        m_result.tried.append(u"%1: neither a schedule Lanyard reads nor a web page"_s.arg(page));
    }
    for (const QString &link : std::as_const(refused))
        m_result.tried.append(link);
    for (const FeedDiscovery::Candidate &candidate : FeedDiscovery::layoutCandidates(m_result.pageUrl)) {
        if (std::none_of(m_queue.cbegin(), m_queue.cend(), [&candidate](const auto &c) { return c.url == candidate.url; }))
            m_queue.append(candidate);
    }
    next();
}

void FeedDiscoveryJob::onCandidate(const FetchResult &fetch)
{
    const QString where = m_current.url.toDisplayString();
    if (fetch.status == FetchResult::Status::Failed) {
        m_result.tried.append(u"%1 (%2)"_s.arg(fetch.error, m_current.how));
        next();
        return;
    }
    const QString format = scheduleFormat(fetch.body);
    if (!format.isEmpty()) {
        found(m_current.url, format, m_current.how, fetch);
        return;
    }
    m_result.tried.append(u"%1: not a schedule Lanyard reads (%2)"_s.arg(where, m_current.how));
    next();
}

void FeedDiscoveryJob::next()
{
    if (m_aborted) {
        m_result.error = u"%1: cancelled"_s.arg(m_result.pageUrl.toDisplayString());
        finish();
        return;
    }
    if (m_queue.isEmpty() || m_probes >= FeedDiscovery::maxProbes) {
        QString message = u"no schedule found at %1"_s.arg(m_result.pageUrl.toDisplayString());
        if (!m_result.tried.isEmpty())
            message += u"; tried: "_s + m_result.tried.join(u"; "_s);
        m_result.error = message;
        finish();
        return;
    }
    m_current = m_queue.takeFirst();
    fetch(m_current.url, false);
}

void FeedDiscoveryJob::found(const QUrl &url, const QString &format, const QString &how, const FetchResult &fetch)
{
    m_result.fetched = fetch;
    m_result.feedUrl = url;
    m_result.format = format;
    m_result.how = how;
    finish();
}

void FeedDiscoveryJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Always later, so that a caller connecting after start() never misses it.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}
