#include "agenda/Agenda.h"
#include "agenda/Conflicts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** All-pairs overlap with half-open intervals, and the agenda's gaps and room changes built on it. */
class TestConflicts : public QObject
{
    Q_OBJECT
private:
    static QDateTime at(int hour, int minute = 0) { return QDateTime(QDate(2013, 7, 6), QTime(hour, minute), QTimeZone::utc()); }
    static Conflicts::Interval interval(const QString &id, int fromHour, int fromMinute, int toHour, int toMinute)
    {
        return {id, at(fromHour, fromMinute), at(toHour, toMinute)};
    }
    static AgendaItem item(const QString &id, int fromHour, int fromMinute, int minutes, const QString &room)
    {
        AgendaItem result;
        result.id = id;
        result.conferenceId = u"conf"_s;
        result.title = id;
        result.start = at(fromHour, fromMinute);
        result.end = result.start.addSecs(minutes * 60);
        result.day = QDate(2013, 7, 6);
        result.location = room;
        result.priority = Priority::MustSee;
        return result;
    }

private Q_SLOTS:
    void touchingIntervalsDoNotConflict()
    {
        // 13:00-14:00 and 14:00-15:00 share no instant.
        const auto found = Conflicts::find({interval(u"a"_s, 13, 0, 14, 0), interval(u"b"_s, 14, 0, 15, 0)});
        QVERIFY(found.isEmpty());
        QVERIFY(!Conflicts::overlap(at(13), at(14), at(14), at(15)));
        QVERIFY(Conflicts::overlap(at(13), at(14, 1), at(14), at(15)));
    }

    void oneMinuteOfOverlapConflicts()
    {
        const auto found = Conflicts::find({interval(u"a"_s, 13, 0, 14, 1), interval(u"b"_s, 14, 0, 15, 0)});
        QCOMPARE(found.value(u"a"_s), QStringList{u"b"_s});
        QCOMPARE(found.value(u"b"_s), QStringList{u"a"_s});
    }

    void aLongWorkshopConflictsWithAllThreeTalks()
    {
        // The talks do not overlap each other; the workshop spans them all. A check of list
        // neighbours only would find the workshop's clash with the first talk alone.
        const auto found = Conflicts::find({
            interval(u"talk1"_s, 9, 0, 9, 45),
            interval(u"workshop"_s, 9, 0, 12, 0),
            interval(u"talk2"_s, 10, 0, 10, 45),
            interval(u"talk3"_s, 11, 0, 11, 45),
            interval(u"lunch"_s, 12, 0, 13, 0),
        });
        QCOMPARE(found.value(u"workshop"_s), (QStringList{u"talk1"_s, u"talk2"_s, u"talk3"_s}));
        QCOMPARE(found.value(u"talk1"_s), QStringList{u"workshop"_s});
        QCOMPARE(found.value(u"talk2"_s), QStringList{u"workshop"_s});
        QCOMPARE(found.value(u"talk3"_s), QStringList{u"workshop"_s});
        QVERIFY(!found.contains(u"lunch"_s)); // starts when the workshop ends
    }

    void itemsWithoutDurationConflictWithNothing()
    {
        const auto found = Conflicts::find({interval(u"zero"_s, 10, 0, 10, 0), interval(u"talk"_s, 9, 30, 10, 30)});
        QVERIFY(found.isEmpty());
    }

    void identicalSlotsConflict()
    {
        const auto found = Conflicts::find({interval(u"b"_s, 10, 0, 10, 30), interval(u"a"_s, 10, 0, 10, 30)});
        QCOMPARE(found.value(u"a"_s), QStringList{u"b"_s});
        QCOMPARE(found.value(u"b"_s), QStringList{u"a"_s});
    }

    void sweepAgreesWithEveryPairChecked()
    {
        // Random programmes against the definition itself (every pair, half-open).
        QRandomGenerator random(20130706);
        for (int round = 0; round < 50; ++round) {
            QList<Conflicts::Interval> intervals;
            const int count = 2 + int(random.bounded(40));
            for (int i = 0; i < count; ++i) {
                const int start = int(random.bounded(8 * 4)) * 15; // quarter hours over 8 hours
                const int length = int(random.bounded(9)) * 15; // 0 to 2 hours
                intervals.append({u"e%1"_s.arg(i), at(9).addSecs(start * 60), at(9).addSecs((start + length) * 60)});
            }
            const auto found = Conflicts::find(intervals);
            for (const auto &a : std::as_const(intervals)) {
                QSet<QString> expected;
                for (const auto &b : std::as_const(intervals)) {
                    if (a.id != b.id && Conflicts::overlap(a.start, a.end, b.start, b.end))
                        expected.insert(b.id);
                }
                const QStringList got = found.value(a.id);
                QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), expected);
                QCOMPARE(got.size(), expected.size()); // no duplicates
            }
        }
    }

    void agendaMarksConflictsGapsAndRoomChanges()
    {
        QList<AgendaItem> items{
            item(u"late"_s, 14, 0, 30, u"Room B"_s),
            item(u"first"_s, 9, 0, 45, u"Room A"_s),
            item(u"second"_s, 10, 0, 30, u"Room A"_s),
            item(u"clash"_s, 10, 15, 30, u"Room C"_s),
        };
        Agenda::annotate(items);
        QStringList order;
        for (const AgendaItem &i : std::as_const(items))
            order.append(i.id);
        QCOMPARE(order, (QStringList{u"first"_s, u"second"_s, u"clash"_s, u"late"_s}));
        QVERIFY(items[0].firstOfDay);
        QCOMPARE(items[1].gapBeforeSeconds, 15 * 60); // 09:45 to 10:00
        QVERIFY(!items[1].roomChange());
        QCOMPARE(items[1].conflicts, QStringList{u"clash"_s});
        QCOMPARE(items[2].conflicts, QStringList{u"second"_s});
        QCOMPARE(items[2].gapBeforeSeconds, 0);
        QVERIFY(!items[2].roomChange()); // overlapping: a conflict, not a walk
        QCOMPARE(items[3].gapBeforeSeconds, (14 * 60 - (10 * 60 + 45)) * 60); // after the clash ends at 10:45
        QCOMPARE(items[3].previousLocation, u"Room C"_s);
    }

    void cancelledItemsTakeNoPartInConflicts()
    {
        QList<AgendaItem> items{item(u"a"_s, 10, 0, 60, u"A"_s), item(u"gone"_s, 10, 30, 60, u"B"_s)};
        items[1].cancelled = true;
        Agenda::annotate(items);
        QVERIFY(items[0].conflicts.isEmpty());
        QVERIFY(items[1].conflicts.isEmpty());
    }

    void daysOfAnAgendaAreGroupedInTimeOrder()
    {
        AgendaItem sunday = item(u"sun"_s, 9, 0, 30, u"A"_s);
        sunday.start = sunday.start.addDays(1);
        sunday.end = sunday.end.addDays(1);
        sunday.day = sunday.day.addDays(1);
        Conference conference;
        conference.id = u"conf"_s;
        conference.timeZoneId = u"Australia/Hobart"_s;
        const Agenda agenda = Agenda::fromItems({sunday, item(u"sat"_s, 9, 0, 30, u"A"_s)}, {conference});
        const QList<AgendaDay> days = agenda.days();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].date, QDate(2013, 7, 6));
        QCOMPARE(days[1].items.constFirst().id, u"sun"_s);
        QCOMPARE(agenda.zoneOf(days[0].items.constFirst()), QTimeZone("Australia/Hobart"));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
