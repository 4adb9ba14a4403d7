#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include "ConferenceListModel.h"
#include "QmlSingleton.h"
#include "ScheduleFilter.h"
#include "agenda/AgendaState.h"
#include "agenda/FriendsState.h"
#include "store/HiddenItems.h"

class Clock;
class ScheduleStore;
class TimeFormat;
class UserDataStore;
struct Event;

/**
 * What the whole UI shares: the stores, the clock, the chosen conference and its days, rooms,
 * tracks and filter. Made by the app's services and handed to QML as the `App` singleton; list
 * models are handed it (or, made by QML, take the one QML has).
 */
class AppController : public QObject, public QmlSingleton<AppController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(ConferenceListModel *conferences READ conferences CONSTANT)
    Q_PROPERTY(ScheduleFilter *filter READ filter CONSTANT)
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceChanged)
    Q_PROPERTY(QVariantMap conference READ conference NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList days READ days NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList tracks READ tracks NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList types READ types NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY conferenceChanged)
    /** The day the schedule opens on: today while the conference runs, else its first day. */
    Q_PROPERTY(QString defaultDay READ defaultDay NOTIFY defaultDayChanged)
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
    /** The conference day of "now" ("YYYY-MM-DD"), or "" when the conference is not running. */
    Q_PROPERTY(QString today READ today NOTIFY nowChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    /** How many tracks, rooms, languages and types of the current conference are hidden from every view. */
    Q_PROPERTY(int hiddenItemCount READ hiddenItemCount NOTIFY hiddenItemsChanged)
    /** How many items (bookmarked events and trips) the current conference's agenda has: the sidebar's count. */
    Q_PROPERTY(int agendaCount READ agendaCount NOTIFY agendaCountChanged)
    /** The friends whose calendars the user plans with, sorted. */
    Q_PROPERTY(QStringList friendNames READ friendNames NOTIFY friendsChanged)
public:
    /** `format` (may be null) is kept on the current conference's zone and the app's clock. */
    AppController(ScheduleStore &schedule, UserDataStore &userData, Clock &clock, TimeFormat *format, QObject *parent = nullptr);
    ~AppController() override;

    ScheduleStore &scheduleStore() const { return m_schedule; }
    UserDataStore &userDataStore() const { return m_userData; }
    Clock &clock() const { return m_clock; }
    /** The formatter on the current conference's zone; null where none was handed in. */
    TimeFormat *timeFormat() const { return m_format; }
    /** Bookmarks plus trips: the agendas, conflicts and gaps every view reads. */
    AgendaState &agendaState() { return m_agendaState; }
    const AgendaState &agendaState() const { return m_agendaState; }
    /** Friends' plans matched to the programme: who goes where, and when they are busy. */
    const FriendsState &friendsState() const { return m_friendsState; }
    QStringList friendNames() const { return m_friendsState.names(); }
    /** Reads the friends again (after a refresh by the sync; another process's changes come by themselves). */
    Q_INVOKABLE void reloadFriends() { m_friendsState.reload(); }

    ConferenceListModel *conferences() { return &m_conferences; }
    ScheduleFilter *filter() { return &m_filter; }
    QString conferenceId() const { return m_conferenceId; }
    void setConferenceId(const QString &conferenceId);
    QVariantMap conference() const { return m_conferenceInfo; }
    QStringList days() const { return m_days; }
    QStringList rooms() const { return m_rooms; }
    QStringList tracks() const;
    QStringList types() const { return m_types; }
    QStringList languages() const { return m_languages; }
    QString defaultDay() const;
    QDateTime now() const;
    QString today() const;
    /** The conferences whose days include today, in their own time zones. */
    QStringList runningConferenceIds() const;
    QString version() const;

    /** Reads what another process changed that this controller keeps itself (hidden items). */
    void reloadAfterOutsideChange();

    /** What the user hid from every view (per conference). */
    HiddenItems &hiddenItems() const { return *m_hiddenItems; }
    /** True when an event is hidden from every view (its track, room, language or type is hidden). */
    bool isHidden(const Event &event) const;
    int hiddenItemCount() const;
    int agendaCount() const;
    /** Hides (or shows again) a "track", "room", "language" or "type" of the current conference in every view. */
    Q_INVOKABLE void setHidden(const QString &kind, const QString &value, bool hidden);
    Q_INVOKABLE bool isHiddenItem(const QString &kind, const QString &value) const;
    /** Shows every hidden track, room, language and type of the current conference again. */
    Q_INVOKABLE void showAllHidden();

    /** "#rrggbb" for a track: the feed's colour where it gives one, else one from a fixed palette. */
    Q_INVOKABLE QString trackColor(const QString &track) const;
    Q_INVOKABLE bool isBookmarked(const QString &eventId) const;
    /** Bookmarks (as a must-see) or removes the bookmark. */
    Q_INVOKABLE void toggleBookmark(const QString &eventId, const QString &conferenceId);
    /** 0 removes the bookmark, 1 must see, 2 maybe. */
    Q_INVOKABLE void setPriority(const QString &eventId, const QString &conferenceId, int priority);
    Q_INVOKABLE void setNote(const QString &eventId, const QString &conferenceId, const QString &note);
    /** 1 to 5; 0 removes the rating. */
    Q_INVOKABLE void setRating(const QString &eventId, const QString &conferenceId, int rating);
    Q_INVOKABLE void setWatched(const QString &eventId, const QString &conferenceId, bool watched);
    /** Takes a cancelled bookmarked event off the agenda. */
    Q_INVOKABLE void dismissCancelled(const QString &eventId, const QString &conferenceId);
    /** Opens http, https and mailto links in the system's browser or mail program; refuses others. */
    Q_INVOKABLE bool openLink(const QString &url);
    /** Where a recording is: "YouTube", "archive.org", ... or the host name. */
    Q_INVOKABLE QString videoLabel(const QString &url) const;
    /** Whether openLink would open it. */
    Q_INVOKABLE static bool isOpenableLink(const QString &url);
    /** Puts plain text on the system clipboard (a talk's link from a context menu). */
    Q_INVOKABLE static void copyText(const QString &text);

Q_SIGNALS:
    void conferenceChanged();
    /** The current conference's programme was replaced (an import or sync changed it). */
    void scheduleChanged();
    void nowChanged();
    void defaultDayChanged();
    /** Something of the current conference was hidden or shown again. */
    void hiddenItemsChanged();
    /** A friend was added, removed or refreshed, or the programme they match against changed. */
    void friendsChanged();
    /** The current conference's agenda may have another number of items. */
    void agendaCountChanged();
    /** A user-facing error to show (e.g. a write that failed). */
    void errorOccurred(const QString &message);

private:
    void reloadConference();
    void updateDefaultDay();

    ScheduleStore &m_schedule;
    UserDataStore &m_userData;
    Clock &m_clock;
    TimeFormat *m_format = nullptr;
    AgendaState m_agendaState;
    FriendsState m_friendsState;
    ConferenceListModel m_conferences;
    ScheduleFilter m_filter;
    QString m_conferenceId;
    QVariantMap m_conferenceInfo;
    QStringList m_days;
    QDate m_start;
    QDate m_end;
    QStringList m_rooms;
    QStringList m_trackNames;
    QStringList m_types;
    QStringList m_languages;
    QTime m_dayChange;
    QString m_defaultDay;
    QHash<QString, QString> m_trackColors;
    std::unique_ptr<HiddenItems> m_hiddenItems;
};
