#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringBuilder>

#include <algorithm>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

/**
 * Brings the rows a list model shows in step with a new list, announcing only what changed, so
 * that views keep their scroll position, current item and delegates: rows that went are removed,
 * new ones inserted (adjacent rows in one step), rows whose order changed moved (as few as
 * possible: every row outside the longest run that kept its order), and rows whose content changed
 * reported with dataChanged. Rows are matched by a key (an id, unique within a list); the order is
 * the new list's. A reset happens only when the model asks for one and the two lists share no row.
 *
 * Costs O(n log n) for the usual changes (a few rows in, out or changed); each removed or inserted
 * block and each move shifts the list once. The model passes its protected begin/end functions in
 * as callbacks (LANYARD_LIST_DIFF_CALLBACKS).
 */
namespace ListDiff
{
struct Callbacks
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    /** `to` is beginMoveRows' destination: the row before which it goes, counted before the move. */
    std::function<void(int from, int to)> beginMove;
    std::function<void()> endMove;
    std::function<void(int row)> changed;
    std::function<void()> beginReset;
    std::function<void()> endReset;
};

enum class Reset {
    /** Always row by row, even when every row changes (a query typed on, a filter). */
    Never,
    /** One reset when the old and new lists share no row (another day, another conference). */
    WhenNothingShared,
};

/** What an apply() announced. */
struct Result
{
    int removed = 0;
    int inserted = 0;
    int moved = 0;
    int changed = 0;
    bool reset = false;
    bool any() const { return reset || removed + inserted + moved + changed > 0; }
};

/** Rows compared with ==: a row whose content is equal is not announced. */
struct Equal
{
    template <typename Row> bool operator()(const Row &a, const Row &b) const { return a == b; }
};

/** For rows whose shown values depend on more than the row (a clock, a store): every kept row is announced. */
struct NeverEqual
{
    template <typename Row> bool operator()(const Row &, const Row &) const { return false; }
};

namespace Detail
{
template <typename T> struct IsStringBuilder : std::false_type
{
};
template <typename A, typename B> struct IsStringBuilder<QStringBuilder<A, B>> : std::true_type
{
};

/** Which entries of `values` (distinct) form a longest increasing subsequence: the rows that need not move. */
inline std::vector<char> longestIncreasing(const std::vector<qsizetype> &values)
{
    const std::size_t n = values.size();
    std::vector<std::size_t> tails; // tails[k]: index of the smallest last value of an increasing run of length k + 1
    std::vector<qsizetype> previous(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const auto place = std::lower_bound(tails.cbegin(), tails.cend(), values[i],
                                            [&values](std::size_t index, qsizetype value) { return values[index] < value; });
        const std::size_t length = std::size_t(place - tails.cbegin());
        if (length > 0)
            previous[i] = qsizetype(tails[length - 1]);
        if (length == tails.size())
            tails.push_back(i);
        else
            tails[length] = i;
    }
    std::vector<char> kept(n, 0);
    for (qsizetype i = tails.empty() ? -1 : qsizetype(tails.back()); i >= 0; i = previous[std::size_t(i)])
        kept[std::size_t(i)] = 1;
    return kept;
}

/** Moves the entry at `from` to `to` (both indexes of the list as it is after the move, as QList::move). */
inline void move(std::vector<qsizetype> &list, qsizetype from, qsizetype to)
{
    const auto begin = list.begin();
    if (from < to)
        std::rotate(begin + from, begin + from + 1, begin + to + 1);
    else if (to < from)
        std::rotate(begin + to, begin + from, begin + from + 1);
}

inline qsizetype indexOf(const std::vector<qsizetype> &list, qsizetype value)
{
    return qsizetype(std::find(list.cbegin(), list.cend(), value) - list.cbegin());
}
} // namespace Detail

/**
 * Turns `current` into `next`, calling the callbacks around each step (the model's rows are
 * `current`, so it is right at every signal). `same(old, new)` tells whether a kept row's content
 * is unchanged.
 */
template <typename Row, typename KeyOf, typename Same = Equal>
Result apply(QList<Row> &current, QList<Row> next, KeyOf keyOf, const Callbacks &callbacks, Reset reset = Reset::Never, Same same = {})
{
    using Key = std::decay_t<decltype(keyOf(std::declval<const Row &>()))>;
    static_assert(!Detail::IsStringBuilder<Key>::value,
                  "a key made by concatenation must be returned as a QString (-> QString): the expression would dangle");
    Result result;
    const qsizetype oldSize = current.size();
    const qsizetype newSize = next.size();
    if (oldSize == 0 && newSize == 0)
        return result;

    // Where each old row goes in the new list (-1: it goes). Repeated keys cannot be matched:
    // then nothing counts as shared and the list is replaced whole.
    QHash<Key, qsizetype> newIndex;
    newIndex.reserve(newSize);
    bool unique = true;
    for (qsizetype j = 0; j < newSize && unique; ++j) {
        const qsizetype before = newIndex.size();
        newIndex.insert(keyOf(std::as_const(next)[j]), j);
        unique = newIndex.size() > before;
    }
    std::vector<qsizetype> target(std::size_t(oldSize), -1);
    std::vector<char> isOld(std::size_t(newSize), 0);
    qsizetype shared = 0;
    for (qsizetype i = 0; i < oldSize && unique; ++i) {
        const auto found = newIndex.constFind(keyOf(std::as_const(current)[i]));
        if (found == newIndex.constEnd())
            continue;
        if (isOld[std::size_t(*found)]) {
            unique = false;
            break;
        }
        isOld[std::size_t(*found)] = 1;
        target[std::size_t(i)] = *found;
        ++shared;
    }
    if (!unique) {
        shared = 0;
        std::fill(target.begin(), target.end(), -1);
        std::fill(isOld.begin(), isOld.end(), 0);
    }

    if (shared == 0 && oldSize > 0 && newSize > 0 && reset == Reset::WhenNothingShared) {
        callbacks.beginReset();
        current = std::move(next);
        callbacks.endReset();
        result.reset = true;
        return result;
    }
    if (shared == 0) {
        if (oldSize > 0) {
            callbacks.beginRemove(0, int(oldSize - 1));
            current.clear();
            callbacks.endRemove();
            result.removed = int(oldSize);
        }
        if (newSize > 0) {
            callbacks.beginInsert(0, int(newSize - 1));
            current = std::move(next);
            callbacks.endInsert();
            result.inserted = int(newSize);
        }
        return result;
    }

    // 1. Rows that go, a block at a time from the bottom so that the rows above keep their numbers.
    for (qsizetype last = oldSize - 1; last >= 0;) {
        if (target[std::size_t(last)] >= 0) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && target[std::size_t(first - 1)] < 0)
            --first;
        callbacks.beginRemove(int(first), int(last));
        current.remove(first, last - first + 1);
        target.erase(target.begin() + first, target.begin() + last + 1);
        callbacks.endRemove();
        result.removed += int(last - first + 1);
        last = first - 1;
    }

    // 2. Rows that stay, into the new order: the longest run already in order stays put; each other
    // row moves to just after the row that precedes it in the new list among those already placed.
    const std::vector<char> kept = Detail::longestIncreasing(target);
    std::vector<qsizetype> placed; // the new indexes of the rows that stay put, ascending
    std::vector<qsizetype> movers;
    for (std::size_t i = 0; i < target.size(); ++i)
        (kept[i] ? placed : movers).push_back(target[i]);
    std::sort(movers.begin(), movers.end());
    std::size_t nextPlaced = 0;
    qsizetype lastMoved = -1;
    for (const qsizetype mover : std::as_const(movers)) {
        while (nextPlaced < placed.size() && placed[nextPlaced] < mover)
            ++nextPlaced;
        const qsizetype before = std::max(nextPlaced > 0 ? placed[nextPlaced - 1] : qsizetype(-1), lastMoved);
        lastMoved = mover;
        const qsizetype from = Detail::indexOf(target, mover);
        const qsizetype to = before < 0 ? 0 : Detail::indexOf(target, before) + 1;
        if (from == to)
            continue;
        callbacks.beginMove(int(from), int(to));
        const qsizetype landing = from < to ? to - 1 : to;
        current.move(from, landing);
        Detail::move(target, from, landing);
        callbacks.endMove();
        ++result.moved;
    }

    // 3. New rows, a block at a time, and kept rows whose content changed (announced last, at
    // their final row).
    QList<int> changed;
    for (qsizetype row = 0; row < newSize;) {
        if (isOld[std::size_t(row)]) {
            if (!same(current[row], next[row])) {
                current[row] = std::move(next[row]);
                changed.append(int(row));
            }
            ++row;
            continue;
        }
        qsizetype end = row + 1;
        while (end < newSize && !isOld[std::size_t(end)])
            ++end;
        callbacks.beginInsert(int(row), int(end - 1));
        current.insert(row, end - row, Row{});
        for (qsizetype j = row; j < end; ++j)
            current[j] = std::move(next[j]);
        callbacks.endInsert();
        result.inserted += int(end - row);
        row = end;
    }
    for (const int row : std::as_const(changed))
        callbacks.changed(row);
    result.changed = int(changed.size());
    return result;
}

/**
 * The callbacks for a list model (call from inside the model, which may use its protected API).
 * `model` is a pointer captured by the lambdas: a capture cannot be put in parentheses.
 */
// NOLINTBEGIN(bugprone-macro-parentheses)
#define LANYARD_LIST_DIFF_CALLBACKS(model)                                                                                                 \
    ListDiff::Callbacks                                                                                                                    \
    {                                                                                                                                      \
        [model](int first, int last) { model->beginRemoveRows({}, first, last); }, [model] { model->endRemoveRows(); },                    \
            [model](int first, int last) { model->beginInsertRows({}, first, last); }, [model] { model->endInsertRows(); },                \
            [model](int from, int to) { model->beginMoveRows({}, from, from, {}, to); }, [model] { model->endMoveRows(); },                \
            [model](int row) { Q_EMIT model->dataChanged(model->index(row, 0), model->index(row, 0)); },                                   \
            [model] { model->beginResetModel(); }, [model] { model->endResetModel(); }                                                     \
    }
// NOLINTEND(bugprone-macro-parentheses)
} // namespace ListDiff
