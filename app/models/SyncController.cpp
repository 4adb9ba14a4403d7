#include "SyncController.h"

#include "Preferences.h"
#include "agenda/ChangeText.h"
#include "core/Clock.h"
#include "core/TimeRules.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimeZone>
#include <utility>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

SyncController::SyncController(Database &database, ScheduleStore &schedule, UserDataStore &userData, Clock &clock,
                               QNetworkAccessManager &network, Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_userData(userData)
    , m_clock(clock)
    , m_subscriptions(database)
    , m_marks(database)
    , m_manager(network, schedule, m_subscriptions, clock)
    , m_friends(network, database, schedule, clock)
    , m_sources(schedule, m_subscriptions, m_manager)
{
    m_manager.setLimits(FetchLimits::fromSettings());
    m_friends.setLimits(m_manager.limits());
    m_manager.setFriendRefresh(&m_friends);
    // How often during a conference: the user's choice in Settings (0: only when asked).
    if (preferences) {
        m_manager.setAutomaticInterval(qint64(preferences->syncIntervalMinutes()) * 60);
        connect(preferences, &Preferences::syncIntervalChanged, this,
                [this, preferences] { m_manager.setAutomaticInterval(qint64(preferences->syncIntervalMinutes()) * 60); });
    }
    connect(&m_manager, &SyncManager::syncStarted, this, &SyncController::busyChanged);
    connect(&m_manager, &SyncManager::idle, this, &SyncController::busyChanged);
    connect(&m_manager, &SyncManager::syncFinished, this, &SyncController::onSyncFinished);
    connect(&m_manager, &SyncManager::fileImportStarted, this, [this](quint64 ticket) {
        const QVariantMap request = m_importTickets.value(ticket);
        m_importStatus = tr("Reading and storing %1…").arg(request.value(u"fileName"_s).toString());
        Q_EMIT importingChanged();
    });
    connect(&m_manager, &SyncManager::fileImportFinished, this, [this](quint64 ticket, const ImportOutcome &outcome) {
        QVariantMap report = m_importTickets.take(ticket);
        report.insert(u"ok"_s, outcome.ok());
        report.insert(u"error"_s, outcome.error);
        report.insert(u"conferenceId"_s, outcome.conference.id);
        report.insert(u"title"_s, outcome.conference.title);
        report.insert(u"summary"_s,
                      outcome.ok() ? readableSummary(outcome.eventCount, outcome.dayCount, outcome.roomCount, outcome.applied.firstImport,
                                                     outcome.applied.unchanged, int(outcome.applied.changes.size()))
                                   : QString());
        // Times placed at the feed's UTC offsets because it names no zone: the report offers to
        // import again with one. A feed that names its zone gets no such hint.
        report.insert(u"zoneGuessed"_s,
                      outcome.ok() && report.value(u"timeZone"_s).toString().isEmpty()
                          && outcome.conference.timeZoneId.startsWith(u"UTC"_s));
        report.insert(u"warnings"_s, outcome.warnings);
        report.insert(u"eventCount"_s, outcome.eventCount);
        report.insert(u"changeCount"_s, int(outcome.applied.changes.size()));
        report.insert(u"firstImport"_s, outcome.applied.firstImport);
        report.insert(u"unchanged"_s, outcome.applied.unchanged);
        if (m_importTickets.isEmpty())
            m_importStatus.clear();
        Q_EMIT importingChanged();
        Q_EMIT busyChanged();
        Q_EMIT importFinished(report);
        if (outcome.ok() && !outcome.applied.firstImport)
            announceChanges(outcome.conference.id, outcome.conference.title, outcome.applied.changes);
    });
}

SyncController::~SyncController() = default;

QStringList SyncController::timeZones() const
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only the Area/Location names people look for; no "Etc/GMT+5" riddles or legacy aliases.
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("SystemV/") && !id.startsWith("US/"))
            zones.append(QString::fromLatin1(id));
    }
    zones.sort();
    zones.prepend(u"UTC"_s);
    return zones;
}

QString SyncController::subscribe(const QString &url, const QString &timeZone, const QString &website)
{
    if (!isValidTimeZone(timeZone))
        return tr("“%1” is not a time zone Lanyard knows. Use a name such as Europe/Brussels.").arg(timeZone.trimmed());
    QString error;
    // The feed discovery has just read is used as it is (once): one download, not two.
    const FetchResult discovered = std::exchange(m_discoveredFeed, {});
    const bool sameFeed = std::exchange(m_discoveredUrl, {}) == QUrl(url);
    const qint64 id = m_manager.subscribe(url, timeZone.trimmed(), &error, website.trimmed(), sameFeed ? &discovered : nullptr);
    if (id == 0)
        return error;
    Q_EMIT busyChanged();
    return {};
}

QString SyncController::findFeed(const QString &url)
{
    QString error;
    const QString normalized = SubscriptionStore::normalizeUrl(url, &error);
    if (normalized.isEmpty())
        return error;
    cancelFindFeed();
    FeedDiscoveryJob *job = m_manager.discover(QUrl(normalized), this);
    m_discovery = job;
    connect(job, &FeedDiscoveryJob::finished, this, [this, job] {
        job->deleteLater();
        if (m_discovery != job)
            return; // cancelled, or replaced by a newer search
        m_discovery = nullptr;
        const DiscoveryResult &result = job->result();
        m_discoveredUrl = result.feedUrl;
        m_discoveredFeed = result.fetched;
        Q_EMIT feedFound(QVariantMap{
            {u"ok"_s, result.found()},
            {u"pageUrl"_s, result.pageUrl.toString()},
            {u"feedUrl"_s, result.feedUrl.toString()},
            {u"format"_s, result.format},
            {u"how"_s, result.how},
            {u"viaPage"_s, result.viaPage()},
            {u"message"_s, result.error},
            {u"tried"_s, result.tried},
        });
    });
    return {};
}

void SyncController::cancelFindFeed()
{
    m_discoveredUrl.clear();
    m_discoveredFeed = {};
    if (FeedDiscoveryJob *job = m_discovery) {
        m_discovery = nullptr;
        job->abort();
    }
}

void SyncController::refresh(int subscriptionId)
{
    m_manager.sync(subscriptionId, SyncTrigger::Manual);
    Q_EMIT busyChanged();
}

void SyncController::refreshAll()
{
    m_manager.syncAll(SyncTrigger::Manual);
    Q_EMIT busyChanged();
}

QString SyncController::changeUrl(int subscriptionId, const QString &url)
{
    QString error;
    if (!m_manager.changeUrl(subscriptionId, url, &error))
        return error;
    Q_EMIT busyChanged();
    return {};
}

QString SyncController::removeConference(const QString &conferenceId)
{
    QString error;
    if (!m_manager.removeConference(conferenceId, &error))
        return error.isEmpty() ? tr("The conference could not be removed.") : error;
    return {};
}

QString SyncController::unsubscribe(int subscriptionId)
{
    QString error;
    if (!m_manager.unsubscribe(subscriptionId, &error))
        return error;
    return {};
}

bool SyncController::isImportableUrl(const QUrl &url)
{
    return url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile();
}

void SyncController::importFile(const QUrl &file, const QString &timeZone)
{
    QVariantMap report{
        {u"path"_s, file.toLocalFile()}, {u"fileName"_s, QFileInfo(file.toLocalFile()).fileName()}, {u"timeZone"_s, timeZone.trimmed()}};
    if (!isImportableUrl(file)) {
        report.insert(u"ok"_s, false);
        report.insert(u"error"_s, tr("“%1” is not a file on this computer.").arg(file.toDisplayString()));
        report.insert(u"warnings"_s, QStringList());
        Q_EMIT importFinished(report);
        return;
    }
    if (!isValidTimeZone(timeZone)) {
        report.insert(u"ok"_s, false);
        report.insert(u"error"_s, tr("“%1” is not a time zone Lanyard knows. Use a name such as Europe/Brussels.").arg(timeZone.trimmed()));
        report.insert(u"warnings"_s, QStringList());
        Q_EMIT importFinished(report);
        return;
    }
    const quint64 ticket = m_manager.importFile(file.toLocalFile(), timeZone.trimmed());
    m_importTickets.insert(ticket, report);
    m_importStatus = tr("Waiting to read %1…").arg(report.value(u"fileName"_s).toString());
    Q_EMIT importingChanged();
    Q_EMIT busyChanged();
}

void SyncController::importPath(const QString &path, const QString &timeZone)
{
    importFile(QUrl::fromLocalFile(path), timeZone);
}

bool SyncController::isValidTimeZone(const QString &zone)
{
    return zone.trimmed().isEmpty() || TimeRules::zoneFromId(zone.trimmed()).isValid();
}

QString SyncController::relativeTime(const QDateTime &instant, const QDateTime &now) const
{
    if (!instant.isValid())
        return tr("never");
    const qint64 seconds = instant.secsTo(now.isValid() ? now : m_clock.now());
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", "", int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n hour(s) ago", "", int(seconds / 3600));
    if (seconds < 2 * 24 * 3600)
        return tr("yesterday");
    return tr("%n day(s) ago", "", int(seconds / (24 * 3600)));
}

QString SyncController::byteSize(double bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

void SyncController::setStallTimeoutSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, 600);
    if (seconds == stallTimeoutSeconds())
        return;
    FetchLimits limits = m_manager.limits();
    limits.stallTimeoutMs = seconds * 1000;
    m_manager.setLimits(limits);
    QSettings().setValue(u"sync/stallTimeoutSeconds"_s, seconds);
    Q_EMIT limitsChanged();
}

void SyncController::setTotalTimeoutSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, 600);
    if (seconds == totalTimeoutSeconds())
        return;
    FetchLimits limits = m_manager.limits();
    limits.totalTimeoutMs = seconds * 1000;
    m_manager.setLimits(limits);
    QSettings().setValue(u"sync/totalTimeoutSeconds"_s, seconds);
    Q_EMIT limitsChanged();
}

void SyncController::markSeen(const QString &eventId)
{
    m_marks.markSeen(eventId);
}

void SyncController::markAllSeen(const QString &conferenceId)
{
    m_marks.markAllSeen(conferenceId);
}

void SyncController::startAutomaticRefresh(int startDelayMs)
{
    m_manager.startAutomaticRefresh(startDelayMs);
    Q_EMIT busyChanged();
}

void SyncController::onSyncFinished(const SyncReport &report)
{
    Q_EMIT busyChanged();
    if (report.trigger == SyncTrigger::Subscribe) {
        Q_EMIT subscribeFinished(QVariantMap{
            {u"ok"_s, report.ok()},
            {u"message"_s, report.message},
            {u"conferenceId"_s, report.conferenceId},
            {u"title"_s, report.conferenceTitle},
            {u"summary"_s,
             report.ok() ? readableSummary(report.eventCount, report.dayCount, report.roomCount, report.firstImport,
                                           report.status == SyncReport::Status::Unchanged, int(report.changes.size()))
                         : QString()},
            {u"warnings"_s, report.warnings},
            {u"url"_s, report.url},
            {u"eventCount"_s, report.eventCount},
        });
    } else if (report.trigger == SyncTrigger::UrlChange) {
        Q_EMIT changeUrlFinished(report.ok(), report.message);
    }
    if (report.status == SyncReport::Status::Updated && !report.firstImport)
        announceChanges(report.conferenceId, report.conferenceTitle, report.changes);
}

QString SyncController::readableSummary(int eventCount, int dayCount, int roomCount, bool firstImport, bool unchanged, int changeCount)
{
    const QString counts = tr("%1 on %2 in %3.", "events, days, rooms")
                               .arg(tr("%n event(s)", "", eventCount), tr("%n day(s)", "", dayCount), tr("%n room(s)", "", roomCount));
    if (firstImport)
        return counts;
    if (unchanged)
        return counts + u' ' + tr("Nothing changed since the last time.");
    return counts + u' ' + tr("%n change(s) since the last time.", "", changeCount);
}

void SyncController::announceChanges(const QString &conferenceId, const QString &title, const QList<EventChange> &changes)
{
    if (changes.isEmpty())
        return;
    const auto conference = m_schedule.conference(conferenceId);
    const QTimeZone zone = conference ? conference->timeZone() : QTimeZone::utc();
    QStringList yours;
    for (const EventChange &change : changes) {
        if (m_userData.isBookmarked(change.eventId))
            yours.append(ChangeText::describe(change, zone, true));
    }
    Q_EMIT updateArrived(conferenceId, title, yours, int(changes.size()));
}
