#include "FriendPlans.h"

#include "IcsBookmarkImport.h"
#include "store/ScheduleStore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

void FriendPlans::sortNames(QStringList &names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
}

FriendPlans FriendPlans::build(const QList<Friend> &friends, const ScheduleStore &schedule)
{
    FriendPlans result;
    if (friends.isEmpty())
        return result;
    QList<Conference> conferences;
    QList<Event> events;
    QHash<QString, QDateTime> cancelled;
    for (const ConferenceSummary &summary : schedule.conferences()) {
        conferences.append(summary.conference);
        events.append(schedule.events(summary.conference.id, {}, ScheduleStore::Detail::Listing));
    }
    cancelled = schedule.cancelledEvents();
    QHash<QString, const Event *> byId;
    for (const Event &event : std::as_const(events))
        byId.insert(event.id, &event);
    const IcsBookmarkImport::Matcher matcher(events);

    for (const Friend &person : friends) {
        FriendPlan plan;
        plan.name = person.name;
        const IcsBookmarkImport::Entries entries = IcsBookmarkImport::readEntries(person.calendar, person.name, conferences);
        plan.error = entries.error;
        plan.entries = int(entries.events.size());
        QSet<QString> seen;
        for (const Event &entry : entries.events) {
            const QString id = matcher.match(entry);
            if (id.isEmpty()) {
                if (!entry.start.isValid() || !entry.end.isValid())
                    continue;
                plan.blocks.append({entry.title, entry.start, entry.end});
                plan.busy.append({u"friend:%1:%2"_s.arg(person.name).arg(plan.busy.size()), entry.start, entry.end});
                continue;
            }
            if (seen.contains(id))
                continue;
            seen.insert(id);
            plan.eventIds.append(id);
            result.m_byEvent[id].append(person.name);
            // The programme's time: a talk that moved since the friend exported moved for them too.
            const Event *event = byId.value(id);
            if (event && !cancelled.contains(id))
                plan.busy.append({u"friend:%1:%2"_s.arg(person.name).arg(plan.busy.size()), event->start, event->end});
        }
        result.m_plans.append(plan);
    }
    for (QStringList &names : result.m_byEvent)
        sortNames(names);
    return result;
}

const FriendPlan *FriendPlans::plan(const QString &name) const
{
    for (const FriendPlan &plan : m_plans) {
        if (plan.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &plan;
    }
    return nullptr;
}

QList<Conflicts::Interval> FriendPlans::busyOf(const QStringList &names) const
{
    QList<Conflicts::Interval> result;
    for (const QString &name : names) {
        if (const FriendPlan *found = plan(name))
            result.append(found->busy);
    }
    return result;
}
