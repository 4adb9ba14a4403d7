#include "ScheduleDiff.h"

#include "TimeRules.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

QString EventChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return u"new"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Moved:
        return u"moved"_s;
    case Kind::Retimed:
        return u"retimed"_s;
    case Kind::Renamed:
        return u"renamed"_s;
    case Kind::Speakers:
        return u"speakers"_s;
    }
    return {};
}

std::optional<EventChange::Kind> EventChange::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Added, Kind::Cancelled, Kind::Moved, Kind::Retimed, Kind::Renamed, Kind::Speakers}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

namespace ScheduleDiff
{

QString interval(const Event &event, const QTimeZone &zone)
{
    return TimeRules::isoWithOffset(event.start, zone) + u'/' + TimeRules::isoWithOffset(event.end, zone);
}

QList<EventChange> compare(const QList<Event> &before, const QList<Event> &after, const QTimeZone &zone)
{
    QHash<QString, const Event *> previous;
    previous.reserve(before.size());
    for (const Event &event : before)
        previous.insert(event.id, &event);

    QList<EventChange> changes;
    for (const Event &event : after) {
        const auto found = previous.constFind(event.id);
        if (found == previous.constEnd()) {
            changes.append({event.id, event.title, EventChange::Kind::Added, {}, interval(event, zone)});
            continue;
        }
        const Event &old = **found;
        previous.erase(found);
        if (old.room != event.room)
            changes.append({event.id, event.title, EventChange::Kind::Moved, old.room, event.room});
        if (old.start != event.start || old.end != event.end)
            changes.append({event.id, event.title, EventChange::Kind::Retimed, interval(old, zone), interval(event, zone)});
        if (old.title != event.title)
            changes.append({event.id, event.title, EventChange::Kind::Renamed, old.title, event.title});
        if (old.speakerNames() != event.speakerNames()) {
            changes.append(
                {event.id, event.title, EventChange::Kind::Speakers, old.speakerNames().join(u", "_s), event.speakerNames().join(u", "_s)});
        }
    }
    // What is left of the previous programme is gone from the new one; keep the old file order.
    for (const Event &event : before) {
        if (previous.contains(event.id))
            changes.append({event.id, event.title, EventChange::Kind::Cancelled, interval(event, zone), {}});
    }
    return changes;
}

} // namespace ScheduleDiff
