#pragma once

#include "Event.h"

#include <QList>
#include <QString>
#include <QTimeZone>

/** One difference between the previous and the new programme for one event. */
struct EventChange
{
    enum class Kind { Added, Cancelled, Moved, Retimed, Renamed, Speakers };

    QString eventId;
    /** The event's title (the new one where it has one, else the old). */
    QString title;
    Kind kind = Kind::Added;
    /** The old and new value: room names, "START/END" ISO 8601 intervals, titles, speaker lists. */
    QString before;
    QString after;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    bool operator==(const EventChange &other) const = default;
};

/**
 * Compares two programmes of one conference event by event (by stable id, through a hash map, so
 * the cost stays linear at any size). An event can have several changes (moved and retimed).
 */
namespace ScheduleDiff
{
QList<EventChange> compare(const QList<Event> &before, const QList<Event> &after, const QTimeZone &zone);
/** "2013-07-07T13:00:00+10:00/2013-07-07T13:30:00+10:00". */
QString interval(const Event &event, const QTimeZone &zone);
} // namespace ScheduleDiff
