#pragma once

#include "core/ScheduleDiff.h"
#include "store/SubscriptionStore.h"
#include "sync/FeedDiscoveryJob.h"
#include "sync/FeedFetchJob.h"
#include "sync/ImportWorker.h"

#include <QHash>
#include <QNetworkInformation>
#include <QObject>
#include <QPointer>

#include <algorithm>
#include <optional>

class Clock;
class FriendRefresh;
class QNetworkAccessManager;
class QTimer;
class ScheduleStore;

/** Why a sync started: the automatic ones skip conferences that are over. */
enum class SyncTrigger { Manual, Subscribe, UrlChange, Startup, NetworkBack, Periodic, Retry };

/** How one subscription's sync ended. */
struct SyncReport
{
    enum class Status { Updated, Unchanged, Failed };

    qint64 subscriptionId = 0;
    QString url;
    SyncTrigger trigger = SyncTrigger::Manual;
    Status status = Status::Failed;
    QString conferenceId;
    QString conferenceTitle;
    /** The conference was not in the database before this sync. */
    bool firstImport = false;
    int eventCount = 0;
    int dayCount = 0;
    int roomCount = 0;
    QStringList warnings;
    /** What the update changed (empty for a first import or an unchanged feed). */
    QList<EventChange> changes;
    int httpStatus = 0;
    /** The error for a failure; a one-line summary otherwise. */
    QString message;
    /** A subscription whose very first sync failed is not kept. */
    bool subscriptionRemoved = false;
    /** A URL change whose first sync failed: the previous URL was put back. */
    bool urlRestored = false;

    bool ok() const { return status != Status::Failed; }
    /** "updated", "unchanged" or "failed". */
    static QString statusName(Status status);
};

/**
 * Keeps subscribed conferences current. Each subscription syncs on its own: a FeedFetchJob
 * fetches (conditionally), the ImportWorker parses and applies off the GUI thread in one
 * transaction, and the subscription records the outcome. Any failure leaves the programme and
 * all user data as they were. Transient failures are retried with back-off; automatic refreshes
 * run on start, when the network comes back and periodically by the Clock (RefreshPolicy).
 */
class SyncManager : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Fetching, Importing };
    struct Progress
    {
        Phase phase = Phase::Idle;
        qint64 received = 0;
        /** -1 when the size is not known. */
        qint64 total = -1;
    };

    SyncManager(QNetworkAccessManager &network, ScheduleStore &schedule, SubscriptionStore &subscriptions, Clock &clock,
                QObject *parent = nullptr);
    ~SyncManager() override;

    void setLimits(const FetchLimits &limits) { m_limits = limits; }
    const FetchLimits &limits() const { return m_limits; }
    /**
     * Seconds between automatic refreshes while a conference runs (RefreshPolicy stretches it
     * before); 0 turns the automatic refreshes off (on start, network back, periodic).
     */
    void setAutomaticInterval(qint64 seconds) { m_duringSeconds = std::max<qint64>(0, seconds); }
    qint64 automaticInterval() const { return m_duringSeconds; }
    /** Delays before the 1st, 2nd, ... retry of a transient failure; empty: no retries. */
    void setRetryDelays(const QList<int> &delaysMs) { m_retryDelays = delaysMs; }
    SubscriptionStore &subscriptions() const { return m_subscriptions; }
    /** Friends' calendars to read again whenever every subscription syncs (null: none). */
    void setFriendRefresh(FriendRefresh *friends);

    /**
     * Adds a subscription and syncs it once; 0 with a message when the URL cannot be added.
     * When that first sync fails the subscription is removed again (the report says so).
     * `fetched`: the feed's answer as discovery just read it, used instead of downloading it again.
     */
    qint64 subscribe(const QString &url, const QString &timeZone, QString *errorMessage, const QString &website = {},
                     const FetchResult *fetched = nullptr);
    /**
     * Starts finding the schedule behind an address (a conference's page, or the feed itself)
     * under this manager's limits; stores nothing. The caller owns the job (`parent`).
     */
    FeedDiscoveryJob *discover(const QUrl &url, QObject *parent);
    /**
     * Points a subscription at another URL, keeping its conference and all user data, and syncs
     * it; when that sync fails the previous URL is put back. False with a message when refused.
     */
    bool changeUrl(qint64 id, const QString &url, QString *errorMessage);
    /** Starts a sync; false when the subscription is unknown or already syncing. */
    bool sync(qint64 id, SyncTrigger trigger = SyncTrigger::Manual);
    /** Starts every subscription that may sync for this trigger; returns how many started. */
    int syncAll(SyncTrigger trigger = SyncTrigger::Manual);
    /** Stops a running sync (before its apply); the report says it was cancelled. */
    void cancel(qint64 id);

    /** Removes a conference and its subscriptions; bookmarks and notes are user data and stay. */
    bool removeConference(const QString &conferenceId, QString *errorMessage);
    /** Removes a subscription, keeping the programme it brought. */
    bool unsubscribe(qint64 id, QString *errorMessage);

    /** Imports a file off the GUI thread; fileImportFinished() brings the outcome. */
    quint64 importFile(const QString &path, const QString &timeZone);

    bool isSyncing(qint64 id) const { return m_running.contains(id); }
    bool isBusy() const;
    Progress progress(qint64 id) const;
    /** When the next retry of a failed subscription is planned (invalid when none). */
    bool retryPending(qint64 id) const { return m_retryTimers.contains(id); }

    /**
     * Turns on the automatic refreshes: all subscriptions after `startDelayMs`, again when the
     * network comes back (where QNetworkInformation has a backend), and whenever RefreshPolicy
     * says one is due (checked each time the Clock's minute turns).
     */
    void startAutomaticRefresh(int startDelayMs);
    /** Whether the platform tells Lanyard when the network comes back. */
    bool hasNetworkMonitor() const { return m_networkMonitor; }

Q_SIGNALS:
    void syncStarted(qint64 id);
    void progressChanged(qint64 id);
    void syncFinished(const SyncReport &report);
    void fileImportStarted(quint64 ticket);
    void fileImportFinished(quint64 ticket, const ImportOutcome &outcome);
    /** Nothing is running any more. */
    void idle();

private:
    struct Running
    {
        Subscription subscription;
        SyncTrigger trigger = SyncTrigger::Manual;
        QPointer<FeedFetchJob> job;
        FetchResult fetch;
        quint64 ticket = 0;
        Progress progress;
        bool removeOnFailure = false;
        std::optional<Subscription> restoreOnFailure;
    };

    bool startSync(qint64 id, SyncTrigger trigger, bool removeOnFailure, const std::optional<Subscription> &restore,
                   const FetchResult *fetched = nullptr);
    void onFetched(qint64 id);
    /** Reads what the running sync fetched (`Running::fetch`) and hands a programme to the import worker. */
    void readFetched(qint64 id);
    void onImported(quint64 ticket, const ImportOutcome &outcome);
    void finishSync(qint64 id, SyncReport report, bool transient);
    void scheduleRetry(qint64 id);
    void refreshDue();
    bool isAutomatic(SyncTrigger trigger) const;
    void checkIdle();

    QNetworkAccessManager &m_network;
    ScheduleStore &m_schedule;
    SubscriptionStore &m_subscriptions;
    Clock &m_clock;
    ImportWorker m_worker;
    FetchLimits m_limits;
    QList<int> m_retryDelays;
    QHash<qint64, Running> m_running;
    QHash<quint64, qint64> m_subscriptionByTicket;
    QSet<quint64> m_fileImports;
    QHash<qint64, int> m_failures;
    QHash<qint64, QTimer *> m_retryTimers;
    bool m_automatic = false;
    qint64 m_duringSeconds = qint64(30) * 60;
    bool m_networkMonitor = false;
    QNetworkInformation::Reachability m_reachability = QNetworkInformation::Reachability::Unknown;
    QPointer<FriendRefresh> m_friends;
};
