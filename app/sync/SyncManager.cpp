#include "SyncManager.h"

#include "core/Clock.h"
#include "core/TestStopPoint.h"
#include "store/ScheduleStore.h"
#include "sync/FriendRefresh.h"
#include "sync/RefreshPolicy.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** True when the body is a web page rather than a feed (a Wi-Fi login page answering 200). */
bool looksLikeWebPage(const QByteArray &body)
{
    QByteArray head = body.left(512).trimmed().toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3).trimmed();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return true;
    // An XML prolog followed by an XHTML root.
    if (head.startsWith("<?xml")) {
        const qsizetype end = head.indexOf("?>");
        const QByteArray rest = end < 0 ? QByteArray() : head.mid(end + 2).trimmed();
        return rest.startsWith("<!doctype html") || rest.startsWith("<html");
    }
    return false;
}
} // namespace

QString SyncReport::statusName(Status status)
{
    switch (status) {
    case Status::Updated:
        return u"updated"_s;
    case Status::Unchanged:
        return u"unchanged"_s;
    case Status::Failed:
        return u"failed"_s;
    }
    return {};
}

SyncManager::SyncManager(QNetworkAccessManager &network, ScheduleStore &schedule, SubscriptionStore &subscriptions, Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_schedule(schedule)
    , m_subscriptions(subscriptions)
    , m_clock(clock)
    , m_worker(schedule)
    , m_retryDelays({30 * 1000, 2 * 60 * 1000, 8 * 60 * 1000})
{
    connect(&m_worker, &ImportWorker::finished, this, &SyncManager::onImported);
    connect(&m_worker, &ImportWorker::started, this, [this](quint64 ticket) {
        if (m_fileImports.contains(ticket))
            Q_EMIT fileImportStarted(ticket);
    });
}

SyncManager::~SyncManager()
{
    for (const Running &running : std::as_const(m_running)) {
        if (running.job)
            running.job->disconnect(this);
    }
}

SyncManager::Progress SyncManager::progress(qint64 id) const
{
    const auto found = m_running.constFind(id);
    return found == m_running.constEnd() ? Progress{} : found->progress;
}

void SyncManager::setFriendRefresh(FriendRefresh *friends)
{
    if (m_friends)
        m_friends->disconnect(this);
    m_friends = friends;
    if (m_friends)
        connect(m_friends, &FriendRefresh::idle, this, &SyncManager::checkIdle);
}

bool SyncManager::isBusy() const
{
    return !m_running.isEmpty() || !m_fileImports.isEmpty() || (m_friends && m_friends->isBusy());
}

bool SyncManager::isAutomatic(SyncTrigger trigger) const
{
    return trigger == SyncTrigger::Startup || trigger == SyncTrigger::NetworkBack || trigger == SyncTrigger::Periodic;
}

qint64 SyncManager::subscribe(const QString &url, const QString &timeZone, QString *errorMessage, const QString &website,
                              const FetchResult *fetched)
{
    const auto added = m_subscriptions.add(url, timeZone, m_clock.now(), errorMessage);
    if (!added)
        return 0;
    if (!website.isEmpty() && website != added->url)
        m_subscriptions.setWebsite(added->id, website, nullptr);
    startSync(added->id, SyncTrigger::Subscribe, true, std::nullopt, fetched);
    return added->id;
}

FeedDiscoveryJob *SyncManager::discover(const QUrl &url, QObject *parent)
{
    auto *job = new FeedDiscoveryJob(m_network, url, m_limits, parent);
    job->start();
    return job;
}

bool SyncManager::changeUrl(qint64 id, const QString &url, QString *errorMessage)
{
    const auto before = m_subscriptions.byId(id);
    if (!before) {
        if (errorMessage)
            *errorMessage = u"no subscription with id %1"_s.arg(id);
        return false;
    }
    if (m_running.contains(id)) {
        if (errorMessage)
            *errorMessage = u"%1 is syncing right now; change its address when that has finished"_s.arg(before->url);
        return false;
    }
    if (!m_subscriptions.setUrl(id, url, errorMessage))
        return false;
    startSync(id, SyncTrigger::UrlChange, false, before);
    return true;
}

bool SyncManager::sync(qint64 id, SyncTrigger trigger)
{
    return startSync(id, trigger, false, std::nullopt);
}

int SyncManager::syncAll(SyncTrigger trigger)
{
    if (isAutomatic(trigger) && m_duringSeconds == 0)
        return 0; // "only when I ask"
    if (isAutomatic(trigger) && m_reachability == QNetworkInformation::Reachability::Disconnected) {
        qCDebug(lcSync) << "offline: automatic refresh skipped";
        return 0;
    }
    const QDateTime now = m_clock.now();
    int started = 0;
    for (const Subscription &subscription : m_subscriptions.all()) {
        if (m_running.contains(subscription.id))
            continue;
        if (isAutomatic(trigger)) {
            const std::optional<Conference> conference = m_schedule.conference(subscription.conferenceId);
            if (trigger == SyncTrigger::Periodic ? !RefreshPolicy::isDue(conference, subscription.lastAttemptAt, now, m_duringSeconds)
                                                 : !RefreshPolicy::interval(conference, now, m_duringSeconds))
                continue;
            // A failure waiting for its retry keeps its back-off.
            if (m_retryTimers.contains(subscription.id))
                continue;
        }
        if (startSync(subscription.id, trigger, false, std::nullopt))
            ++started;
    }
    // Friends' calendars refresh with the subscriptions: not on every minute's check, only when some were due.
    if (m_friends && (trigger != SyncTrigger::Periodic || started > 0))
        m_friends->refreshAll();
    return started;
}

bool SyncManager::startSync(qint64 id, SyncTrigger trigger, bool removeOnFailure, const std::optional<Subscription> &restore,
                            const FetchResult *fetched)
{
    if (m_running.contains(id))
        return false;
    const auto subscription = m_subscriptions.byId(id);
    if (!subscription)
        return false;
    if (QTimer *timer = m_retryTimers.take(id))
        timer->deleteLater();
    if (trigger != SyncTrigger::Retry)
        m_failures.remove(id);

    const QDateTime now = m_clock.now();
    m_subscriptions.recordAttempt(id, now);

    // Validators only count while the programme they describe is still in the database: not when
    // it was removed, nor when a file imported since replaced it (a 304 would keep the file's).
    const bool haveProgramme =
        !subscription->conferenceId.isEmpty() && m_schedule.sourceOf(subscription->conferenceId) == subscription->url;
    Running running;
    running.subscription = *subscription;
    running.trigger = trigger;
    running.removeOnFailure = removeOnFailure;
    running.restoreOnFailure = restore;
    running.progress.phase = Phase::Fetching;
    if (fetched && fetched->status == FetchResult::Status::Fetched && !fetched->cut) {
        // Discovery has just read this very feed: no second download over a slow network.
        running.fetch = *fetched;
        m_running.insert(id, running);
        qCDebug(lcSync) << "sync" << id << subscription->url << "(as discovery read it)";
        Q_EMIT syncStarted(id);
        QTimer::singleShot(0, this, [this, id] { readFetched(id); });
        return true;
    }
    auto *job = new FeedFetchJob(m_network, QUrl(subscription->url), haveProgramme ? subscription->etag : QString(),
                                 haveProgramme ? subscription->lastModified : QString(), m_limits, this);
    running.job = job;
    m_running.insert(id, running);
    connect(job, &FeedFetchJob::progress, this, [this, id](qint64 received, qint64 total) {
        auto found = m_running.find(id);
        if (found == m_running.end())
            return;
        found->progress.received = received;
        found->progress.total = total;
        Q_EMIT progressChanged(id);
    });
    connect(job, &FeedFetchJob::finished, this, [this, id] { onFetched(id); });
    qCDebug(lcSync) << "sync" << id << subscription->url;
    Q_EMIT syncStarted(id);
    job->start();
    return true;
}

void SyncManager::cancel(qint64 id)
{
    auto found = m_running.find(id);
    if (found == m_running.end() || !found->job)
        return;
    found->job->abort(u"%1: cancelled"_s.arg(found->subscription.url));
}

void SyncManager::onFetched(qint64 id)
{
    auto found = m_running.find(id);
    if (found == m_running.end())
        return;
    FeedFetchJob *job = found->job;
    if (!job)
        return;
    found->fetch = job->result();
    found->job = nullptr;
    job->deleteLater();
    readFetched(id);
}

void SyncManager::readFetched(qint64 id)
{
    auto found = m_running.find(id);
    if (found == m_running.end())
        return;
    const FetchResult &fetch = found->fetch;
    const Subscription &subscription = found->subscription;

    SyncReport report;
    report.subscriptionId = id;
    report.url = subscription.url;
    report.trigger = found->trigger;
    report.httpStatus = fetch.httpStatus;
    report.conferenceId = subscription.conferenceId;

    if (fetch.status == FetchResult::Status::Failed) {
        report.message = fetch.error;
        finishSync(id, report, fetch.transient);
        return;
    }
    if (fetch.status == FetchResult::Status::NotModified) {
        // A 304 may carry fresh validators; otherwise the old ones stay valid.
        m_subscriptions.recordSuccess(id, subscription.conferenceId, fetch.etag.isEmpty() ? subscription.etag : fetch.etag,
                                      fetch.lastModified.isEmpty() ? subscription.lastModified : fetch.lastModified, m_clock.now());
        report.status = SyncReport::Status::Unchanged;
        for (const ConferenceSummary &summary : m_schedule.conferences()) {
            if (summary.conference.id == subscription.conferenceId) {
                report.conferenceTitle = summary.conference.title;
                report.eventCount = summary.eventCount;
            }
        }
        report.message = u"%1: not modified since the last sync (HTTP 304)"_s.arg(subscription.url);
        finishSync(id, report, false);
        return;
    }
    const QString source = FeedFetchJob::describeSource(fetch.finalUrl, fetch.httpStatus);
    if (fetch.body.trimmed().isEmpty()) {
        report.message = u"%1: the answer is empty, not a programme"_s.arg(source);
        finishSync(id, report, false);
        return;
    }
    if (looksLikeWebPage(fetch.body)) {
        report.message = u"%1: the server sent a web page (%2), not a programme; a Wi-Fi login page, or the wrong "
                         "address?"_s.arg(source, fetch.contentType.isEmpty() ? u"HTML"_s : fetch.contentType);
        finishSync(id, report, false);
        return;
    }

    ImportWorker::Request request;
    request.bytes = std::exchange(found->fetch.body, {}); // handed over: the import lets it go once parsed
    request.options.sourceName = fetch.finalUrl.toDisplayString();
    request.options.timeZone = subscription.timeZone;
    request.options.website = subscription.website;
    request.source = subscription.url;
    request.conferenceId = subscription.conferenceId;
    request.now = m_clock.now();
    found->progress.phase = Phase::Importing;
    found->ticket = m_worker.submit(std::move(request));
    m_subscriptionByTicket.insert(found->ticket, id);
    Q_EMIT progressChanged(id);
}

void SyncManager::onImported(quint64 ticket, const ImportOutcome &outcome)
{
    if (m_fileImports.remove(ticket)) {
        Q_EMIT fileImportFinished(ticket, outcome);
        checkIdle();
        return;
    }
    const auto subscriptionId = m_subscriptionByTicket.constFind(ticket);
    if (subscriptionId == m_subscriptionByTicket.constEnd())
        return;
    const qint64 id = *subscriptionId;
    m_subscriptionByTicket.erase(subscriptionId);
    const auto found = m_running.constFind(id);
    if (found == m_running.constEnd())
        return;
    const FetchResult &fetch = found->fetch;

    SyncReport report;
    report.subscriptionId = id;
    report.url = found->subscription.url;
    report.trigger = found->trigger;
    report.httpStatus = fetch.httpStatus;
    report.conferenceId = found->subscription.conferenceId;
    if (!outcome.ok()) {
        report.message = u"%1 (HTTP %2); nothing was changed"_s.arg(outcome.error).arg(fetch.httpStatus);
        finishSync(id, report, false);
        return;
    }
    TestStop::at("sync-imported");
    m_subscriptions.recordSuccess(id, outcome.conference.id, fetch.etag, fetch.lastModified, m_clock.now());
    report.status = outcome.applied.unchanged ? SyncReport::Status::Unchanged : SyncReport::Status::Updated;
    report.conferenceId = outcome.conference.id;
    report.conferenceTitle = outcome.conference.title;
    report.firstImport = outcome.applied.firstImport;
    report.eventCount = outcome.eventCount;
    report.dayCount = outcome.dayCount;
    report.roomCount = outcome.roomCount;
    report.warnings = outcome.warnings;
    report.changes = outcome.applied.changes;
    report.message = outcome.summary();
    finishSync(id, report, false);
}

void SyncManager::finishSync(qint64 id, SyncReport report, bool transient)
{
    const Running running = m_running.take(id);
    const QDateTime now = m_clock.now();
    if (report.ok()) {
        m_failures.remove(id);
    } else if (running.removeOnFailure) {
        m_subscriptions.remove(id, nullptr);
        report.subscriptionRemoved = true;
    } else if (running.restoreOnFailure) {
        m_subscriptions.restore(*running.restoreOnFailure, nullptr);
        report.urlRestored = true;
        report.url = running.restoreOnFailure->url;
        report.message += u"; the subscription keeps its previous address %1"_s.arg(running.restoreOnFailure->url);
    } else {
        m_subscriptions.recordFailure(id, report.message, now);
        if (transient)
            scheduleRetry(id);
    }
    qCDebug(lcSync) << "sync" << id << SyncReport::statusName(report.status) << report.message;
    Q_EMIT syncFinished(report);
    checkIdle();
}

void SyncManager::scheduleRetry(qint64 id)
{
    const int attempt = ++m_failures[id];
    const std::optional<int> delay = RefreshPolicy::retryDelay(m_retryDelays, attempt);
    if (!delay) {
        m_failures.remove(id);
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, timer] {
        if (m_retryTimers.value(id) == timer)
            m_retryTimers.remove(id);
        timer->deleteLater();
        startSync(id, SyncTrigger::Retry, false, std::nullopt);
    });
    m_retryTimers.insert(id, timer);
    timer->start(*delay);
    qCDebug(lcSync) << "retry" << attempt << "of subscription" << id << "in" << *delay << "ms";
}

bool SyncManager::removeConference(const QString &conferenceId, QString *errorMessage)
{
    for (const Running &running : std::as_const(m_running)) {
        if (running.subscription.conferenceId != conferenceId)
            continue;
        if (running.progress.phase == Phase::Importing) {
            if (errorMessage)
                *errorMessage = u"%1 is being updated right now; remove it when that has finished"_s.arg(conferenceId);
            return false;
        }
    }
    const auto subscription = m_subscriptions.forConference(conferenceId);
    if (subscription)
        cancel(subscription->id);
    if (!m_schedule.removeConference(conferenceId, errorMessage))
        return false;
    return m_subscriptions.removeForConference(conferenceId, errorMessage);
}

bool SyncManager::unsubscribe(qint64 id, QString *errorMessage)
{
    const auto found = m_running.constFind(id);
    if (found != m_running.constEnd() && found->progress.phase == Phase::Importing) {
        if (errorMessage)
            *errorMessage = u"%1 is being updated right now; try again when that has finished"_s.arg(found->subscription.url);
        return false;
    }
    cancel(id);
    if (QTimer *timer = m_retryTimers.take(id))
        timer->deleteLater();
    return m_subscriptions.remove(id, errorMessage);
}

quint64 SyncManager::importFile(const QString &path, const QString &timeZone)
{
    ImportWorker::Request request;
    request.filePath = path;
    request.options.sourceName = path;
    request.options.timeZone = timeZone;
    request.now = m_clock.now();
    const quint64 ticket = m_worker.submit(std::move(request));
    m_fileImports.insert(ticket);
    return ticket;
}

void SyncManager::startAutomaticRefresh(int startDelayMs)
{
    if (m_automatic)
        return;
    m_automatic = true;
    QTimer::singleShot(startDelayMs, this, [this] { syncAll(SyncTrigger::Startup); });
    connect(&m_clock, &Clock::minuteChanged, this, &SyncManager::refreshDue);

    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_networkMonitor = true;
        m_reachability = info->reachability();
        qCDebug(lcSync) << "network monitor:" << info->backendName() << "reachability" << m_reachability;
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability reachability) {
            const bool cameBack =
                reachability == QNetworkInformation::Reachability::Online && m_reachability != QNetworkInformation::Reachability::Online;
            m_reachability = reachability;
            if (cameBack)
                syncAll(SyncTrigger::NetworkBack);
        });
    } else {
        qCDebug(lcSync) << "no network information backend on this platform: no refresh when the network comes back";
    }
}

void SyncManager::refreshDue()
{
    syncAll(SyncTrigger::Periodic);
}

void SyncManager::checkIdle()
{
    if (!isBusy())
        Q_EMIT idle();
}
