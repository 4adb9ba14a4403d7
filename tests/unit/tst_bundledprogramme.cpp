#include "core/TimeRules.h"

#include "shell/Storage.h"
#include "sync/BundledProgramme.h"
#include <cmath>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** PyCon Australia 2013, compiled in and loaded into a new database: counts and exact events. */
class TestBundledProgramme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsIntoANewDatabase()
    {
        QTemporaryDir dir;
        Storage storage(dir.filePath(u"bundled.sqlite"_s));
        QString error;
        QVERIFY2(storage.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));

        const QList<ConferenceSummary> conferences = storage.schedule().conferences();
        QCOMPARE(conferences.size(), 1);
        const Conference &conference = conferences[0].conference;
        QCOMPARE(conference.id, u"pyconau2013"_s);
        QCOMPARE(conference.title, u"PyCon Australia 2013"_s);
        QCOMPARE(conference.timeZoneId, u"Australia/Hobart"_s);
        QCOMPARE(conference.start, QDate(2013, 7, 5));
        QCOMPARE(conference.end, QDate(2013, 7, 7));
        QCOMPARE(conferences[0].eventCount, 84); // 71 programme entries and 13 breaks and social slots

        const QList<Day> days = storage.schedule().days(conference.id);
        QCOMPARE(days.size(), 3);
        QCOMPARE(storage.schedule().events(conference.id, QDate(2013, 7, 5)).size(), 27);
        QCOMPARE(storage.schedule().events(conference.id, QDate(2013, 7, 6)).size(), 29);
        QCOMPARE(storage.schedule().events(conference.id, QDate(2013, 7, 7)).size(), 28);

        const QStringList rooms = storage.schedule().rooms(conference.id);
        for (const QString &room : {u"Derwent 1"_s, u"Derwent 3"_s, u"Plenary Hall"_s, u"Tasman A"_s, u"Tasman B"_s, u"Tasman Room"_s,
                                    u"Exhibition Foyer"_s, u"Portlight Bar"_s, u"Pier One Restaurant"_s})
            QVERIFY2(rooms.contains(room), qPrintable(room));
        QStringList tracks;
        for (const Track &track : storage.schedule().tracks(conference.id))
            tracks.append(track.name);
        QCOMPARE(tracks.size(), 2); // the two Friday miniconfs

        int withVideo = 0;
        int videoLinks = 0;
        QSet<QString> ids;
        for (const Event &event : storage.schedule().events(conference.id)) {
            ids.insert(event.id);
            if (!event.videos.isEmpty())
                ++withVideo;
            videoLinks += int(event.videos.size());
        }
        QCOMPARE(ids.size(), 84);
        QCOMPARE(withVideo, 59);
        QCOMPARE(videoLinks, 118);
    }

    void dontDoThisIsExactlyWhereItWas()
    {
        QTemporaryDir dir;
        Storage storage(dir.filePath(u"exact.sqlite"_s));
        QString error;
        QVERIFY2(storage.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        const QTimeZone hobart("Australia/Hobart");
        const QList<Event> sunday = storage.schedule().events(u"pyconau2013"_s, QDate(2013, 7, 7));
        const auto found = std::find_if(sunday.cbegin(), sunday.cend(), [](const Event &e) { return e.title == u"Don't Do This"_s; });
        QVERIFY(found != sunday.cend());
        QCOMPARE(TimeRules::isoWithOffset(found->start, hobart), u"2013-07-07T13:00:00+10:00"_s);
        QCOMPARE(TimeRules::isoWithOffset(found->end, hobart), u"2013-07-07T13:30:00+10:00"_s);
        QCOMPARE(found->room, u"Plenary Hall"_s);
        QCOMPARE(found->speakerNames(), QStringList{u"Richard Jones"_s});
        QVERIFY(found->videos.contains(u"https://www.youtube.com/watch?v=H2yfXnUb1S4"_s));

        // The dinner with Mark Pesce's evening keynote is part of the programme.
        const QList<Event> saturday = storage.schedule().events(u"pyconau2013"_s, QDate(2013, 7, 6));
        const bool pesce =
            std::any_of(saturday.cbegin(), saturday.cend(), [](const Event &e) { return e.speakerNames().contains(u"Mark Pesce"_s); });
        QVERIFY(pesce);
    }

    void isLoadedOnlyOncePerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"once.sqlite"_s);
        {
            Storage storage(path);
            QString error;
            QVERIFY2(storage.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
            QVERIFY2(storage.schedule().removeConference(u"pyconau2013"_s, &error), qPrintable(error));
        }
        Storage again(path);
        QString error;
        QVERIFY2(again.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        QVERIFY2(again.schedule().conferences().isEmpty(), "a user who removed the bundled programme does not get it back");
    }

    void theHobartPlacesComeWithIt()
    {
        QTemporaryDir dir;
        Storage storage(dir.filePath(u"places.sqlite"_s));
        QString error;
        QVERIFY2(storage.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        const QList<Place> places = storage.places().places(u"pyconau2013"_s);
        QCOMPARE(places.size(), 12);
        QCOMPARE(places.at(0).id, u"wrest-point"_s);
        QVERIFY(places.at(0).isVenue);
        QCOMPARE(*places.at(0).location, (GeoPoint{-42.90194, 147.33806}));
        int withoutLocation = 0;
        for (const Place &place : places) {
            QVERIFY(!place.userMade);
            if (!place.hasLocation()) {
                ++withoutLocation;
                // Kept, with no invented point.
                QCOMPARE(place.id, u"lark-distillery-hobart-2013"_s);
                QCOMPARE(place.precision, u"unknown"_s);
                QVERIFY(!storage.places().distanceFromVenueKm(place));
            }
        }
        QCOMPARE(withoutLocation, 1);
        const auto summit = storage.places().place(u"pyconau2013"_s, u"kunanyi-mount-wellington"_s);
        QVERIFY(summit);
        QCOMPARE(*summit->elevationMetres, 1271.0);
        QCOMPARE(summit->precision, u"summit"_s);
        QVERIFY(std::abs(*storage.places().distanceFromVenueKm(*summit) - 8.2336) < 0.001);
        // One street point for both (45 Salamanca Place), as the data file says.
        QCOMPARE(storage.places().place(u"pyconau2013"_s, u"jack-greene"_s)->location,
                 storage.places().place(u"pyconau2013"_s, u"salamanca-place"_s)->location);
        const auto nant = storage.places().place(u"pyconau2013"_s, u"nant-distillery"_s);
        QVERIFY(*storage.places().distanceFromVenueKm(*nant) > 60);
    }

    void aDatabaseFromBeforePlacesGetsThemOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"older.sqlite"_s);
        auto forgetPlaces = [&path](bool alsoTheMark) {
            Storage storage(path);
            QString error;
            QVERIFY2(storage.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
            QSqlQuery query(storage.database().connection());
            QVERIFY(query.exec(u"DELETE FROM places"_s));
            if (alsoTheMark)
                QVERIFY(query.exec(u"DELETE FROM meta WHERE key = 'bundled_places_loaded'"_s));
        };
        auto placeCount = [&path] {
            Storage storage(path);
            QString error;
            if (!storage.open(QDateTime::currentDateTimeUtc(), &error))
                return -1;
            return int(storage.places().places(u"pyconau2013"_s).size());
        };
        // As a database written before places existed: the programme, no places, no mark.
        forgetPlaces(true);
        QCOMPARE(placeCount(), 12);
        // Once given, never again: places gone for another reason stay gone.
        forgetPlaces(false);
        QCOMPARE(placeCount(), 0);
    }

    void idsAreTheSameOnEveryMachine()
    {
        QTemporaryDir dir;
        Storage first(dir.filePath(u"a.sqlite"_s));
        Storage second(dir.filePath(u"b.sqlite"_s));
        QString error;
        QVERIFY2(first.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        QVERIFY2(second.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        QStringList a;
        QStringList b;
        for (const Event &event : first.schedule().events(u"pyconau2013"_s))
            a.append(event.id);
        for (const Event &event : second.schedule().events(u"pyconau2013"_s))
            b.append(event.id);
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(TestBundledProgramme)
#include "tst_bundledprogramme.moc"
