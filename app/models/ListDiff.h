#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

#include <functional>

/**
 * Brings the rows a list model shows in step with a new list, announcing only what changed:
 * rows that went are removed, new ones inserted, moved ones moved, and changed ones reported
 * with dataChanged; never a reset. Rows are matched by a key (an id); the order is the new
 * list's. The model passes its protected begin/end functions in as callbacks.
 */
namespace ListDiff
{
struct Callbacks
{
    std::function<void(int row)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int row)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int from, int to)> beginMove;
    std::function<void()> endMove;
    std::function<void(int row)> changed;
};

template<typename Row, typename KeyOf>
void apply(QList<Row> &current, QList<Row> next, KeyOf keyOf, const Callbacks &callbacks)
{
    using Key = decltype(keyOf(std::declval<const Row &>()));
    QSet<Key> wanted;
    for (const Row &row : std::as_const(next))
        wanted.insert(keyOf(row));
    for (int row = int(current.size()) - 1; row >= 0; --row) {
        if (wanted.contains(keyOf(current[row])))
            continue;
        callbacks.beginRemove(row);
        current.removeAt(row);
        callbacks.endRemove();
    }
    QList<int> changed;
    for (int row = 0; row < next.size(); ++row) {
        Row &item = next[row];
        if (row < current.size() && keyOf(current[row]) == keyOf(item)) {
            if (!(current[row] == item)) {
                current[row] = std::move(item);
                changed.append(row);
            }
            continue;
        }
        int from = -1;
        for (int j = row + 1; j < current.size(); ++j) {
            if (keyOf(current[j]) == keyOf(item)) {
                from = j;
                break;
            }
        }
        if (from < 0) {
            callbacks.beginInsert(row);
            current.insert(row, std::move(item));
            callbacks.endInsert();
        } else {
            // beginMoveRows' destination is the row before which it goes, counted before the move.
            callbacks.beginMove(from, row);
            current.move(from, row);
            callbacks.endMove();
            if (!(current[row] == item)) {
                current[row] = std::move(item);
                changed.append(row);
            }
        }
    }
    for (const int row : std::as_const(changed))
        callbacks.changed(row);
}

/** The callbacks for a list model (call from inside the model, which may use its protected API). */
#define LANYARD_LIST_DIFF_CALLBACKS(model)                                                                        \
    ListDiff::Callbacks                                                                                           \
    {                                                                                                             \
        [model](int row) { model->beginRemoveRows({}, row, row); }, [model] { model->endRemoveRows(); },            \
            [model](int row) { model->beginInsertRows({}, row, row); }, [model] { model->endInsertRows(); },        \
            [model](int from, int to) { model->beginMoveRows({}, from, from, {}, to); },                            \
            [model] { model->endMoveRows(); },                                                                      \
            [model](int row) { Q_EMIT model->dataChanged(model->index(row, 0), model->index(row, 0)); }             \
    }
} // namespace ListDiff
