#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Which agenda items overlap in time. Intervals are half-open, [start, end): a talk that ends at
 * 14:00 does not clash with one that starts at 14:00, and an item without duration clashes with
 * nothing. Every overlapping pair is found, not only neighbours in a list: a long workshop that
 * overlaps three talks conflicts with all three.
 */
namespace Conflicts
{
struct Interval
{
    QString id;
    QDateTime start;
    QDateTime end;
};

/**
 * For each id that overlaps anything, the ids it overlaps, in the others' start order. Ids
 * without conflicts are absent. Sorts by start and sweeps with the set of items still running,
 * so the cost is O(n log n + number of conflicting pairs), not n² over a whole programme.
 */
QHash<QString, QStringList> find(QList<Interval> intervals);

/** Whether [aStart, aEnd) and [bStart, bEnd) share an instant. */
bool overlap(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart, const QDateTime &bEnd);
} // namespace Conflicts
