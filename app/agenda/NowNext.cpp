#include "NowNext.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace NowNext
{

Snapshot compute(const QList<Event> &events, const QDateTime &at, const Agenda &agenda, const QStringList &rooms, qint64 windowSeconds)
{
    Snapshot snapshot;
    snapshot.at = at;
    if (events.isEmpty())
        return snapshot;

    // Each conference day's span, from its first start to its last end.
    struct Span
    {
        QDateTime start;
        QDateTime end;
    };
    QHash<QDate, Span> days;
    for (const Event &event : events) {
        Span &span = days[event.day];
        if (!span.start.isValid() || event.start < span.start)
            span.start = event.start;
        if (!span.end.isValid() || event.end > span.end)
            span.end = event.end;
        if (!snapshot.firstStart.isValid() || event.start < snapshot.firstStart)
            snapshot.firstStart = event.start;
        if (!snapshot.lastEnd.isValid() || event.end > snapshot.lastEnd)
            snapshot.lastEnd = event.end;
        if (event.start > at && (!snapshot.nextStart.isValid() || event.start < snapshot.nextStart))
            snapshot.nextStart = event.start;
    }
    const auto isBookmarked = [&agenda](const QString &eventId) {
        const AgendaItem *item = agenda.item(eventId);
        return item && item->kind == AgendaItem::Kind::Event && item->priority != Priority::None;
    };

    if (at < snapshot.firstStart) {
        snapshot.phase = Phase::Before;
    } else if (at >= snapshot.lastEnd) {
        snapshot.phase = Phase::After;
    } else {
        const bool inADay = std::any_of(days.cbegin(), days.cend(), [&at](const Span &span) { return span.start <= at && at < span.end; });
        snapshot.phase = inADay ? Phase::During : Phase::Between;
    }

    const QDateTime windowEnd = at.addSecs(windowSeconds);
    for (const Event &event : events) {
        const bool running = event.start <= at && at < event.end;
        const bool upcoming = event.start > at && event.start <= windowEnd;
        if (!running && !upcoming)
            continue;
        Entry entry;
        entry.event = event;
        entry.running = running;
        entry.bookmarked = isBookmarked(event.id);
        if (running) {
            const qint64 length = event.start.secsTo(event.end);
            entry.progress = length > 0 ? double(event.start.secsTo(at)) / double(length) : 0.0;
            entry.seconds = at.secsTo(event.end);
        } else {
            entry.seconds = at.secsTo(event.start);
        }
        if (entry.bookmarked) {
            // The agenda's clashes: the same rule, and the same trips, as every other view.
            for (const QString &otherId : agenda.item(event.id)->conflicts) {
                entry.conflictIds.append(otherId);
                entry.conflictTitles.append(agenda.item(otherId)->title);
            }
        }
        (running ? snapshot.now : snapshot.next).append(std::move(entry));
    }

    const auto roomIndex = [&rooms](const QString &room) {
        const qsizetype index = rooms.indexOf(room);
        return index < 0 ? rooms.size() : index;
    };
    std::stable_sort(snapshot.now.begin(), snapshot.now.end(), [&](const Entry &a, const Entry &b) {
        if (a.bookmarked != b.bookmarked)
            return a.bookmarked;
        const qsizetype ra = roomIndex(a.event.room);
        const qsizetype rb = roomIndex(b.event.room);
        if (ra != rb)
            return ra < rb;
        if (a.event.room != b.event.room)
            return a.event.room < b.event.room;
        return a.event.start < b.event.start;
    });
    std::stable_sort(snapshot.next.begin(), snapshot.next.end(), [&](const Entry &a, const Entry &b) {
        if (a.bookmarked != b.bookmarked)
            return a.bookmarked;
        if (a.event.start != b.event.start)
            return a.event.start < b.event.start;
        const qsizetype ra = roomIndex(a.event.room);
        const qsizetype rb = roomIndex(b.event.room);
        if (ra != rb)
            return ra < rb;
        return a.event.room < b.event.room;
    });
    return snapshot;
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::NoProgramme:
        return u"no-programme"_s;
    case Phase::Before:
        return u"before"_s;
    case Phase::During:
        return u"during"_s;
    case Phase::Between:
        return u"between"_s;
    case Phase::After:
        return u"after"_s;
    }
    return {};
}

} // namespace NowNext
