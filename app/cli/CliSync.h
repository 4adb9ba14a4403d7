#pragma once

#include "store/SubscriptionStore.h"
#include "sync/FriendRefresh.h"
#include "sync/SyncManager.h"

#include <QJsonObject>

struct CliContext;

/**
 * What the sync verbs share: the subscriptions and a SyncManager on the CLI's stores and network
 * manager, an event loop run until every started sync has finished, and how a report is printed.
 * No retries on the command line: a failure is reported at once.
 */
class CliSync
{
public:
    explicit CliSync(CliContext &context);

    SubscriptionStore &subscriptions() { return m_subscriptions; }
    SyncManager &manager() { return m_manager; }
    FriendRefresh &friends() { return m_friends; }
    /** How each friend's refresh in the last wait() ended: name and error (empty: refreshed). */
    const QList<std::pair<QString, QString>> &friendReports() const { return m_friendReports; }
    /** Runs the event loop until nothing is syncing; returns the reports, in the order they ended. */
    QList<SyncReport> wait();

    /** {subscription, url, conference, title, status, events, days, rooms, changes, warnings, httpStatus, message}. */
    static QJsonObject toJson(const SyncReport &report);
    /** "conference<TAB>status<TAB>counts<TAB>message" */
    static QString line(const SyncReport &report);
    /** A subscription by conference id or by its number; a message when there is none. */
    std::optional<Subscription> resolve(const QString &typed, QString *errorMessage) const;

private:
    CliContext &m_context;
    SubscriptionStore m_subscriptions;
    SyncManager m_manager;
    FriendRefresh m_friends;
    QList<SyncReport> m_reports;
    QList<std::pair<QString, QString>> m_friendReports;
};
