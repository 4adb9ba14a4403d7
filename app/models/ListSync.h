#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

/**
 * Turns the rows a list model shows into a new list one step at a time (removals, moves, then
 * insertions), so that views keep their scroll position, focus and delegates instead of being
 * reset. Rows are told apart by a key; the model supplies the three steps, each wrapping
 * beginRemoveRows/beginMoveRows/beginInsertRows around the change to its own list.
 */
namespace ListSync
{
struct Steps
{
    /** Remove the row at `row`. */
    std::function<void(int row)> remove;
    /** Move the row at `from` up to `to` (to < from). */
    std::function<void(int from, int to)> moveUp;
    /** Insert the new list's row `row` at `row` (every row before it is already in place). */
    std::function<void(int row)> insert;
};

/**
 * Calls the steps that turn `before` into `after` (both lists of unique keys). When it returns,
 * the model's rows have the keys of `after`, in that order; their contents are the caller's to
 * refresh (dataChanged).
 */
void apply(QStringList before, const QStringList &after, const Steps &steps);
} // namespace ListSync
