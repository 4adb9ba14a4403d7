#pragma once

#include "core/EventIdentity.h"
#include "core/Schedule.h"
#include "core/TimeRules.h"

#include <QString>

/** Builds small synthetic programmes for tests: times are given as local wall time in the zone. */
class ScheduleBuilder
{
public:
    explicit ScheduleBuilder(const QString &acronym = QStringLiteral("testconf"),
                             const QString &zoneId = QStringLiteral("Australia/Hobart"))
    {
        m_schedule.conference.acronym = acronym;
        m_schedule.conference.title = QStringLiteral("Test Conference ") + acronym;
        m_schedule.conference.timeZoneId = zoneId;
        m_schedule.format = QStringLiteral("test");
    }

    /** Adds an event; `start` is "YYYY-MM-DD HH:MM" local time, `minutes` its length. */
    ScheduleBuilder &event(const QString &guid, const QString &title, const QString &start, int minutes, const QString &room,
                           const QStringList &speakers = {}, const QString &track = {})
    {
        Event event;
        event.guid = guid;
        event.title = title;
        const QDateTime local = QDateTime::fromString(start, QStringLiteral("yyyy-MM-dd HH:mm"));
        event.start = TimeRules::localToUtc(local.date(), local.time(), TimeRules::zoneFromId(m_schedule.conference.timeZoneId));
        event.end = event.start.addSecs(qint64(minutes) * 60);
        event.day = local.date();
        event.room = room;
        event.track = track;
        for (const QString &name : speakers)
            event.persons.append(Person{{}, name});
        m_schedule.events.append(event);
        return *this;
    }

    /** The last added event, to set more fields. */
    Event &last() { return m_schedule.events.last(); }

    Schedule build() const
    {
        Schedule schedule = m_schedule;
        schedule.completeDerivedData();
        EventIdentity::assign(schedule);
        return schedule;
    }

private:
    Schedule m_schedule;
};
