#include "ReminderService.h"

#include "Agenda.h"
#include "Notifier.h"
#include "core/Clock.h"
#include "store/ScheduleStore.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kEnabledKey = u"reminders/enabled"_s;
const QString kMinutesKey = u"reminders/minutesBefore"_s;
constexpr int kMaxMinutes = 240;
} // namespace

ReminderService::ReminderService(ScheduleStore &schedule, UserDataStore &userData, Clock &clock, Notifier &notifier, QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_userData(userData)
    , m_clock(clock)
    , m_notifier(notifier)
{
    const QSettings settings;
    m_enabled = settings.value(kEnabledKey, false).toBool();
    m_minutesBefore = std::clamp(settings.value(kMinutesKey, 10).toInt(), 1, kMaxMinutes);
    connect(&m_clock, &Clock::minuteChanged, this, &ReminderService::check);
}

void ReminderService::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    save();
    Q_EMIT settingsChanged();
    check();
}

void ReminderService::setMinutesBefore(int minutes)
{
    minutes = std::clamp(minutes, 1, kMaxMinutes);
    if (m_minutesBefore == minutes)
        return;
    m_minutesBefore = minutes;
    save();
    Q_EMIT settingsChanged();
    check();
}

bool ReminderService::isAvailable() const
{
    return m_notifier.isAvailable();
}

void ReminderService::save() const
{
    QSettings settings;
    settings.setValue(kEnabledKey, m_enabled);
    settings.setValue(kMinutesKey, m_minutesBefore);
}

QString ReminderService::keyOf(const QString &eventId, const QDateTime &start)
{
    return eventId + u'@' + QString::number(start.toSecsSinceEpoch());
}

QList<Reminder> ReminderService::due(const QList<AgendaItem> &items, const QDateTime &now, int minutesBefore, const QSet<QString> &sent,
                                     const QHash<QString, QTimeZone> &zones)
{
    QList<Reminder> result;
    for (const AgendaItem &item : items) {
        if (item.cancelled || item.kind != AgendaItem::Kind::Event)
            continue;
        // From `minutesBefore` before the start until the start: a reminder after the talk began is no use.
        if (now < item.start.addSecs(-qint64(minutesBefore) * 60) || now >= item.start)
            continue;
        if (sent.contains(keyOf(item.id, item.start)))
            continue;
        const qint64 minutesLeft = (now.secsTo(item.start) + 59) / 60;
        const QTimeZone zone = zones.value(item.conferenceId, QTimeZone::utc());
        Reminder reminder;
        reminder.eventId = item.id;
        reminder.start = item.start;
        reminder.summary = ReminderService::tr("In %n min: %1", nullptr, int(minutesLeft)).arg(item.title);
        const QString time = item.start.toTimeZone(zone).toString(u"HH:mm"_s);
        reminder.body = item.location.isEmpty() ? ReminderService::tr("Starts at %1").arg(time)
                                                : ReminderService::tr("Starts at %1 in %2").arg(time, item.location);
        result.append(reminder);
    }
    return result;
}

void ReminderService::check()
{
    if (!m_enabled)
        return;
    const Agenda agenda = Agenda::build(m_schedule, m_userData, {});
    QHash<QString, QTimeZone> zones;
    for (const Conference &conference : agenda.conferences())
        zones.insert(conference.id, conference.timeZone());
    const QList<Reminder> reminders = due(agenda.items(), m_clock.now(), m_minutesBefore, m_sent, zones);
    // Asked only when there is something to show: the question is a D-Bus round trip.
    if (reminders.isEmpty() || !m_notifier.isAvailable())
        return;
    for (const Reminder &reminder : reminders) {
        m_sent.insert(keyOf(reminder.eventId, reminder.start));
        m_notifier.notify(reminder.summary, reminder.body);
        Q_EMIT reminded(reminder.eventId);
    }
}
