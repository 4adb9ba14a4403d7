#include "EventSeqPlan.h"

#include <algorithm>
#include <limits>

namespace
{
/** Indexes into `stored` of a longest strictly rising run of its stored seqs (-1s skipped). */
QList<qsizetype> longestRisingRun(const QList<qint64> &stored)
{
    QList<qsizetype> tails; // tails[k]: index of the smallest last seq of a rising run of length k + 1
    QList<qsizetype> before(stored.size(), -1);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored[i] < 0)
            continue;
        const auto at =
            std::lower_bound(tails.begin(), tails.end(), stored[i], [&stored](qsizetype index, qint64 seq) { return stored[index] < seq; });
        if (at != tails.begin())
            before[i] = *(at - 1);
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    QList<qsizetype> run(tails.size());
    qsizetype index = tails.isEmpty() ? -1 : tails.constLast();
    for (qsizetype k = run.size() - 1; k >= 0; --k) {
        run[k] = index;
        index = before[index];
    }
    return run;
}

EventSeqPlan::Plan renumberAll(qsizetype count, qint64 top)
{
    EventSeqPlan::Plan plan;
    plan.renumbered = true;
    plan.seqs.resize(count);
    plan.placed.fill(true, count);
    for (qsizetype i = 0; i < count; ++i)
        plan.seqs[i] = std::max<qint64>(top, 0) + EventSeqPlan::kSpacing * (i + 1);
    return plan;
}
} // namespace

namespace EventSeqPlan
{
Plan plan(const QList<qint64> &stored, const QList<qint64> &occupied, qint64 top)
{
    const QList<qsizetype> anchors = longestRisingRun(stored);
    if (anchors.isEmpty())
        return renumberAll(stored.size(), top);
    Plan plan;
    plan.seqs.resize(stored.size());
    plan.placed.fill(true, stored.size());
    for (const qsizetype anchor : anchors) {
        plan.seqs[anchor] = stored[anchor];
        plan.placed[anchor] = false;
    }
    // The events between two kept ones (before the first, after the last) share the free seqs
    // between them, spread evenly, never reaching a row that stays.
    qsizetype runStart = 0;
    for (qsizetype a = 0; a <= anchors.size(); ++a) {
        const qsizetype runEnd = a < anchors.size() ? anchors[a] : stored.size();
        const qsizetype count = runEnd - runStart;
        if (count > 0) {
            const auto firstAbove = [&occupied](qint64 seq) {
                const auto it = std::upper_bound(occupied.cbegin(), occupied.cend(), seq);
                return it == occupied.cend() ? std::numeric_limits<qint64>::max() : *it;
            };
            qint64 low = 0;
            if (a > 0) {
                low = stored[anchors[a - 1]];
            } else {
                const auto it = std::lower_bound(occupied.cbegin(), occupied.cend(), stored[anchors[0]]);
                low = it == occupied.cbegin() ? 0 : *(it - 1);
            }
            qint64 high = a < anchors.size() ? stored[anchors[a]] : low + kSpacing * (count + 1);
            high = std::min(high, firstAbove(low));
            const qint64 step = std::min<qint64>(kSpacing, (high - low) / (count + 1));
            if (step < 1)
                return renumberAll(stored.size(), top);
            for (qsizetype i = 0; i < count; ++i)
                plan.seqs[runStart + i] = low + step * (i + 1);
        }
        runStart = runEnd + 1;
    }
    return plan;
}
} // namespace EventSeqPlan
