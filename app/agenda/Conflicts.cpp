#include "Conflicts.h"

#include <algorithm>

namespace Conflicts
{

bool overlap(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart, const QDateTime &bEnd)
{
    return aStart < aEnd && bStart < bEnd && aStart < bEnd && bStart < aEnd;
}

QHash<QString, QStringList> find(QList<Interval> intervals)
{
    // Items without a positive duration occupy no instant: they can clash with nothing.
    intervals.removeIf(
        [](const Interval &interval) { return !interval.start.isValid() || !interval.end.isValid() || interval.end <= interval.start; });
    std::stable_sort(intervals.begin(), intervals.end(),
                     [](const Interval &a, const Interval &b) { return a.start != b.start ? a.start < b.start : a.id < b.id; });

    QHash<QString, QStringList> result;
    // Indices of the items that have started and not yet ended at the current sweep position.
    QList<qsizetype> running;
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const Interval &current = intervals[i];
        // Half-open: an item ending exactly when this one starts is over.
        running.removeIf([&](qsizetype r) { return intervals[r].end <= current.start; });
        for (const qsizetype r : std::as_const(running)) {
            result[intervals[r].id].append(current.id);
            result[current.id].append(intervals[r].id);
        }
        running.append(i);
    }
    // Each list in the others' start order (the sweep appends earlier-starting items late).
    QHash<QString, qsizetype> order;
    for (qsizetype i = 0; i < intervals.size(); ++i)
        order.insert(intervals[i].id, i);
    for (QStringList &ids : result) {
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) { return order.value(a) < order.value(b); });
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    return result;
}

} // namespace Conflicts
