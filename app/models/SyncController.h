#pragma once

#include "SourceListModel.h"
#include "store/EventMarks.h"
#include "store/SubscriptionStore.h"
#include "sync/FriendRefresh.h"
#include "sync/SyncManager.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"

class Clock;
class Database;
class Preferences;
class QNetworkAccessManager;
class ScheduleStore;
class UserDataStore;

/**
 * Where conferences come from, for QML (the `Sync` singleton): subscribe, refresh, change a
 * feed's address, remove a conference, import a file (parsed off the GUI thread), the import
 * report, the new/changed marks, and the notice of what an update changed in the user's agenda.
 * Made by GuiRunner (or a test) with the app's one network manager.
 */
class SyncController : public QObject, public QmlSingleton<SyncController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(SourceListModel *sources READ sources CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /** A file import is being read and stored. */
    Q_PROPERTY(bool importing READ isImporting NOTIFY importingChanged)
    /** "Reading schedule.xml…" while importing. */
    Q_PROPERTY(QString importStatus READ importStatus NOTIFY importingChanged)
    /** IANA zone ids, for the time zone fields. */
    Q_PROPERTY(QStringList timeZones READ timeZones CONSTANT)
    /** Whether Lanyard hears when the network comes back on this system. */
    Q_PROPERTY(bool networkMonitor READ hasNetworkMonitor NOTIFY busyChanged)
    /** Seconds without data before a transfer is abandoned (setting sync/stallTimeoutSeconds). */
    Q_PROPERTY(int stallTimeoutSeconds READ stallTimeoutSeconds WRITE setStallTimeoutSeconds NOTIFY limitsChanged)
    /** Seconds before a transfer is abandoned in all (setting sync/totalTimeoutSeconds). */
    Q_PROPERTY(int totalTimeoutSeconds READ totalTimeoutSeconds WRITE setTotalTimeoutSeconds NOTIFY limitsChanged)
public:
    SyncController(Database &database, ScheduleStore &schedule, UserDataStore &userData, Clock &clock, QNetworkAccessManager &network,
                   Preferences *preferences = nullptr, QObject *parent = nullptr);
    ~SyncController() override;

    SourceListModel *sources() { return &m_sources; }
    SyncManager &manager() { return m_manager; }
    /** Friends' calendars, refreshed whenever the subscriptions sync. */
    FriendRefresh &friendRefresh() { return m_friends; }
    SubscriptionStore &subscriptions() { return m_subscriptions; }
    EventMarks &marks() { return m_marks; }
    bool isBusy() const { return m_manager.isBusy(); }
    bool isImporting() const { return !m_importTickets.isEmpty(); }
    QString importStatus() const { return m_importStatus; }
    QStringList timeZones() const;
    bool hasNetworkMonitor() const { return m_manager.hasNetworkMonitor(); }
    int stallTimeoutSeconds() const { return m_manager.limits().stallTimeoutMs / 1000; }
    void setStallTimeoutSeconds(int seconds);
    int totalTimeoutSeconds() const { return m_manager.limits().totalTimeoutMs / 1000; }
    void setTotalTimeoutSeconds(int seconds);

    /** Starts subscribing; "" when started (subscribeFinished follows), else why not. */
    Q_INVOKABLE QString subscribe(const QString &url, const QString &timeZone, const QString &website = {});
    /**
     * Starts looking for the schedule behind an address (a conference's page, or the feed);
     * "" when started (feedFound follows), else why not. Stores nothing.
     */
    Q_INVOKABLE QString findFeed(const QString &url);
    Q_INVOKABLE void cancelFindFeed();
    Q_INVOKABLE void refresh(int subscriptionId);
    Q_INVOKABLE void refreshAll();
    /** Starts a URL change (changeUrlFinished follows); "" when started, else why not. */
    Q_INVOKABLE QString changeUrl(int subscriptionId, const QString &url);
    /** Removes a conference and its subscription; "" on success, else the error. */
    Q_INVOKABLE QString removeConference(const QString &conferenceId);
    /** Drops a subscription that never brought a programme. */
    Q_INVOKABLE QString unsubscribe(int subscriptionId);
    /** Imports a local file off the GUI thread; importFinished follows. */
    Q_INVOKABLE void importFile(const QUrl &file, const QString &timeZone);
    /** The same for a path (the report's "try again"). */
    Q_INVOKABLE void importPath(const QString &path, const QString &timeZone);
    /** Whether QML may offer `url` for import (a local file). */
    Q_INVOKABLE static bool isImportableUrl(const QUrl &url);
    /** Empty or a zone Lanyard knows (IANA name or UTC offset). */
    Q_INVOKABLE static bool isValidTimeZone(const QString &zone);
    /** "just now", "5 minutes ago", "yesterday", "3 days ago"; "never" for an invalid instant. */
    Q_INVOKABLE QString relativeTime(const QDateTime &instant, const QDateTime &now) const;
    /** "1.2 MB" */
    Q_INVOKABLE static QString byteSize(double bytes);
    Q_INVOKABLE void markSeen(const QString &eventId);
    Q_INVOKABLE void markAllSeen(const QString &conferenceId);
    /** Starts the automatic refreshes (GuiRunner calls this once the window is up). */
    void startAutomaticRefresh(int startDelayMs);

Q_SIGNALS:
    void busyChanged();
    void importingChanged();
    void limitsChanged();
    /** report: {ok, message, conferenceId, title, summary, warnings, url, timeZone}. */
    void subscribeFinished(const QVariantMap &report);
    /** result: {ok, pageUrl, feedUrl, format, how, viaPage, message, tried}. */
    void feedFound(const QVariantMap &result);
    void changeUrlFinished(bool ok, const QString &message);
    /** report: {ok, error, path, fileName, timeZone, conferenceId, title, summary, warnings, changeCount}. */
    void importFinished(const QVariantMap &report);
    /** An update changed the programme of a conference; `yourChanges` are the sentences about bookmarked events. */
    void updateArrived(const QString &conferenceId, const QString &title, const QStringList &yourChanges, int changeCount);

private:
    void onSyncFinished(const SyncReport &report);
    void announceChanges(const QString &conferenceId, const QString &title, const QList<EventChange> &changes);
    /**
     * The import report's first lines in the user's language: "84 events on 3 days in 10 rooms.
     * New in Lanyard." (the command line's summary is English and counts warnings, which the
     * report lists itself).
     */
    static QString readableSummary(int eventCount, int dayCount, int roomCount, bool firstImport, bool unchanged, int changeCount);

    ScheduleStore &m_schedule;
    UserDataStore &m_userData;
    Clock &m_clock;
    SubscriptionStore m_subscriptions;
    EventMarks m_marks;
    SyncManager m_manager;
    FriendRefresh m_friends;
    SourceListModel m_sources;
    QHash<quint64, QVariantMap> m_importTickets;
    QPointer<FeedDiscoveryJob> m_discovery;
    /** The last feed discovery found (address and answer), handed to subscribe() so it is not downloaded twice. */
    QUrl m_discoveredUrl;
    FetchResult m_discoveredFeed;
    QString m_importStatus;
};
