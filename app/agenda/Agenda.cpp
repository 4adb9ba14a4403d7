#include "Agenda.h"

#include "Conflicts.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString AgendaItem::kindName(Kind kind)
{
    return kind == Kind::Trip ? u"trip"_s : u"event"_s;
}

QString AgendaItem::priorityName(Priority priority)
{
    switch (priority) {
    case Priority::MustSee:
        return u"must"_s;
    case Priority::Maybe:
        return u"maybe"_s;
    case Priority::None:
        break;
    }
    return {};
}

std::optional<Priority> AgendaItem::priorityFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"must"_s || lower == u"must-see"_s || lower == u"mustsee"_s)
        return Priority::MustSee;
    if (lower == u"maybe"_s)
        return Priority::Maybe;
    return std::nullopt;
}

AgendaItem Agenda::itemForEvent(const Event &event, const EventUserData &userData, bool cancelled)
{
    AgendaItem item;
    item.kind = AgendaItem::Kind::Event;
    item.id = event.id;
    item.conferenceId = event.conferenceId;
    item.title = event.title;
    item.subtitle = event.subtitle;
    item.start = event.start;
    item.end = event.end;
    item.day = event.day;
    item.location = event.room;
    item.track = event.track;
    item.speakers = event.speakerNames();
    item.url = event.url;
    item.videos = event.videos;
    item.notRecorded = event.recorded == false;
    item.priority = userData.priority;
    item.note = userData.note;
    item.rating = userData.rating;
    item.watchedAt = userData.watchedAt;
    item.cancelled = cancelled;
    item.event = event;
    return item;
}

Agenda Agenda::build(const ScheduleStore &schedule, const UserDataStore &userData, const Options &options)
{
    QList<AgendaItem> items;
    const QStringList ids = userData.bookmarkedIds(options.conferenceId);
    const QHash<QString, QDateTime> cancelled = schedule.cancelledEvents(options.conferenceId);
    // Bookmarks of events not (yet) in the programme simply have no event here: they wait.
    for (const Event &event : schedule.eventsByIds(ids)) {
        const EventUserData data = userData.value(event.id);
        const bool isCancelled = cancelled.contains(event.id);
        if (isCancelled && data.dismissedAt.isValid())
            continue;
        items.append(itemForEvent(event, data, isCancelled));
    }
    for (const AgendaItem &other : options.otherItems) {
        if (options.conferenceId.isEmpty() || other.conferenceId == options.conferenceId)
            items.append(other);
    }

    QList<Conference> conferences;
    QSet<QString> wanted;
    for (const AgendaItem &item : std::as_const(items))
        wanted.insert(item.conferenceId);
    if (!options.conferenceId.isEmpty())
        wanted.insert(options.conferenceId);
    for (const ConferenceSummary &summary : schedule.conferences()) {
        if (wanted.contains(summary.conference.id))
            conferences.append(summary.conference);
    }
    return fromItems(std::move(items), conferences);
}

Agenda Agenda::fromItems(QList<AgendaItem> items, const QList<Conference> &conferences)
{
    Agenda agenda;
    annotate(items);
    agenda.m_items = std::move(items);
    agenda.m_conferences = conferences;
    for (qsizetype i = 0; i < agenda.m_items.size(); ++i)
        agenda.m_indexById.insert(agenda.m_items[i].id, i);
    return agenda;
}

void Agenda::annotate(QList<AgendaItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        if (a.title != b.title)
            return a.title < b.title;
        return a.id < b.id;
    });

    // Conflicts among everything that will happen, across days and conferences alike.
    QList<Conflicts::Interval> intervals;
    intervals.reserve(items.size());
    for (const AgendaItem &item : std::as_const(items)) {
        if (!item.cancelled)
            intervals.append({item.id, item.start, item.end});
    }
    const QHash<QString, QStringList> conflicts = Conflicts::find(intervals);

    // Gaps and room changes between consecutive items of one conference day.
    struct DayState
    {
        QDateTime latestEnd;
        QString lastLocation;
    };
    QHash<QString, DayState> dayStates;
    for (AgendaItem &item : items) {
        item.conflicts = conflicts.value(item.id);
        item.gapBeforeSeconds = 0;
        item.previousLocation.clear();
        item.firstOfDay = false;
        if (item.cancelled)
            continue;
        const QString dayKey = item.conferenceId + u'/' + item.day.toString(Qt::ISODate);
        auto state = dayStates.find(dayKey);
        if (state == dayStates.end()) {
            item.firstOfDay = true;
            dayStates.insert(dayKey, DayState{item.end, item.location});
            continue;
        }
        if (state->latestEnd < item.start)
            item.gapBeforeSeconds = state->latestEnd.secsTo(item.start);
        // A walk to another room matters between items one after the other; overlapping ones are a conflict.
        // Rooms are the venue's: a trip's place is no room, and the way there is part of the trip.
        const bool inVenue = item.kind == AgendaItem::Kind::Event;
        if (inVenue && state->latestEnd <= item.start && !state->lastLocation.isEmpty() && !item.location.isEmpty()
            && state->lastLocation != item.location)
            item.previousLocation = state->lastLocation;
        state->latestEnd = std::max(state->latestEnd, item.end);
        if (inVenue && !item.location.isEmpty())
            state->lastLocation = item.location;
    }
}

QList<AgendaDay> Agenda::days() const
{
    QList<AgendaDay> result;
    QHash<QString, qsizetype> indexByKey;
    for (const AgendaItem &item : m_items) {
        const QString key = item.conferenceId + u'/' + item.day.toString(Qt::ISODate);
        auto found = indexByKey.constFind(key);
        if (found == indexByKey.constEnd()) {
            found = indexByKey.insert(key, result.size());
            result.append(AgendaDay{item.conferenceId, item.day, {}});
        }
        result[*found].items.append(item);
    }
    // Items are in start order, so days come in the order of their first item.
    return result;
}

const Conference *Agenda::conference(const QString &conferenceId) const
{
    for (const Conference &conference : m_conferences) {
        if (conference.id == conferenceId)
            return &conference;
    }
    return nullptr;
}

QTimeZone Agenda::zoneOf(const AgendaItem &item) const
{
    const Conference *found = conference(item.conferenceId);
    const QTimeZone zone = found ? found->timeZone() : QTimeZone();
    return zone.isValid() ? zone : QTimeZone::utc();
}

const AgendaItem *Agenda::item(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.constEnd() ? nullptr : &m_items[*found];
}
