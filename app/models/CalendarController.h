#pragma once

#include "store/CalendarSyncStore.h"

#include <QObject>

#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

#include "QmlSingleton.h"

class Clock;
class Database;
class PlaceStore;
class Preferences;
class QNetworkAccessManager;
class ScheduleStore;
class SyncManager;
class TripStore;
class UserDataStore;

/**
 * Settings → Calendar, for QML (the `Calendar` singleton): connect to a CalDAV calendar, sync now,
 * disconnect, and one status line. Syncs with the subscriptions' rhythm: after each round of
 * programme updates (so a moved talk reaches the phone with it) and every sync interval of the
 * settings (never when that is "only when I ask"). The password comes from the keyring; where
 * there is none, the page asks once per session and keeps it in memory only.
 */
class CalendarController : public QObject, public QmlSingleton<CalendarController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Calendar)
    QML_SINGLETON
    Q_PROPERTY(bool connected READ isConnected NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    /** "Lanyard at https://dav.example.org/alice/lanyard/ as alice" */
    Q_PROPERTY(QString account READ account NOTIFY stateChanged)
    /** "Last synced 5 minutes ago", "Sync failed: …", "Syncing…" */
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    /** The keyring has no password (or there is no keyring): the page asks for one for this session. */
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY stateChanged)
    /** What the last sync changed here or could not keep, one line each. */
    Q_PROPERTY(QStringList changes READ changes NOTIFY stateChanged)
public:
    CalendarController(Database &database, ScheduleStore &schedule, UserDataStore &userData, TripStore *trips, PlaceStore *places,
                       Clock &clock, QNetworkAccessManager &network, Preferences *preferences = nullptr, QObject *parent = nullptr);
    ~CalendarController() override;
    /** For QML when the app made none: not connected, cannot connect. */
    static CalendarController *standIn();

    bool isConnected() const { return m_account.has_value(); }
    bool isBusy() const { return m_busy; }
    QString account() const;
    QString status() const;
    bool needsPassword() const { return m_needsPassword; }
    QStringList changes() const;

    /** Finds or makes the calendar; "" when connected, else what failed (server and status). */
    Q_INVOKABLE QString connectTo(const QString &url, const QString &user, const QString &password, const QString &collection);
    /** Syncs now; "" on success, else what failed. */
    Q_INVOKABLE QString syncNow();
    Q_INVOKABLE void disconnectCalendar();
    /** The password for this session, where the keyring has none. */
    Q_INVOKABLE void setSessionPassword(const QString &password);

    /** Syncs after each round of programme updates, and at the settings' interval. */
    void followSubscriptions(SyncManager &manager);

Q_SIGNALS:
    void stateChanged();

private:
    struct StandIn
    {
    };
    /**
     * The stand-in: not connected, cannot connect. Not a default constructor, which Qt 6.4's QML
     * would call in place of create() and so bypass the instance main() made.
     */
    explicit CalendarController(StandIn);

    void reload();
    std::optional<QString> password();
    void applyInterval();

    // Null in the stand-in QML gets where no window made one (tests of other pages): never connected.
    ScheduleStore *m_schedule = nullptr;
    UserDataStore *m_userData = nullptr;
    TripStore *m_trips = nullptr;
    PlaceStore *m_places = nullptr;
    Clock *m_clock = nullptr;
    /** Whose sync interval the calendar follows; null: only when asked. */
    Preferences *m_preferences = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<CalendarSyncStore> m_state;
    std::optional<CalendarAccount> m_account;
    QList<CalendarSyncNote> m_notes;
    QString m_sessionPassword;
    QString m_lastError;
    QTimer m_timer;
    bool m_busy = false;
    bool m_needsPassword = false;
};
