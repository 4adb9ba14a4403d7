#pragma once

#include <QList>
#include <QtGlobal>

/**
 * Where each event of a programme goes in `events`. Within a conference, seq follows start order
 * (search lists a broad prefix in seq order without sorting every match), and seqs are spaced
 * kSpacing apart so that a re-import can put a new or moved event between its neighbours and
 * leave every other row, and its search index entry, as it is.
 */
namespace EventSeqPlan
{
constexpr qint64 kSpacing = 64;

struct Plan
{
    /** Per event, in the programme's start order: the seq it has from now on. */
    QList<qint64> seqs;
    /** Per event: true when it is written at a new seq (a new event, or one that moved in the order). */
    QList<bool> placed;
    /** True when every event got a new seq (a first import, or no room left between neighbours). */
    bool renumbered = false;
};

/**
 * `stored`: per event in start order, the seq it has now, or -1 for a new event. `occupied`:
 * the seqs, in rising order, of the rows that stay and are not in `stored` (other conferences,
 * cancelled events kept for their bookmarks). `top`: the highest seq in the table.
 * Keeps the longest run of stored seqs that already rises with the order and places the other
 * events in the gaps around it; when a gap is too narrow, every event gets a new seq above `top`.
 */
Plan plan(const QList<qint64> &stored, const QList<qint64> &occupied, qint64 top);
} // namespace EventSeqPlan
