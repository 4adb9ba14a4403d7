#include "models/ListDiff.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct Item
{
    QString key;
    int value = 0;
    bool operator==(const Item &other) const = default;
};

/** A list model over keyed items, updated by ListDiff only. */
class ItemModel : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (role == Qt::DisplayRole)
            return m_items[index.row()].key;
        return role == Qt::UserRole ? QVariant(m_items[index.row()].value) : QVariant();
    }
    ListDiff::Result set(QList<Item> items, ListDiff::Reset reset = ListDiff::Reset::Never)
    {
        return ListDiff::apply(
            m_items, std::move(items), [](const Item &item) { return item.key; }, LANYARD_LIST_DIFF_CALLBACKS(this), reset);
    }
    QStringList keys() const
    {
        QStringList keys;
        for (const Item &item : m_items)
            keys.append(item.key);
        return keys;
    }

private:
    QList<Item> m_items;
};

QList<Item> items(const QStringList &keys, int value = 0)
{
    QList<Item> result;
    for (const QString &key : keys)
        result.append({key, value});
    return result;
}
} // namespace

/** Turning one keyed list into another by removals, moves, insertions and changes, never a needless reset. */
class TestListDiff : public QObject
{
    Q_OBJECT

    struct Trace
    {
        QStringList rows;
        ListDiff::Result result;
        int removeSignals = 0;
        int insertSignals = 0;
        int moveSignals = 0;
        int changeSignals = 0;
        int resetSignals = 0;
    };

    static Trace run(const QStringList &before, const QStringList &after, ListDiff::Reset reset = ListDiff::Reset::Never)
    {
        ItemModel model;
        model.set(items(before));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        Trace trace;
        trace.result = model.set(items(after), reset);
        trace.rows = model.keys();
        trace.removeSignals = int(removed.count());
        trace.insertSignals = int(inserted.count());
        trace.moveSignals = int(moved.count());
        trace.changeSignals = int(changed.count());
        trace.resetSignals = int(resets.count());
        return trace;
    }

private Q_SLOTS:
    void smallestStepsForCommonChanges()
    {
        Trace trace = run({u"a"_s, u"b"_s, u"c"_s}, {u"a"_s, u"b"_s, u"c"_s});
        QVERIFY(!trace.result.any());
        QCOMPARE(trace.removeSignals + trace.insertSignals + trace.moveSignals + trace.changeSignals, 0);

        trace = run({u"a"_s, u"b"_s, u"c"_s}, {u"a"_s, u"c"_s});
        QCOMPARE(trace.rows, (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(trace.result.removed, 1);
        QCOMPARE(trace.result.moved + trace.result.inserted, 0);

        trace = run({u"a"_s, u"c"_s}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        QCOMPARE(trace.rows, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(trace.result.inserted, 2);
        QCOMPARE(trace.result.removed + trace.result.moved, 0);

        // A bookmarked row jumping to the top is one move, not a reset.
        trace = run({u"a"_s, u"b"_s, u"c"_s}, {u"c"_s, u"a"_s, u"b"_s});
        QCOMPARE(trace.rows, (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        QCOMPARE(trace.result.moved, 1);
        QCOMPARE(trace.moveSignals, 1);
        QCOMPARE(trace.result.removed + trace.result.inserted, 0);

        // And one going to the bottom, too.
        trace = run({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {u"b"_s, u"c"_s, u"d"_s, u"a"_s});
        QCOMPARE(trace.rows, (QStringList{u"b"_s, u"c"_s, u"d"_s, u"a"_s}));
        QCOMPARE(trace.result.moved, 1);
    }

    void neighbouringRowsGoAndComeInOneStep()
    {
        Trace trace = run({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}, {u"a"_s, u"e"_s});
        QCOMPARE(trace.rows, (QStringList{u"a"_s, u"e"_s}));
        QCOMPARE(trace.result.removed, 3);
        QCOMPARE(trace.removeSignals, 1);

        trace = run({u"a"_s, u"e"_s}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s});
        QCOMPARE(trace.result.inserted, 3);
        QCOMPARE(trace.insertSignals, 1);
    }

    void changedContentIsAnnouncedPerRow()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.set(items({u"a"_s, u"b"_s, u"c"_s}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Item> next = items({u"c"_s, u"a"_s, u"b"_s});
        next[0].value = 7; // moved and changed
        next[2].value = 8;
        const ListDiff::Result result = model.set(next);
        QCOMPARE(result.changed, 2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.data(model.index(0), Qt::UserRole).toInt(), 7);
        QCOMPARE(model.data(model.index(2), Qt::UserRole).toInt(), 8);
        QCOMPARE(model.data(model.index(1), Qt::UserRole).toInt(), 0);
    }

    void aResetOnlyWhenNothingIsSharedAndAskedFor()
    {
        const QStringList day1{u"a"_s, u"b"_s, u"c"_s};
        const QStringList day2{u"x"_s, u"y"_s};
        Trace trace = run(day1, day2, ListDiff::Reset::WhenNothingShared);
        QCOMPARE(trace.rows, day2);
        QVERIFY(trace.result.reset);
        QCOMPARE(trace.resetSignals, 1);
        QCOMPARE(trace.removeSignals + trace.insertSignals, 0);

        // Not asked: the old rows go and the new come, one step each.
        trace = run(day1, day2);
        QCOMPARE(trace.rows, day2);
        QCOMPARE(trace.resetSignals, 0);
        QCOMPARE(trace.removeSignals, 1);
        QCOMPARE(trace.insertSignals, 1);

        // One row shared: row by row even when asked.
        trace = run(day1, {u"x"_s, u"b"_s}, ListDiff::Reset::WhenNothingShared);
        QCOMPARE(trace.rows, (QStringList{u"x"_s, u"b"_s}));
        QCOMPARE(trace.resetSignals, 0);

        // From or to an empty list: no reset, one step.
        trace = run({}, day1, ListDiff::Reset::WhenNothingShared);
        QCOMPARE(trace.resetSignals, 0);
        QCOMPARE(trace.insertSignals, 1);
        trace = run(day1, {}, ListDiff::Reset::WhenNothingShared);
        QCOMPARE(trace.resetSignals, 0);
        QCOMPARE(trace.removeSignals, 1);
    }

    void repeatedKeysReplaceTheList()
    {
        const Trace trace = run({u"a"_s, u"b"_s}, {u"a"_s, u"a"_s, u"b"_s});
        QCOMPARE(trace.rows, (QStringList{u"a"_s, u"a"_s, u"b"_s}));
        QCOMPARE(trace.removeSignals, 1);
        QCOMPARE(trace.insertSignals, 1);
    }

    void aLongListWithOneRowMovedIsOneMove()
    {
        QStringList before;
        for (int i = 0; i < 1000; ++i)
            before.append(QString::number(i));
        QStringList after = before;
        after.move(3, 990);
        after.removeAt(500);
        after.insert(700, u"new"_s);
        const Trace trace = run(before, after);
        QCOMPARE(trace.rows, after);
        QCOMPARE(trace.result.moved, 1);
        QCOMPARE(trace.result.removed, 1);
        QCOMPARE(trace.result.inserted, 1);
    }

    void anyChangeEndsInTheNewList()
    {
        QRandomGenerator random(20130707);
        for (int round = 0; round < 500; ++round) {
            QStringList before;
            QStringList after;
            for (int i = 0; i < 12; ++i) {
                const QString key = QString::number(i);
                if (random.bounded(3) != 0)
                    before.append(key);
                if (random.bounded(3) != 0)
                    after.append(key);
            }
            for (qsizetype i = after.size() - 1; i > 0; --i)
                after.swapItemsAt(i, random.bounded(int(i) + 1));
            for (qsizetype i = before.size() - 1; i > 0; --i)
                before.swapItemsAt(i, random.bounded(int(i) + 1));
            const Trace trace = run(before, after, round % 2 ? ListDiff::Reset::WhenNothingShared : ListDiff::Reset::Never);
            QCOMPARE(trace.rows, after);
            // Never more moves than rows that stay, less the longest run already in order.
            QVERIFY(trace.result.moved < std::max<qsizetype>(1, after.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestListDiff)
#include "tst_listdiff.moc"
