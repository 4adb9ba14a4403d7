#include "ListSync.h"

#include <QSet>

namespace ListSync
{

void apply(QStringList before, const QStringList &after, const Steps &steps)
{
    const QSet<QString> wanted(after.cbegin(), after.cend());
    // 1. Rows that go, from the back so that indexes stay valid.
    for (qsizetype row = before.size() - 1; row >= 0; --row) {
        if (!wanted.contains(before[row])) {
            steps.remove(int(row));
            before.removeAt(row);
        }
    }
    // 2. The rows that stay, into their new order: each one up to its place.
    const QSet<QString> staying(before.cbegin(), before.cend());
    qsizetype target = 0;
    for (const QString &key : after) {
        if (!staying.contains(key))
            continue;
        const qsizetype from = before.indexOf(key, target);
        if (from != target) {
            steps.moveUp(int(from), int(target));
            before.move(from, target);
        }
        ++target;
    }
    // 3. New rows, in order: every row before them is already in place.
    for (qsizetype row = 0; row < after.size(); ++row) {
        if (row < before.size() && before[row] == after[row])
            continue;
        steps.insert(int(row));
        before.insert(row, after[row]);
    }
}

} // namespace ListSync
