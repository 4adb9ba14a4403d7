#include "store/EventSeqPlan.h"

#include <QTest>

using namespace EventSeqPlan;

/** Where a programme's events go: seq follows start order, and only new or moved events get a new one. */
class TestEventSeqPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFirstImportSpacesSeqsAboveTheTop()
    {
        const Plan plan = EventSeqPlan::plan({-1, -1, -1}, {}, 1000);
        QVERIFY(plan.renumbered);
        QCOMPARE(plan.seqs, (QList<qint64>{1000 + kSpacing, 1000 + 2 * kSpacing, 1000 + 3 * kSpacing}));
        QCOMPARE(plan.placed, (QList<bool>{true, true, true}));
    }

    void anUnchangedOrderKeepsEverySeq()
    {
        const Plan plan = EventSeqPlan::plan({64, 128, 192}, {}, 192);
        QVERIFY(!plan.renumbered);
        QCOMPARE(plan.seqs, (QList<qint64>{64, 128, 192}));
        QCOMPARE(plan.placed, (QList<bool>{false, false, false}));
    }

    void aNewEventGoesBetweenItsNeighbours()
    {
        const Plan plan = EventSeqPlan::plan({64, -1, 128}, {}, 128);
        QCOMPARE(plan.seqs, (QList<qint64>{64, 96, 128}));
        QCOMPARE(plan.placed, (QList<bool>{false, true, false}));
    }

    void anEventMovedToTheEndFollowsTheLastOne()
    {
        // The first event now starts last: it alone gets a new seq.
        const Plan plan = EventSeqPlan::plan({128, 192, 64}, {}, 192);
        QCOMPARE(plan.seqs, (QList<qint64>{128, 192, 192 + kSpacing}));
        QCOMPARE(plan.placed, (QList<bool>{false, false, true}));
    }

    void eventsBeforeTheFirstKeptOneStayAboveOtherRows()
    {
        // Another conference's row at 10: the new first events go between it and 64.
        const Plan plan = EventSeqPlan::plan({-1, -1, 64}, {10}, 64);
        QVERIFY(!plan.renumbered);
        QVERIFY(plan.seqs[0] > 10 && plan.seqs[0] < plan.seqs[1] && plan.seqs[1] < 64);
    }

    void aRowThatStaysIsNeverReused()
    {
        // A cancelled event kept for its bookmark sits at 200, right after the last kept seq.
        const Plan plan = EventSeqPlan::plan({192, -1, -1}, {200}, 200);
        QVERIFY(!plan.renumbered);
        QVERIFY(plan.seqs[1] > 192 && plan.seqs[2] > plan.seqs[1] && plan.seqs[2] < 200);
    }

    void noRoomLeftRenumbersEverything()
    {
        const Plan plan = EventSeqPlan::plan({5, -1, -1, 6}, {}, 6);
        QVERIFY(plan.renumbered);
        QCOMPARE(plan.seqs.constFirst(), 6 + kSpacing);
        QCOMPARE(plan.placed, (QList<bool>{true, true, true, true}));
    }

    void theLongestRisingRunIsKept()
    {
        // One event jumped from last to first: the other four keep their seqs.
        const Plan plan = EventSeqPlan::plan({320, 64, 128, 192, 256}, {}, 320);
        QCOMPARE(plan.placed, (QList<bool>{true, false, false, false, false}));
        QVERIFY(plan.seqs[0] < 64 && plan.seqs[0] > 0);
    }
};

QTEST_GUILESS_MAIN(TestEventSeqPlan)
#include "tst_eventseqplan.moc"
