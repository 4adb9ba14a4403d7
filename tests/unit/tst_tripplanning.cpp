#include "TripFixture.h"

#include "agenda/Agenda.h"
#include "agenda/TripPlanning.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Trips on the agenda's timeline: their day, their conflicts with talks, and the length a free slot allows. */
class TestTripPlanning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theConferenceDayOfATrip()
    {
        Conference conference;
        conference.timeZoneId = u"Australia/Hobart"_s;
        conference.dayChange = QTime(4, 0);
        QCOMPARE(TripPlanning::conferenceDay(TripFixture::hobart(u"2013-07-07 09:30"_s), conference), QDate(2013, 7, 7));
        // 23:30 UTC on the 6th is 09:30 on the 7th in Hobart.
        QCOMPARE(TripPlanning::conferenceDay(QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc()), conference), QDate(2013, 7, 7));
        // The pub after midnight still belongs to the day before.
        QCOMPARE(TripPlanning::conferenceDay(TripFixture::hobart(u"2013-07-08 01:30"_s), conference), QDate(2013, 7, 7));
        QCOMPARE(TripPlanning::conferenceDay(TripFixture::hobart(u"2013-07-08 04:00"_s), conference), QDate(2013, 7, 8));
    }

    void aTripBecomesAnAgendaItem()
    {
        TripFixture fixture;
        const Schedule programme =
            ScheduleBuilder(u"planconf"_s).event(u"a"_s, u"Talk"_s, u"2013-07-07 11:15"_s, 45, u"Plenary Hall"_s).build();
        QVERIFY(fixture.schedule->apply(programme, {u"test"_s, {}}).ok());
        const QString conference = programme.conference.id;
        QVERIFY(fixture.addPlaces(conference));
        Trip trip;
        trip.conferenceId = conference;
        trip.title = u"Drive up kunanyi"_s;
        trip.placeId = u"summit"_s;
        trip.start = TripFixture::hobart(u"2013-07-07 09:30"_s);
        trip.end = TripFixture::hobart(u"2013-07-07 12:45"_s);
        trip.who = u"Ann"_s;
        trip.notes = u"Jacket"_s;
        const QString id = *fixture.trips->add(trip);
        Trip toLark = trip;
        toLark.title = u"Whisky"_s;
        toLark.placeId = u"lark"_s;
        toLark.start = TripFixture::hobart(u"2013-07-07 18:00"_s);
        toLark.end = TripFixture::hobart(u"2013-07-07 19:00"_s);
        const QString larkId = *fixture.trips->add(toLark);

        const QList<AgendaItem> items =
            TripPlanning::agendaItems({fixture.trips.get(), fixture.places.get()}, *fixture.schedule, conference);
        QCOMPARE(items.size(), 2);
        const AgendaItem &item = items.at(0);
        QCOMPARE(item.kind, AgendaItem::Kind::Trip);
        QCOMPARE(item.id, id);
        QCOMPARE(item.day, QDate(2013, 7, 7));
        QCOMPARE(item.location, u"kunanyi / Mount Wellington (summit)"_s);
        QCOMPARE(item.placeId, u"summit"_s);
        QVERIFY(item.geo);
        QCOMPARE(item.geo->latitude, -42.896);
        QCOMPARE(item.who, u"Ann"_s);
        QCOMPARE(item.note, u"Jacket"_s);
        QCOMPARE(item.priority, Priority::None);
        // A place without a location gives its name, never a point.
        QCOMPARE(items.at(1).id, larkId);
        QCOMPARE(items.at(1).location, u"Lark Distillery"_s);
        QVERIFY(!items.at(1).geo);
        // Without the stores there are no trips.
        QVERIFY(TripPlanning::agendaItems({}, *fixture.schedule, conference).isEmpty());
    }

    void tripsConflictWithTalksHalfOpen()
    {
        TripFixture fixture;
        const Schedule programme = ScheduleBuilder(u"conflictconf"_s)
                                       .event(u"a"_s, u"Morning talk"_s, u"2013-07-07 11:15"_s, 45, u"Plenary Hall"_s)
                                       .event(u"b"_s, u"Afternoon talk"_s, u"2013-07-07 13:00"_s, 30, u"Plenary Hall"_s)
                                       .event(u"c"_s, u"Unbookmarked"_s, u"2013-07-07 10:00"_s, 30, u"Tasman A"_s)
                                       .build();
        QVERIFY(fixture.schedule->apply(programme, {u"test"_s, {}}).ok());
        const QString conference = programme.conference.id;
        const QString morning = programme.events[0].id;
        const QString afternoon = programme.events[1].id;
        QVERIFY(fixture.userData->setPriority(morning, conference, Priority::MustSee));
        QVERIFY(fixture.userData->setPriority(afternoon, conference, Priority::MustSee));

        Trip drive;
        drive.conferenceId = conference;
        drive.title = u"Drive"_s;
        drive.start = TripFixture::hobart(u"2013-07-07 09:30"_s);
        drive.end = TripFixture::hobart(u"2013-07-07 13:00"_s); // ends exactly when the afternoon talk starts
        const QString driveId = *fixture.trips->add(drive);
        Trip walk;
        walk.conferenceId = conference;
        walk.title = u"Walk"_s;
        walk.start = TripFixture::hobart(u"2013-07-07 12:59"_s);
        walk.end = TripFixture::hobart(u"2013-07-07 13:10"_s);
        const QString walkId = *fixture.trips->add(walk);

        Agenda::Options options;
        options.conferenceId = conference;
        options.otherItems = TripPlanning::agendaItems({fixture.trips.get(), fixture.places.get()}, *fixture.schedule, conference);
        const Agenda agenda = Agenda::build(*fixture.schedule, *fixture.userData, options);
        QCOMPARE(agenda.items().size(), 4);
        // Shown on both sides: the trip lists the talk, the talk lists the trip.
        QCOMPARE(agenda.item(driveId)->conflicts, (QStringList{morning, walkId}));
        QCOMPARE(agenda.item(morning)->conflicts, QStringList{driveId});
        // Half-open: 09:30–13:00 and 13:00–13:30 do not clash; one minute of overlap does.
        QVERIFY(!agenda.item(afternoon)->conflicts.contains(driveId));
        QCOMPARE(agenda.item(afternoon)->conflicts, QStringList{walkId});
        QCOMPARE(agenda.item(walkId)->conflicts, (QStringList{driveId, afternoon}));
        // The unbookmarked talk during the drive is nobody's concern.
        QVERIFY(!agenda.item(programme.events[2].id));
    }

    void aTripIsNoRoomChange()
    {
        auto item = [](const QString &id, AgendaItem::Kind kind, int hour, const QString &where) {
            AgendaItem result;
            result.kind = kind;
            result.id = id;
            result.conferenceId = u"c"_s;
            result.title = id;
            result.start = QDateTime(QDate(2013, 7, 7), QTime(hour, 0), QTimeZone::utc());
            result.end = result.start.addSecs(1800);
            result.day = QDate(2013, 7, 7);
            result.location = where;
            return result;
        };
        QList<AgendaItem> items = {item(u"talk1"_s, AgendaItem::Kind::Event, 1, u"Plenary Hall"_s),
                                   item(u"pub"_s, AgendaItem::Kind::Trip, 2, u"Jack Greene"_s),
                                   item(u"talk2"_s, AgendaItem::Kind::Event, 3, u"Tasman A"_s)};
        Agenda::annotate(items);
        QCOMPARE(items[1].id, u"pub"_s);
        QVERIFY(!items[1].roomChange());
        // Across the trip, the walk from one room to the other still shows.
        QCOMPARE(items[2].previousLocation, u"Plenary Hall"_s);
        QCOMPARE(items[1].gapBeforeSeconds, 1800);
    }

    void suggestedLengthFromSlotAndTravel()
    {
        const QDateTime start = TripFixture::hobart(u"2013-07-07 08:00"_s);
        const QDateTime end = TripFixture::hobart(u"2013-07-07 11:15"_s); // 195 minutes
        TripPlanning::Suggestion s = TripPlanning::suggest(start, end, 13);
        QVERIFY(s.fits);
        QCOMPARE(s.start, start);
        QCOMPARE(s.end, TripFixture::hobart(u"2013-07-07 11:05"_s)); // back 10 min before the next item
        QCOMPARE(s.travelMinutes, 13);
        QCOMPARE(s.stayMinutes, 195 - 10 - 26);

        // 45 minutes with 20 each way leaves nothing worth going for.
        s = TripPlanning::suggest(start, start.addSecs(45 * 60), 20);
        QVERIFY(!s.fits);
        QCOMPARE(s.stayMinutes, -5);
        // Exactly the minimum stay fits.
        s = TripPlanning::suggest(start, start.addSecs((10 + 2 * 20 + 15) * 60), 20);
        QVERIFY(s.fits);
        QCOMPARE(s.stayMinutes, 15);
        // Nowhere to go: the whole slot less the buffer.
        s = TripPlanning::suggest(start, start.addSecs(60 * 60), 0, 0);
        QCOMPARE(s.stayMinutes, 60);
        QCOMPARE(s.end, start.addSecs(3600));
        // An empty slot suggests nothing.
        QVERIFY(!TripPlanning::suggest(start, start, 0).fits);
    }
};

QTEST_GUILESS_MAIN(TestTripPlanning)
#include "tst_tripplanning.moc"
