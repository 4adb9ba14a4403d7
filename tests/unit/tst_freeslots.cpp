#include "TripFixture.h"

#include "agenda/FreeSlots.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2013, 7, 7), QTime(hour, minute), QTimeZone::utc());
}

Conflicts::Interval busy(const QString &id, int fromHour, int fromMinute, int toHour, int toMinute)
{
    return {id, at(fromHour, fromMinute), at(toHour, toMinute)};
}
} // namespace

/** The gaps between the user's agenda items within a conference day's hours. */
class TestFreeSlots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gapsBetweenItemsWithinTheWindow()
    {
        const auto slots = FreeSlots::find(at(8), at(18), {busy(u"a"_s, 9, 0, 10, 0), busy(u"b"_s, 11, 0, 12, 30)}, 30);
        QCOMPARE(slots, (QList<FreeSlots::Slot>{{at(8), at(9)}, {at(10), at(11)}, {at(12, 30), at(18)}}));
        QCOMPARE(slots.at(1).minutes(), 60);
    }

    void edgesExactlyTouchingAreNoGap()
    {
        // 9–10 then 10–11: nothing free at 10:00, whatever the minimum.
        auto slots = FreeSlots::find(at(9), at(12), {busy(u"a"_s, 9, 0, 10, 0), busy(u"b"_s, 10, 0, 11, 0)}, 0);
        QCOMPARE(slots, (QList<FreeSlots::Slot>{{at(11), at(12)}}));
        // Items that fill the window edge to edge leave nothing at all.
        slots = FreeSlots::find(at(9), at(11), {busy(u"a"_s, 9, 0, 10, 0), busy(u"b"_s, 10, 0, 11, 0)}, 1);
        QVERIFY(slots.isEmpty());
    }

    void slotsShorterThanTheMinimumAreLeftOut()
    {
        const QList<Conflicts::Interval> items = {busy(u"a"_s, 9, 0, 10, 0), busy(u"b"_s, 10, 29, 11, 0), busy(u"c"_s, 11, 30, 12, 0)};
        // 10:00–10:29 is 29 minutes: one short of 30. 11:00–11:30 is exactly 30: in.
        QCOMPARE(FreeSlots::find(at(9), at(12), items, 30), (QList<FreeSlots::Slot>{{at(11), at(11, 30)}}));
        QCOMPARE(FreeSlots::find(at(9), at(12), items, 29).size(), 2);
        QCOMPARE(FreeSlots::find(at(9), at(12), items, 31).size(), 0);
    }

    void aDayWithNoBookmarksIsOneWholeSlot()
    {
        QCOMPARE(FreeSlots::find(at(8), at(17, 50), {}, 30), (QList<FreeSlots::Slot>{{at(8), at(17, 50)}}));
        // Longer than the whole day: nothing.
        QVERIFY(FreeSlots::find(at(8), at(9), {}, 61).isEmpty());
    }

    void overlappingAndOutlyingItems()
    {
        // A long workshop overlapping two talks, something before the window and something past its end.
        const QList<Conflicts::Interval> items = {busy(u"early"_s, 6, 0, 8, 30), busy(u"w"_s, 10, 0, 12, 0),
                                                  busy(u"t1"_s, 10, 30, 11, 0),  busy(u"t2"_s, 11, 30, 12, 30),
                                                  busy(u"late"_s, 16, 0, 20, 0), busy(u"empty"_s, 13, 0, 13, 0)};
        QCOMPARE(FreeSlots::find(at(8), at(17), items, 30), (QList<FreeSlots::Slot>{{at(8, 30), at(10)}, {at(12, 30), at(16)}}));
        // An invalid window has no slots.
        QVERIFY(FreeSlots::find(at(12), at(12), {}, 1).isEmpty());
        QVERIFY(FreeSlots::find({}, at(12), {}, 1).isEmpty());
    }

    void aConferenceDayFromTheStores()
    {
        TripFixture fixture;
        QVERIFY2(fixture.opened && fixture.loaded, qPrintable(fixture.openError));
        Schedule programme = ScheduleBuilder(u"slotconf"_s)
                                 .event(u"a"_s, u"Opening"_s, u"2013-07-07 09:00"_s, 30, u"Hall"_s)
                                 .event(u"b"_s, u"Talk"_s, u"2013-07-07 10:00"_s, 45, u"Hall"_s)
                                 .event(u"c"_s, u"Afternoon"_s, u"2013-07-07 13:00"_s, 30, u"Hall"_s)
                                 .event(u"d"_s, u"Close"_s, u"2013-07-07 17:00"_s, 30, u"Hall"_s)
                                 .event(u"s"_s, u"Saturday"_s, u"2013-07-06 09:00"_s, 30, u"Hall"_s)
                                 .build();
        QVERIFY(fixture.schedule->apply(programme, {u"test"_s, {}}).ok());
        const QString conference = programme.conference.id;
        const QDate sunday(2013, 7, 7);
        auto slots = [&](int minimum, const QString &ignore = {}) {
            return FreeSlots::forDay(*fixture.schedule, *fixture.userData, {fixture.trips.get(), fixture.places.get()},
                                     {conference, sunday, minimum, ignore});
        };
        const auto h = &TripFixture::hobart;

        // The feed gives no day window here: the day runs from the first start to the last end.
        QCOMPARE(slots(30), (QList<FreeSlots::Slot>{{h(u"2013-07-07 09:00"_s), h(u"2013-07-07 17:30"_s)}}));

        QVERIFY(fixture.userData->setPriority(programme.events[1].id, conference, Priority::MustSee));
        QVERIFY(fixture.userData->setPriority(programme.events[2].id, conference, Priority::Maybe));
        // Saturday's bookmark has no say on Sunday.
        QVERIFY(fixture.userData->setPriority(programme.events[4].id, conference, Priority::MustSee));
        QCOMPARE(slots(30),
                 (QList<FreeSlots::Slot>{{h(u"2013-07-07 09:00"_s), h(u"2013-07-07 10:00"_s)},
                                         {h(u"2013-07-07 10:45"_s), h(u"2013-07-07 13:00"_s)},
                                         {h(u"2013-07-07 13:30"_s), h(u"2013-07-07 17:30"_s)}}));

        // A trip takes its time too (and, being edited, can give it back).
        Trip trip;
        trip.conferenceId = conference;
        trip.title = u"Salamanca"_s;
        trip.start = h(u"2013-07-07 14:00"_s);
        trip.end = h(u"2013-07-07 16:00"_s);
        const auto tripId = fixture.trips->add(trip);
        QVERIFY(tripId);
        QCOMPARE(slots(60),
                 (QList<FreeSlots::Slot>{{h(u"2013-07-07 09:00"_s), h(u"2013-07-07 10:00"_s)},
                                         {h(u"2013-07-07 10:45"_s), h(u"2013-07-07 13:00"_s)},
                                         {h(u"2013-07-07 16:00"_s), h(u"2013-07-07 17:30"_s)}}));
        QCOMPARE(slots(60, *tripId).last(), (FreeSlots::Slot{h(u"2013-07-07 13:30"_s), h(u"2013-07-07 17:30"_s)}));

        // The feed's own window for the day wins over first-to-last.
        programme.days[1].start = h(u"2013-07-07 08:00"_s);
        programme.days[1].end = h(u"2013-07-07 18:00"_s);
        QVERIFY(fixture.schedule->apply(programme, {u"test"_s, {}}).ok());
        QCOMPARE(slots(30).constFirst().start, h(u"2013-07-07 08:00"_s));
        QCOMPARE(slots(30).constLast().end, h(u"2013-07-07 18:00"_s));

        // Not a day of the conference: no slots.
        QVERIFY(FreeSlots::forDay(*fixture.schedule, *fixture.userData, {}, {conference, QDate(2013, 7, 9), 30, {}}).isEmpty());
    }

    void cancelledBookmarksFreeTheirTime()
    {
        TripFixture fixture;
        QVERIFY2(fixture.opened && fixture.loaded, qPrintable(fixture.openError));
        const Schedule before = ScheduleBuilder(u"cancelconf"_s)
                                    .event(u"a"_s, u"First"_s, u"2013-07-07 09:00"_s, 60, u"Hall"_s)
                                    .event(u"b"_s, u"Dropped"_s, u"2013-07-07 11:00"_s, 60, u"Hall"_s)
                                    .event(u"c"_s, u"Last"_s, u"2013-07-07 16:00"_s, 60, u"Hall"_s)
                                    .build();
        QVERIFY(fixture.schedule->apply(before, {u"test"_s, {}}).ok());
        const QString dropped = before.events[1].id;
        QVERIFY(fixture.userData->setPriority(dropped, before.conference.id, Priority::MustSee));
        Schedule after = before;
        after.events.removeAt(1);
        QVERIFY(fixture.schedule->apply(after, {u"test"_s, {}}).ok());
        QVERIFY(fixture.schedule->cancelledEvents(before.conference.id).contains(dropped));
        const auto slots = FreeSlots::forDay(*fixture.schedule, *fixture.userData, {}, {before.conference.id, QDate(2013, 7, 7), 30, {}});
        QCOMPARE(slots.size(), 1);
        QCOMPARE(slots.constFirst().minutes(), 8 * 60);
    }
};

QTEST_GUILESS_MAIN(TestFreeSlots)
#include "tst_freeslots.moc"
