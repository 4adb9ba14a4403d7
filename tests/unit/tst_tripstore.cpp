#include "TripFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Side trips as user data: validation with clear messages, changes announced per trip, kept across updates. */
class TestTripStore : public QObject
{
    Q_OBJECT
private:
    static Trip draft(const QString &conferenceId)
    {
        Trip trip;
        trip.conferenceId = conferenceId;
        trip.title = u"  Drive up kunanyi  "_s;
        trip.placeId = u"summit"_s;
        trip.start = TripFixture::hobart(u"2013-07-07 09:30"_s);
        trip.end = TripFixture::hobart(u"2013-07-07 12:45"_s);
        trip.who = u"Ann and me"_s;
        trip.notes = u"Snow chains?"_s;
        return trip;
    }

private Q_SLOTS:
    void addChangeRemove()
    {
        TripFixture fixture;
        QVERIFY2(fixture.opened && fixture.loaded, qPrintable(fixture.openError));
        QVERIFY(fixture.addPlaces(u"conf"_s));
        QSignalSpy added(fixture.trips.get(), &TripStore::tripAdded);
        QSignalSpy changed(fixture.trips.get(), &TripStore::tripChanged);
        QSignalSpy removed(fixture.trips.get(), &TripStore::tripRemoved);

        QString error;
        const auto id = fixture.trips->add(draft(u"conf"_s), &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(id->startsWith(u"trip-"_s));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(1).toString(), *id);
        Trip stored = *fixture.trips->trip(*id);
        QCOMPARE(stored.title, u"Drive up kunanyi"_s); // trimmed
        QCOMPARE(stored.createdAt, fixture.clock.now());
        QCOMPARE(stored.updatedAt, fixture.clock.now());
        QCOMPARE(fixture.trips->trips(u"conf"_s).size(), 1);
        QVERIFY(fixture.trips->trips(u"other"_s).isEmpty());

        // A change that changes nothing is not announced.
        QVERIFY(fixture.trips->update(stored));
        QCOMPARE(changed.count(), 0);
        fixture.clock.freezeAt(fixture.clock.now().addSecs(60));
        stored.end = TripFixture::hobart(u"2013-07-07 12:30"_s);
        stored.placeId.clear();
        QVERIFY2(fixture.trips->update(stored, &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fixture.trips->trip(*id)->updatedAt, fixture.clock.now());
        QVERIFY(fixture.trips->trip(*id)->createdAt < fixture.clock.now());

        // Everything is in the file.
        TripFixture reopened(fixture.database->path());
        QVERIFY(reopened.loaded);
        QCOMPARE(*reopened.trips->trip(*id), *fixture.trips->trip(*id));

        QVERIFY(fixture.trips->remove(*id, &error));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!fixture.trips->trip(*id));
        QVERIFY(!fixture.trips->remove(*id, &error));
        QCOMPARE(error, u"no trip with id \"%1\""_s.arg(*id));
    }

    void validationSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no title") << u"title"_s << u"a trip needs a title"_s;
        QTest::newRow("end before start") << u"backwards"_s
                                          << u"the trip \"Drive up kunanyi\" ends before it starts: the end must be after the start"_s;
        QTest::newRow("no length") << u"instant"_s
                                   << u"the trip \"Drive up kunanyi\" ends at the moment it starts: the end must be after the start"_s;
        QTest::newRow("unknown place") << u"place"_s << u"there is no place \"nowhere\" in conference conf (see: lanyard places)"_s;
        QTest::newRow("place of another conference")
            << u"otherplace"_s << u"there is no place \"summit\" in conference conf2 (see: lanyard places)"_s;
        QTest::newRow("no start") << u"start"_s << u"the trip \"Drive up kunanyi\" has no start time"_s;
        QTest::newRow("no conference") << u"conference"_s << u"a trip belongs to a conference; none was given"_s;
    }

    void validationSaysWhatIsWrong()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        TripFixture fixture;
        QVERIFY(fixture.addPlaces(u"conf"_s));
        Trip trip = draft(u"conf"_s);
        if (field == u"title"_s)
            trip.title = u"   "_s;
        else if (field == u"backwards"_s)
            trip.end = trip.start.addSecs(-60);
        else if (field == u"instant"_s)
            trip.end = trip.start;
        else if (field == u"place"_s)
            trip.placeId = u"nowhere"_s;
        else if (field == u"otherplace"_s)
            trip.conferenceId = u"conf2"_s;
        else if (field == u"start"_s)
            trip.start = {};
        else if (field == u"conference"_s)
            trip.conferenceId.clear();
        QSignalSpy added(fixture.trips.get(), &TripStore::tripAdded);
        QString error;
        QVERIFY(!fixture.trips->add(trip, &error));
        QCOMPARE(error, message);
        QCOMPARE(added.count(), 0);
        QVERIFY(fixture.trips->trips().isEmpty());
        QSqlQuery count(fixture.database->connection());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM trips"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);

        // The same checks guard a change; the stored trip stays as it was.
        const auto id = fixture.trips->add(draft(u"conf"_s));
        QVERIFY(id);
        const Trip good = *fixture.trips->trip(*id);
        Trip bad = trip;
        bad.id = *id;
        if (field != u"conference"_s && field != u"otherplace"_s) {
            QVERIFY(!fixture.trips->update(bad, &error));
            QCOMPARE(error, message);
            QCOMPARE(*fixture.trips->trip(*id), good);
        }
    }

    void idsAsTyped()
    {
        TripFixture fixture;
        QVERIFY(fixture.addPlaces(u"conf"_s));
        const QString id = *fixture.trips->add(draft(u"conf"_s));
        QString error;
        QCOMPARE(*fixture.trips->resolveId(id, &error), id);
        QCOMPARE(*fixture.trips->resolveId(id.toUpper(), &error), id);
        QCOMPARE(*fixture.trips->resolveId(id.mid(5, 4), &error), id); // without "trip-"
        QCOMPARE(*fixture.trips->resolveId(id.left(9), &error), id);
        QVERIFY(!fixture.trips->resolveId(u"trip-zzzz"_s, &error));
        QCOMPARE(error, u"no trip with id \"trip-zzzz\" (see: lanyard trips)"_s);
        QVERIFY(!fixture.trips->resolveId(u"ab"_s, &error));
        QVERIFY(error.contains(u"too short"_s));
    }

    void tripsSurviveEveryFeedUpdate()
    {
        TripFixture fixture;
        const Schedule programme = ScheduleBuilder(u"conf"_s).event(u"a"_s, u"Talk"_s, u"2013-07-07 10:00"_s, 30, u"Hall"_s).build();
        QVERIFY(fixture.schedule->apply(programme, {u"test"_s, {}}).ok());
        QVERIFY(fixture.addPlaces(programme.conference.id));
        const QString id = *fixture.trips->add(draft(programme.conference.id));
        Schedule update = programme;
        update.events.clear();
        QVERIFY(fixture.schedule->apply(update, {u"test"_s, {}}).ok());
        QVERIFY(fixture.schedule->removeConference(programme.conference.id, nullptr));
        // The conference is gone, and its places catalogue with it; the user's trip stays.
        TripFixture reopened(fixture.database->path());
        QVERIFY(reopened.loaded);
        QVERIFY(reopened.trips->trip(id));
        QVERIFY(reopened.places->places(programme.conference.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTripStore)
#include "tst_tripstore.moc"
