#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>

class Clock;
class Notifier;
class ScheduleStore;
class UserDataStore;
struct AgendaItem;

/** One reminder to show: for which talk, and what it says. */
struct Reminder
{
    QString eventId;
    QDateTime start;
    QString summary;
    QString body;
};

/**
 * Reminds the user of each bookmarked talk a chosen number of minutes before it starts, with its
 * room, through a Notifier (desktop notifications). Off until turned on; the choice is kept in
 * the settings. Driven by the Clock's minute ticks, so a test (or --now) moves it through a day.
 * Each talk is reminded of once per start time (a moved talk is reminded of again).
 */
class ReminderService : public QObject
{
    Q_OBJECT
public:
    ReminderService(ScheduleStore &schedule, UserDataStore &userData, Clock &clock, Notifier &notifier, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int minutesBefore() const { return m_minutesBefore; }
    /** 1 to 240 minutes; other values are clamped. */
    void setMinutesBefore(int minutes);
    bool isAvailable() const;

    /** The reminders due at `now` for these agenda items, not counting those in `sent` (keys). */
    static QList<Reminder> due(const QList<AgendaItem> &items, const QDateTime &now, int minutesBefore, const QSet<QString> &sent,
                               const QHash<QString, QTimeZone> &zones);
    static QString keyOf(const QString &eventId, const QDateTime &start);

    /** Sends the reminders due now (called on every minute tick while enabled). */
    void check();

Q_SIGNALS:
    void settingsChanged();
    void reminded(const QString &eventId);

private:
    void save() const;

    ScheduleStore &m_schedule;
    UserDataStore &m_userData;
    Clock &m_clock;
    Notifier &m_notifier;
    bool m_enabled = false;
    int m_minutesBefore = 10;
    QSet<QString> m_sent;
};
