#pragma once

#include "sync/FeedFetchJob.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class Clock;
class Database;
class QNetworkAccessManager;
class ScheduleStore;

/**
 * Reads friends' calendars again: files from their path, addresses with a FeedFetchJob under
 * the subscriptions' limits (at most FriendCalendar::kMaxBytes). A copy that reads as a calendar
 * replaces the last good one; anything else (no network, a 404, a web page, a deleted file) is
 * noted as the friend's last error and the last good copy stays. SyncManager starts it whenever
 * it syncs every subscription, so friends refresh when subscriptions do.
 */
class FriendRefresh : public QObject
{
    Q_OBJECT
public:
    FriendRefresh(QNetworkAccessManager &network, Database &database, const ScheduleStore &schedule, Clock &clock,
                  QObject *parent = nullptr);
    ~FriendRefresh() override;

    void setLimits(const FetchLimits &limits);
    /** Starts reading every friend's calendar again; how many were started (files finish at once). */
    int refreshAll();
    bool isBusy() const { return !m_jobs.isEmpty(); }

    /**
     * Fetches a calendar address once (for `friends add`): the job reports finished(); its body
     * is checked with FriendCalendar::check by the caller. The caller owns the job (`parent`).
     */
    FeedFetchJob *fetch(const QUrl &url, QObject *parent);

Q_SIGNALS:
    /** One friend's refresh ended; `error` is empty when the copy was replaced. */
    void refreshed(const QString &name, const QString &error);
    /** Nothing is being fetched any more. */
    void idle();

private:
    void finish(const QString &name, const QByteArray &bytes, const QString &sourceName, const QString &fetchError);

    QNetworkAccessManager &m_network;
    Database &m_database;
    const ScheduleStore &m_schedule;
    Clock &m_clock;
    FetchLimits m_limits;
    QHash<QString, QPointer<FeedFetchJob>> m_jobs;
};
