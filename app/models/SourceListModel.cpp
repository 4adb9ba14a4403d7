#include "SourceListModel.h"

#include "ListDiff.h"
#include "store/ScheduleStore.h"
#include "store/SubscriptionStore.h"
#include "sync/SyncManager.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

SourceListModel::SourceListModel(ScheduleStore &schedule, SubscriptionStore &subscriptions, SyncManager &manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_schedule(schedule)
    , m_subscriptions(subscriptions)
    , m_manager(manager)
{
    m_rows = readRows();
    connect(&m_schedule, &ScheduleStore::conferencesChanged, this, &SourceListModel::reload);
    connect(&m_schedule, &ScheduleStore::scheduleChanged, this, &SourceListModel::reload);
    connect(&m_subscriptions, &SubscriptionStore::added, this, &SourceListModel::reload);
    connect(&m_subscriptions, &SubscriptionStore::removed, this, &SourceListModel::reload);
    connect(&m_subscriptions, &SubscriptionStore::changed, this, &SourceListModel::reload);
    connect(&m_manager, &SyncManager::syncStarted, this, &SourceListModel::progressChanged);
    connect(&m_manager, &SyncManager::progressChanged, this, &SourceListModel::progressChanged);
    connect(&m_manager, &SyncManager::syncFinished, this, [this](const SyncReport &report) {
        // The report arrives after the subscription row was written: refresh everything about it.
        reload();
        progressChanged(report.subscriptionId);
    });
}

QList<SourceListModel::Row> SourceListModel::readRows() const
{
    QList<Row> rows;
    QHash<QString, Subscription> byConference;
    QList<Subscription> pending;
    for (const Subscription &s : m_subscriptions.all()) {
        if (!s.conferenceId.isEmpty() && m_schedule.conference(s.conferenceId))
            byConference.insert(s.conferenceId, s);
        else
            pending.append(s);
    }
    for (const ConferenceSummary &summary : m_schedule.conferences()) {
        Row row;
        row.key = u"conference:"_s + summary.conference.id;
        row.conferenceId = summary.conference.id;
        row.title = summary.conference.title;
        row.start = summary.conference.start.toString(Qt::ISODate);
        row.end = summary.conference.end.toString(Qt::ISODate);
        row.eventCount = summary.eventCount;
        row.source = summary.source;
        row.timeZone = summary.conference.timeZoneId;
        const auto subscription = byConference.constFind(summary.conference.id);
        if (subscription != byConference.constEnd()) {
            row.kind = u"subscription"_s;
            row.subscriptionId = subscription->id;
            row.url = subscription->url;
            row.website = subscription->website;
            row.source = subscription->url;
            row.lastSuccess = subscription->lastSuccessAt;
            row.lastAttempt = subscription->lastAttemptAt;
            row.lastError = subscription->lastError;
        } else {
            row.kind = summary.source == u"bundled"_s ? u"bundled"_s : u"file"_s;
        }
        rows.append(row);
    }
    for (const Subscription &s : std::as_const(pending)) {
        Row row;
        row.key = u"subscription:"_s + QString::number(s.id);
        row.kind = u"subscription"_s;
        row.subscriptionId = s.id;
        row.url = s.url;
        row.website = s.website;
        row.source = s.url;
        row.title = s.url;
        row.timeZone = s.timeZone;
        row.lastSuccess = s.lastSuccessAt;
        row.lastAttempt = s.lastAttemptAt;
        row.lastError = s.lastError;
        rows.append(row);
    }
    return rows;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const SyncManager::Progress progress = row.subscriptionId >= 0 ? m_manager.progress(row.subscriptionId) : SyncManager::Progress{};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KeyRole:
        return row.key;
    case ConferenceIdRole:
        return row.conferenceId;
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    case EventCountRole:
        return row.eventCount;
    case KindRole:
        return row.kind;
    case SourceRole:
        return row.source;
    case SubscriptionIdRole:
        return int(row.subscriptionId);
    case UrlRole:
        return row.url;
    case WebsiteRole:
        return row.website;
    case TimeZoneRole:
        return row.timeZone;
    case LastSuccessRole:
        return row.lastSuccess;
    case LastAttemptRole:
        return row.lastAttempt;
    case LastErrorRole:
        return row.lastError;
    case SyncingRole:
        return row.subscriptionId >= 0 && m_manager.isSyncing(row.subscriptionId);
    case PhaseRole:
        switch (progress.phase) {
        case SyncManager::Phase::Fetching:
            return u"fetching"_s;
        case SyncManager::Phase::Importing:
            return u"importing"_s;
        case SyncManager::Phase::Idle:
            break;
        }
        return QString();
    case ProgressRole:
        // -1: running, size unknown (shown as a busy indicator).
        if (progress.phase == SyncManager::Phase::Fetching && progress.total > 0)
            return double(progress.received) / double(progress.total);
        return -1.0;
    case ReceivedRole:
        return double(progress.received);
    case RetryPendingRole:
        return row.subscriptionId >= 0 && m_manager.retryPending(row.subscriptionId);
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {ConferenceIdRole, "conferenceId"},
        {TitleRole, "title"},
        {StartRole, "start"},
        {EndRole, "end"},
        {EventCountRole, "eventCount"},
        {KindRole, "kind"},
        {SourceRole, "source"},
        {SubscriptionIdRole, "subscriptionId"},
        {UrlRole, "url"},
        {TimeZoneRole, "timeZone"},
        {LastSuccessRole, "lastSuccess"},
        {LastAttemptRole, "lastAttempt"},
        {LastErrorRole, "lastError"},
        {SyncingRole, "syncing"},
        {PhaseRole, "phase"},
        {ProgressRole, "progress"},
        {ReceivedRole, "received"},
        {RetryPendingRole, "retryPending"},
        {WebsiteRole, "website"},
    };
}

int SourceListModel::indexOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return int(i);
    }
    return -1;
}

int SourceListModel::indexOfConference(const QString &conferenceId) const
{
    return indexOfKey(u"conference:"_s + conferenceId);
}

int SourceListModel::indexOfSubscription(int subscriptionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].subscriptionId == subscriptionId)
            return int(i);
    }
    return -1;
}

void SourceListModel::progressChanged(qint64 subscriptionId)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].subscriptionId == subscriptionId) {
            Q_EMIT dataChanged(index(int(i)), index(int(i)), {SyncingRole, PhaseRole, ProgressRole, ReceivedRole, RetryPendingRole});
        }
    }
}

int SourceListModel::subscriptionCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.subscriptionId >= 0; }));
}

void SourceListModel::reload()
{
    const int before = int(m_rows.size());
    const int subscriptionsBefore = subscriptionCount();
    ListDiff::apply(
        m_rows, readRows(), [](const Row &row) { return row.key; }, LANYARD_LIST_DIFF_CALLBACKS(this));
    if (before != m_rows.size())
        Q_EMIT countChanged();
    if (subscriptionsBefore != subscriptionCount())
        Q_EMIT subscriptionCountChanged();
}
