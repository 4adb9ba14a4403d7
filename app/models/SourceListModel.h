#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

class ScheduleStore;
class SubscriptionStore;
class SyncManager;

/**
 * Every conference in the local cache with where it comes from (a subscription, a file, the
 * bundled programme) and how its syncing goes: last success, last error, progress while fetching.
 * A subscription whose first sync has not finished yet is a row of its own. Rows are updated in
 * place; progress changes touch only the row that syncs.
 */
class SourceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SourceListModel is owned by Sync")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int subscriptionCount READ subscriptionCount NOTIFY subscriptionCountChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ConferenceIdRole,
        TitleRole,
        StartRole,
        EndRole,
        EventCountRole,
        KindRole,
        SourceRole,
        SubscriptionIdRole,
        UrlRole,
        TimeZoneRole,
        LastSuccessRole,
        LastAttemptRole,
        LastErrorRole,
        SyncingRole,
        PhaseRole,
        ProgressRole,
        ReceivedRole,
        RetryPendingRole,
        /** The conference's web page the feed was found from; empty when subscribed to the feed itself. */
        WebsiteRole,
    };
    Q_ENUM(Role)

    SourceListModel(ScheduleStore &schedule, SubscriptionStore &subscriptions, SyncManager &manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Re-reads conferences and subscriptions and applies the difference row by row. */
    void reload();
    int subscriptionCount() const;
    Q_INVOKABLE int indexOfConference(const QString &conferenceId) const;
    Q_INVOKABLE int indexOfSubscription(int subscriptionId) const;

Q_SIGNALS:
    void countChanged();
    void subscriptionCountChanged();

private:
    struct Row
    {
        QString key;
        QString conferenceId;
        QString title;
        QString start;
        QString end;
        int eventCount = 0;
        QString kind;
        QString source;
        qint64 subscriptionId = -1;
        QString url;
        QString website;
        QString timeZone;
        QDateTime lastSuccess;
        QDateTime lastAttempt;
        QString lastError;
        bool operator==(const Row &other) const = default;
    };
    QList<Row> readRows() const;
    int indexOfKey(const QString &key) const;
    void progressChanged(qint64 subscriptionId);

    ScheduleStore &m_schedule;
    SubscriptionStore &m_subscriptions;
    SyncManager &m_manager;
    QList<Row> m_rows;
};
