#include "models/ListSync.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Turning one keyed list into another by removals, upward moves and insertions. */
class TestListSync : public QObject
{
    Q_OBJECT

    struct Trace
    {
        QStringList rows;
        QStringList after;
        int removals = 0;
        int moves = 0;
        int insertions = 0;
        bool badMove = false;
    };

    static Trace run(const QStringList &before, const QStringList &after)
    {
        Trace trace{before, after};
        ListSync::apply(before, after,
                        {[&trace](int row) {
                             trace.rows.removeAt(row);
                             ++trace.removals;
                         },
                         [&trace](int from, int to) {
                             trace.badMove = trace.badMove || to >= from;
                             trace.rows.move(from, to);
                             ++trace.moves;
                         },
                         [&trace](int row) {
                             trace.rows.insert(row, trace.after[row]);
                             ++trace.insertions;
                         }});
        return trace;
    }

private Q_SLOTS:
    void smallestStepsForCommonChanges()
    {
        Trace trace = run({u"a"_s, u"b"_s, u"c"_s}, {u"a"_s, u"b"_s, u"c"_s});
        QCOMPARE(trace.removals + trace.moves + trace.insertions, 0);

        trace = run({u"a"_s, u"b"_s, u"c"_s}, {u"a"_s, u"c"_s});
        QCOMPARE(trace.rows, (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(trace.removals, 1);
        QCOMPARE(trace.moves + trace.insertions, 0);

        trace = run({u"a"_s, u"c"_s}, {u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        QCOMPARE(trace.rows, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(trace.insertions, 2);
        QCOMPARE(trace.removals + trace.moves, 0);

        // A bookmarked row jumping to the top is one move, not a reset.
        trace = run({u"a"_s, u"b"_s, u"c"_s}, {u"c"_s, u"a"_s, u"b"_s});
        QCOMPARE(trace.rows, (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        QCOMPARE(trace.moves, 1);
        QCOMPARE(trace.removals + trace.insertions, 0);
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
            const Trace trace = run(before, after);
            QCOMPARE(trace.rows, after);
            QVERIFY(!trace.badMove);
        }
    }
};

QTEST_GUILESS_MAIN(TestListSync)
#include "tst_listsync.moc"
