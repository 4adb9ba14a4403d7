#include "TripFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

/** The places of a conference: its catalogue and the user's own, with distances from the venue. */
class TestPlaceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueVenueFirstAndDistances()
    {
        TripFixture fixture;
        QVERIFY2(fixture.opened && fixture.loaded, qPrintable(fixture.openError));
        QSignalSpy reset(fixture.places.get(), &PlaceStore::reset);
        QVERIFY(fixture.addPlaces(u"conf"_s));
        QCOMPARE(reset.count(), 1);
        const QList<Place> places = fixture.places->places(u"conf"_s);
        QCOMPARE(places.size(), 3);
        QCOMPARE(places.at(0).id, u"venue"_s);
        QVERIFY(places.at(0).isVenue);
        QCOMPARE(fixture.places->venue(u"conf"_s)->id, u"venue"_s);
        QCOMPARE(places.at(1).id, u"summit"_s); // then by name: kunanyi before Lark
        QCOMPARE(places.at(2).id, u"lark"_s);
        QVERIFY(!places.at(2).hasLocation());
        QCOMPARE(*places.at(1).elevationMetres, 1271.0);
        QVERIFY(std::abs(*fixture.places->distanceFromVenueKm(places.at(1)) - 8.2336) < 0.001);
        QCOMPARE(*fixture.places->distanceFromVenueKm(places.at(0)), 0.0);
        QVERIFY(!fixture.places->distanceFromVenueKm(places.at(2)));
        QVERIFY(fixture.places->places(u"other"_s).isEmpty());

        // Replacing the catalogue replaces it whole.
        Place only;
        only.id = u"only"_s;
        only.name = u"Only"_s;
        QVERIFY(PlaceStore::replaceCatalogue(*fixture.database, u"conf"_s, {only}, nullptr));
        QVERIFY(fixture.places->load());
        QCOMPARE(fixture.places->places(u"conf"_s).size(), 1);
        QVERIFY(!fixture.places->venue(u"conf"_s));
        QVERIFY(!fixture.places->distanceFromVenueKm(fixture.places->places(u"conf"_s).at(0)));
    }

    void theUsersOwnPlaces()
    {
        TripFixture fixture;
        QVERIFY(fixture.addPlaces(u"conf"_s));
        QSignalSpy added(fixture.places.get(), &PlaceStore::placeAdded);
        QSignalSpy changed(fixture.places.get(), &PlaceStore::placeChanged);
        QSignalSpy removed(fixture.places.get(), &PlaceStore::placeRemoved);

        Place mona;
        mona.conferenceId = u"conf"_s;
        mona.name = u" MONA "_s;
        mona.location = GeoPoint{-42.8121, 147.2612};
        mona.notes = u"Ferry from Brooke Street Pier"_s;
        QString error;
        const auto id = fixture.places->add(mona, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(id->startsWith(u"place-"_s));
        QCOMPARE(added.count(), 1);
        const Place stored = *fixture.places->place(u"conf"_s, *id);
        QCOMPARE(stored.name, u"MONA"_s);
        QVERIFY(stored.userMade);
        QCOMPARE(fixture.places->places(u"conf"_s).constLast().id, *id); // after the catalogue
        QVERIFY(fixture.places->distanceFromVenueKm(stored));

        // Without a location is fine; a location out of range is not.
        Place changedPlace = stored;
        changedPlace.location.reset();
        QVERIFY(fixture.places->update(changedPlace, &error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!fixture.places->place(u"conf"_s, *id)->hasLocation());
        changedPlace.location = GeoPoint{-95, 147};
        QVERIFY(!fixture.places->update(changedPlace, &error));
        QCOMPARE(error, u"-95, 147 is not a location: latitude runs from -90 to 90 and longitude from -180 to 180"_s);
        changedPlace.location.reset();
        changedPlace.name = u""_s;
        QVERIFY(!fixture.places->update(changedPlace, &error));
        QCOMPARE(error, u"a place needs a name"_s);
        QCOMPARE(changed.count(), 1);

        // Catalogue places are not the user's to change or remove.
        Place venue = *fixture.places->venue(u"conf"_s);
        venue.name = u"Elsewhere"_s;
        QVERIFY(!fixture.places->update(venue, &error));
        QCOMPARE(error, u"\"venue\" comes with the conference; only your own places can be changed"_s);
        QVERIFY(!fixture.places->remove(u"venue"_s, &error));

        // A place a trip goes to stays until the trip goes elsewhere.
        Trip trip;
        trip.conferenceId = u"conf"_s;
        trip.title = u"Art"_s;
        trip.placeId = *id;
        trip.start = TripFixture::hobart(u"2013-07-07 14:00"_s);
        trip.end = TripFixture::hobart(u"2013-07-07 17:00"_s);
        const auto tripId = fixture.trips->add(trip, &error);
        QVERIFY2(tripId, qPrintable(error));
        QVERIFY(!fixture.places->remove(*id, &error));
        QCOMPARE(error, u"\"MONA\" is where \"Art\" goes; change or remove the trip first"_s);
        QVERIFY(fixture.trips->remove(*tripId));
        QVERIFY(fixture.places->remove(*id, &error));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!fixture.places->place(u"conf"_s, *id));

        TripFixture reopened(fixture.database->path());
        QVERIFY(reopened.places->userPlaces().isEmpty());
        QCOMPARE(reopened.places->places(u"conf"_s).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPlaceStore)
#include "tst_placestore.moc"
