#include "ScheduleBuilder.h"
#include "TripFixture.h"

#include "agenda/UserDataBackup.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** One database file with its stores, as a laptop has it. */
struct Laptop
{
    explicit Laptop(const QString &path)
        : database(path)
    {
        QString error;
        opened = database.open(&error);
        openError = error;
        schedule = std::make_unique<ScheduleStore>(database);
        userData = std::make_unique<UserDataStore>(database);
        userData->load();
        userData->setNowProvider([this] { return now; });
    }
    Database database;
    bool opened = false;
    QString openError;
    std::unique_ptr<ScheduleStore> schedule;
    std::unique_ptr<UserDataStore> userData;
    QDateTime now = QDateTime(QDate(2013, 7, 1), QTime(12, 0), QTimeZone::utc());
};

Schedule programme(bool withLateAddition)
{
    ScheduleBuilder builder(u"backupconf"_s);
    builder.event(u"k"_s, u"Keynote"_s, u"2013-07-06 09:00"_s, 60, u"Plenary"_s)
        .event(u"t1"_s, u"Talk one"_s, u"2013-07-06 10:30"_s, 30, u"Room A"_s)
        .event(u"t2"_s, u"Talk two"_s, u"2013-07-06 11:00"_s, 30, u"Room B"_s);
    if (withLateAddition)
        builder.event(u"late"_s, u"Added later"_s, u"2013-07-07 09:00"_s, 30, u"Room A"_s);
    return builder.build();
}

QString idOf(const Schedule &schedule, const QString &title)
{
    for (const Event &event : schedule.events) {
        if (event.title == title)
            return event.id;
    }
    return {};
}
} // namespace

/** The JSON backup: everything the user made, restored by merging into any database. */
class TestUserDataBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBackupRestoresIntoAFreshDatabaseOnAnotherPath()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const Schedule full = programme(true);
        Laptop home(first.filePath(u"home.sqlite"_s));
        QVERIFY2(home.opened, qPrintable(home.openError));
        QVERIFY(home.schedule->apply(full, {u"test"_s, {}}).ok());
        const QString keynote = idOf(full, u"Keynote"_s);
        const QString talkOne = idOf(full, u"Talk one"_s);
        const QString late = idOf(full, u"Added later"_s);
        QVERIFY(home.userData->setPriority(keynote, u"backupconf"_s, Priority::MustSee));
        QVERIFY(home.userData->setNote(keynote, u"backupconf"_s, u"Front row,\n\"bring\" questions"_s));
        QVERIFY(home.userData->setRating(keynote, u"backupconf"_s, 5));
        QVERIFY(home.userData->setPriority(talkOne, u"backupconf"_s, Priority::Maybe));
        QVERIFY(home.userData->setWatched(talkOne, u"backupconf"_s, true));
        QVERIFY(home.userData->setPriority(late, u"backupconf"_s, Priority::MustSee));

        const QByteArray backup = UserDataBackup::createBytes(*home.schedule, *home.userData, {}, home.now);
        const QJsonObject root = QJsonDocument::fromJson(backup).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"lanyard-backup"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"events"_s).toArray().size(), 3);
        QCOMPARE(root.value(u"conferences"_s).toArray().at(0).toObject().value(u"id"_s).toString(), u"backupconf"_s);
        QVERIFY(root.value(u"trips"_s).isArray());

        // The second laptop has an older programme: "Added later" is not in it yet.
        Laptop travel(second.filePath(u"elsewhere/travel.sqlite"_s));
        QVERIFY2(travel.opened, qPrintable(travel.openError));
        QVERIFY(travel.schedule->apply(programme(false), {u"test"_s, {}}).ok());
        QSignalSpy reset(travel.userData.get(), &UserDataStore::reset);
        const RestoreReport report = UserDataBackup::restore(backup, u"backup.json"_s, *travel.schedule, *travel.userData);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, 3);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.waiting, 1);
        QCOMPARE(reset.count(), 1);

        QCOMPARE(travel.userData->priority(keynote), Priority::MustSee);
        QCOMPARE(travel.userData->value(keynote).note, u"Front row,\n\"bring\" questions"_s);
        QCOMPARE(travel.userData->value(keynote).rating, 5);
        QCOMPARE(travel.userData->priority(talkOne), Priority::Maybe);
        QVERIFY(travel.userData->value(talkOne).isWatched());
        QCOMPARE(travel.userData->value(talkOne).watchedAt, home.userData->value(talkOne).watchedAt);

        // Restoring again changes nothing.
        const RestoreReport again = UserDataBackup::restore(backup, u"backup.json"_s, *travel.schedule, *travel.userData);
        QVERIFY(again.ok());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);

        // The entry for the event not yet in the programme was kept and applies once it appears.
        QVERIFY(travel.userData->isBookmarked(late));
        QVERIFY(!travel.schedule->event(late));
        QVERIFY(travel.schedule->apply(programme(true), {u"test"_s, {}}).ok());
        QVERIFY(travel.schedule->event(late));
        QVERIFY(travel.userData->isBookmarked(late));
        QVERIFY(travel.userData->bookmarkedIds(u"backupconf"_s).contains(late));
        const QByteArray restored = UserDataBackup::createBytes(*travel.schedule, *travel.userData, {}, home.now);
        QCOMPARE(restored, backup); // the same user data as at home, field for field

        // And it all survives reopening the file.
        Laptop reopened(second.filePath(u"elsewhere/travel.sqlite"_s));
        QCOMPARE(reopened.userData->all().size(), 3);
        QCOMPARE(UserDataBackup::createBytes(*reopened.schedule, *reopened.userData, {}, home.now), restored);
    }

    void mergeKeepsWhatOnlyOneSideHasAndTheNewerWhereBothDiffer()
    {
        EventUserData local;
        local.eventId = u"e"_s;
        local.conferenceId = u"c"_s;
        local.priority = Priority::Maybe;
        local.note = u"local note"_s;
        local.updatedAt = QDateTime(QDate(2013, 7, 2), QTime(0, 0), QTimeZone::utc());
        EventUserData incoming = local;
        incoming.priority = Priority::MustSee;
        incoming.note = u"backup note"_s;
        incoming.rating = 3;
        incoming.updatedAt = QDateTime(QDate(2013, 7, 1), QTime(0, 0), QTimeZone::utc());

        // Older backup: local values win where both have one; the rating only the backup has is kept.
        EventUserData merged = UserDataBackup::merge(local, incoming);
        QCOMPARE(merged.priority, Priority::Maybe);
        QCOMPARE(merged.note, u"local note"_s);
        QCOMPARE(merged.rating, 3);
        QVERIFY(UserDataBackup::sameData(UserDataBackup::merge(merged, incoming), merged)); // idempotent

        // Newer backup: its values win.
        incoming.updatedAt = QDateTime(QDate(2013, 7, 3), QTime(0, 0), QTimeZone::utc());
        merged = UserDataBackup::merge(local, incoming);
        QCOMPARE(merged.priority, Priority::MustSee);
        QCOMPARE(merged.note, u"backup note"_s);
        QCOMPARE(merged.updatedAt, incoming.updatedAt);
        QVERIFY(UserDataBackup::sameData(UserDataBackup::merge(merged, incoming), merged));
    }

    void aBrokenBackupChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
        QTest::newRow("not a backup") << QByteArray("{\"events\": []}") << u"is not a Lanyard backup"_s;
        QTest::newRow("newer") << QByteArray(R"({"format":"lanyard-backup","version":9,"events":[]})") << u"newer Lanyard"_s;
        QTest::newRow("bad rating") << QByteArray(R"({"format":"lanyard-backup","version":1,"events":[
                 {"event":"aaaa","conference":"backupconf","priority":"must"},
                 {"event":"bbbb","conference":"backupconf","rating":7}]})")
                                    << u"events[1].rating must be a whole number from 1 to 5"_s;
        // Found by fuzz_backup_restore: a rating too large for an int was converted before the
        // range check (undefined behaviour); tests/data/fuzz/fuzz_backup_restore/ keeps the input.
        QTest::newRow("huge rating") << QByteArray(
            R"({"format":"lanyard-backup","version":1,"events":[{"event":"a","conference":"c","rating":1e308}]})")
                                     << u"events[0].rating must be a whole number from 1 to 5"_s;
        QTest::newRow("negative huge rating") << QByteArray(
            R"({"format":"lanyard-backup","version":1,"events":[{"event":"a","conference":"c","rating":-1e308}]})")
                                              << u"events[0].rating must be a whole number from 1 to 5"_s;
        QTest::newRow("fractional rating") << QByteArray(
            R"({"format":"lanyard-backup","version":1,"events":[{"event":"a","conference":"c","rating":2.5}]})")
                                           << u"events[0].rating must be a whole number from 1 to 5"_s;
        QTest::newRow("bad priority") << QByteArray(
            R"({"format":"lanyard-backup","version":1,"events":[{"event":"aaaa","conference":"c","priority":"often"}]})")
                                      << u"events[0].priority"_s;
        QTest::newRow("no id") << QByteArray(R"({"format":"lanyard-backup","version":1,"events":[{"conference":"c"}]})")
                               << u"events[0].event"_s;
        QTest::newRow("bad instant") << QByteArray(
            R"({"format":"lanyard-backup","version":1,"events":[{"event":"a","conference":"c","watchedAt":"yesterday"}]})")
                                     << u"events[0].watchedAt"_s;
    }

    void aBrokenBackupChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Laptop laptop(dir.filePath(u"db.sqlite"_s));
        QVERIFY(laptop.schedule->apply(programme(false), {u"test"_s, {}}).ok());
        const RestoreReport report = UserDataBackup::restore(bytes, u"broken.json"_s, *laptop.schedule, *laptop.userData);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(message), qPrintable(report.error));
        QVERIFY2(report.error.startsWith(u"broken.json"_s), qPrintable(report.error));
        QVERIFY(laptop.userData->all().isEmpty());
    }

    void oneConferencesBackupHoldsOnlyItsData()
    {
        QTemporaryDir dir;
        Laptop laptop(dir.filePath(u"db.sqlite"_s));
        const Schedule schedule = programme(false);
        QVERIFY(laptop.schedule->apply(schedule, {u"test"_s, {}}).ok());
        QVERIFY(laptop.userData->setPriority(idOf(schedule, u"Keynote"_s), u"backupconf"_s, Priority::MustSee));
        QVERIFY(laptop.userData->setNote(u"ffff000000000000"_s, u"otherconf"_s, u"elsewhere"_s));
        const QJsonObject one = UserDataBackup::create(*laptop.schedule, *laptop.userData, u"backupconf"_s, laptop.now);
        QCOMPARE(one.value(u"events"_s).toArray().size(), 1);
        const QJsonObject all = UserDataBackup::create(*laptop.schedule, *laptop.userData, {}, laptop.now);
        QCOMPARE(all.value(u"events"_s).toArray().size(), 2);
    }

    void tripsAndPlacesAreBackedUpAndMergedBack()
    {
        const Schedule schedule = programme(true);
        TripFixture home;
        QVERIFY2(home.opened && home.loaded, qPrintable(home.openError));
        QVERIFY(home.schedule->apply(schedule, {u"test"_s, {}}).ok());
        QVERIFY(home.addPlaces(u"backupconf"_s));
        QVERIFY(home.userData->setPriority(idOf(schedule, u"Keynote"_s), u"backupconf"_s, Priority::MustSee));
        Place mona;
        mona.conferenceId = u"backupconf"_s;
        mona.name = u"MONA"_s;
        mona.location = GeoPoint{-42.8121, 147.2612};
        mona.notes = u"ferry"_s;
        const QString monaId = *home.places->add(mona);
        Place noPoint;
        noPoint.conferenceId = u"backupconf"_s;
        noPoint.name = u"Somewhere nice"_s;
        const QString noPointId = *home.places->add(noPoint);
        Trip drive;
        drive.conferenceId = u"backupconf"_s;
        drive.title = u"Drive up kunanyi"_s;
        drive.placeId = u"summit"_s;
        drive.start = TripFixture::hobart(u"2013-07-07 09:30"_s);
        drive.end = TripFixture::hobart(u"2013-07-07 12:45"_s);
        drive.who = u"Ann and me"_s;
        drive.notes = u"Jacket"_s;
        const QString driveId = *home.trips->add(drive);
        Trip art = drive;
        art.title = u"Art"_s;
        art.placeId = monaId;
        art.start = TripFixture::hobart(u"2013-07-06 14:00"_s);
        art.end = TripFixture::hobart(u"2013-07-06 17:00"_s);
        const QString artId = *home.trips->add(art);
        const TripSources homeSources{home.trips.get(), home.places.get()};
        const QDateTime now = home.clock.now();

        const QByteArray backup = UserDataBackup::createBytes(*home.schedule, *home.userData, {}, now, homeSources);
        const QJsonObject root = QJsonDocument::fromJson(backup).object();
        const QJsonArray trips = root.value(u"trips"_s).toArray();
        QCOMPARE(trips.size(), 2);
        const QJsonObject first = trips.at(0).toObject(); // in start order: Saturday's art first
        QCOMPARE(first.value(u"id"_s).toString(), artId);
        QCOMPARE(first.value(u"place"_s).toString(), monaId);
        QCOMPARE(first.value(u"placeName"_s).toString(), u"MONA"_s);
        QCOMPARE(first.value(u"start"_s).toString(), u"2013-07-06T04:00:00Z"_s);
        QCOMPARE(trips.at(1).toObject().value(u"who"_s).toString(), u"Ann and me"_s);
        QCOMPARE(trips.at(1).toObject().value(u"notes"_s).toString(), u"Jacket"_s);
        const QJsonArray places = root.value(u"places"_s).toArray();
        QCOMPARE(places.size(), 2); // the user's own only: the catalogue comes with the conference
        QJsonObject placeById;
        for (const QJsonValue &value : places)
            placeById.insert(value.toObject().value(u"id"_s).toString(), value);
        QCOMPARE(placeById.value(monaId).toObject().value(u"lat"_s).toDouble(), -42.8121);
        QVERIFY(placeById.value(noPointId).toObject().value(u"lat"_s).isNull());
        QVERIFY(placeById.value(noPointId).toObject().value(u"lon"_s).isNull());

        // A second laptop with the same programme and catalogue.
        TripFixture travel;
        QVERIFY(travel.schedule->apply(schedule, {u"test"_s, {}}).ok());
        QVERIFY(travel.addPlaces(u"backupconf"_s));
        const TripSources travelSources{travel.trips.get(), travel.places.get()};
        QSignalSpy tripsReset(travel.trips.get(), &TripStore::reset);
        RestoreReport report = UserDataBackup::restore(backup, u"backup.json"_s, *travel.schedule, *travel.userData, travelSources);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, 1);
        QCOMPARE(report.trips.added, 2);
        QCOMPARE(report.places.added, 2);
        QVERIFY(report.notes.isEmpty());
        QCOMPARE(report.summary(),
                 u"1 added, 0 updated, 0 unchanged; trips: 2 added, 0 updated, 0 unchanged; "
                 "places: 2 added, 0 updated, 0 unchanged"_s);
        QCOMPARE(tripsReset.count(), 1);
        QCOMPARE(*travel.trips->trip(driveId), *home.trips->trip(driveId));
        QCOMPARE(*travel.trips->trip(artId), *home.trips->trip(artId));
        QCOMPARE(*travel.places->place(u"backupconf"_s, monaId), *home.places->place(u"backupconf"_s, monaId));
        QCOMPARE(UserDataBackup::createBytes(*travel.schedule, *travel.userData, {}, now, travelSources), backup);

        // Twice changes nothing.
        report = UserDataBackup::restore(backup, u"backup.json"_s, *travel.schedule, *travel.userData, travelSources);
        QCOMPARE(report.trips.unchanged, 2);
        QCOMPARE(report.trips.added + report.trips.updated, 0);
        QCOMPARE(report.places.unchanged, 2);

        // A change made on this laptop since is newer than the backup: the backup does not undo it.
        travel.clock.freezeAt(now.addSecs(3600));
        Trip later = *travel.trips->trip(driveId);
        later.end = TripFixture::hobart(u"2013-07-07 12:00"_s);
        QVERIFY(travel.trips->update(later));
        report = UserDataBackup::restore(backup, u"backup.json"_s, *travel.schedule, *travel.userData, travelSources);
        QCOMPARE(report.trips.unchanged, 2);
        QCOMPARE(travel.trips->trip(driveId)->end, TripFixture::hobart(u"2013-07-07 12:00"_s));

        // A newer change at home does come across.
        home.clock.freezeAt(now.addSecs(7200));
        Trip homeChange = *home.trips->trip(driveId);
        homeChange.who = u"Ann, Bo and me"_s;
        QVERIFY(home.trips->update(homeChange));
        const QByteArray newer = UserDataBackup::createBytes(*home.schedule, *home.userData, {}, home.clock.now(), homeSources);
        report = UserDataBackup::restore(newer, u"newer.json"_s, *travel.schedule, *travel.userData, travelSources);
        QCOMPARE(report.trips.updated, 1);
        QCOMPARE(travel.trips->trip(driveId)->who, u"Ann, Bo and me"_s);

        // Restored trips are in the file, not only in memory.
        TripFixture reopened(travel.database->path());
        QCOMPARE(reopened.trips->trips().size(), 2);
        QCOMPARE(reopened.places->userPlaces().size(), 2);

        // Without trip stores (an older caller) the trips are reported, not silently dropped.
        TripFixture plain;
        QVERIFY(plain.schedule->apply(schedule, {u"test"_s, {}}).ok());
        report = UserDataBackup::restore(backup, u"backup.json"_s, *plain.schedule, *plain.userData);
        QVERIFY(report.ok());
        QCOMPARE(report.notes, QStringList{u"2 trip(s) and 2 place(s) in the backup were not restored here"_s});
    }

    void aTripToAnUnknownPlaceIsKeptAndReported()
    {
        TripFixture laptop;
        QVERIFY(laptop.schedule->apply(programme(false), {u"test"_s, {}}).ok());
        const QByteArray bytes = R"({"format":"lanyard-backup","version":1,"events":[],"trips":[
            {"id":"trip-0000abcd","conference":"backupconf","title":"Pub","place":"jack-greene",
             "start":"2013-07-07T08:00:00Z","end":"2013-07-07T10:00:00Z"}]})";
        const RestoreReport report =
            UserDataBackup::restore(bytes, u"b.json"_s, *laptop.schedule, *laptop.userData, {laptop.trips.get(), laptop.places.get()});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.trips.added, 1);
        QCOMPARE(report.notes, QStringList{u"trip \"Pub\" goes to place jack-greene, which is not known here (yet)"_s});
        QCOMPARE(laptop.trips->trip(u"trip-0000abcd"_s)->placeId, u"jack-greene"_s);
    }

    void aBrokenTripOrPlaceChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("trips");
        QTest::addColumn<QString>("message");
        QTest::newRow("end before start") << QByteArray(
            R"("trips":[{"id":"trip-1","conference":"backupconf","title":"Pub","start":"2013-07-07T10:00:00Z","end":"2013-07-07T09:00:00Z"}])")
                                          << u"b.json: trips[0] (\"Pub\") must end after it starts; nothing was restored"_s;
        QTest::newRow("no title") << QByteArray(
            R"("trips":[{"id":"trip-1","conference":"backupconf","start":"2013-07-07T10:00:00Z","end":"2013-07-07T11:00:00Z"}])")
                                  << u"b.json: trips[0].title must be a non-empty string; nothing was restored"_s;
        QTest::newRow("floating time") << QByteArray(
            R"("trips":[{"id":"trip-1","conference":"backupconf","title":"Pub","start":"2013-07-07T10:00:00","end":"2013-07-07T11:00:00Z"}])")
                                       << u"b.json: trips[0].start must be an ISO 8601 instant with an offset or Z; nothing was restored"_s;
        QTest::newRow("repeated trip") << QByteArray(
            R"("trips":[{"id":"trip-1","conference":"c","title":"A","start":"2013-07-07T10:00:00Z","end":"2013-07-07T11:00:00Z"},
                                      {"id":"trip-1","conference":"c","title":"B","start":"2013-07-07T10:00:00Z","end":"2013-07-07T11:00:00Z"}])")
                                       << u"b.json: trips[1] repeats trip trip-1; nothing was restored"_s;
        QTest::newRow("half a location") << QByteArray(R"("places":[{"id":"place-1","conference":"c","name":"X","lat":-42.9}])")
                                         << u"b.json: places[0]: lat and lon must both be numbers, or both null; nothing was restored"_s;
        QTest::newRow("not a location") << QByteArray(R"("places":[{"id":"place-1","conference":"c","name":"X","lat":-142.9,"lon":147}])")
                                        << u"b.json: places[0]: -142.9, 147 is not a location; nothing was restored"_s;
        QTest::newRow("trips not a list") << QByteArray(R"("trips":{})") << u"b.json: \"trips\" must be an array; nothing was restored"_s;
    }

    void aBrokenTripOrPlaceChangesNothing()
    {
        QFETCH(QByteArray, trips);
        QFETCH(QString, message);
        TripFixture laptop;
        const Schedule schedule = programme(false);
        QVERIFY(laptop.schedule->apply(schedule, {u"test"_s, {}}).ok());
        // Plain literals: moc's lexer loses its way in a raw string that opens with a quote.
        const QByteArray bytes = "{\"format\":\"lanyard-backup\",\"version\":1,\"events\":[{\"event\":\""
            + idOf(schedule, u"Keynote"_s).toUtf8() + "\",\"conference\":\"backupconf\",\"priority\":\"must\"}]," + trips + "}";
        const RestoreReport report =
            UserDataBackup::restore(bytes, u"b.json"_s, *laptop.schedule, *laptop.userData, {laptop.trips.get(), laptop.places.get()});
        QCOMPARE(report.error, message);
        QVERIFY(laptop.userData->all().isEmpty());
        QVERIFY(laptop.trips->trips().isEmpty());
        QVERIFY(laptop.places->userPlaces().isEmpty());
    }

    void aFailedWriteUndoesTripsAndPlacesToo()
    {
        TripFixture home;
        const Schedule schedule = programme(false);
        QVERIFY(home.schedule->apply(schedule, {u"test"_s, {}}).ok());
        QVERIFY(home.userData->setPriority(idOf(schedule, u"Keynote"_s), u"backupconf"_s, Priority::MustSee));
        Place own;
        own.conferenceId = u"backupconf"_s;
        own.name = u"Own"_s;
        QVERIFY(home.places->add(own));
        Trip trip;
        trip.conferenceId = u"backupconf"_s;
        trip.title = u"Pub"_s;
        trip.start = TripFixture::hobart(u"2013-07-07 18:00"_s);
        trip.end = TripFixture::hobart(u"2013-07-07 20:00"_s);
        QVERIFY(home.trips->add(trip));
        const QByteArray backup =
            UserDataBackup::createBytes(*home.schedule, *home.userData, {}, home.clock.now(), {home.trips.get(), home.places.get()});

        TripFixture laptop;
        QVERIFY(laptop.schedule->apply(schedule, {u"test"_s, {}}).ok());
        // The bookmarks are written last; make that write fail (as a full disk would).
        QSqlQuery trigger(laptop.database->connection());
        QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON user_events BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        const RestoreReport report =
            UserDataBackup::restore(backup, u"b.json"_s, *laptop.schedule, *laptop.userData, {laptop.trips.get(), laptop.places.get()});
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(u"disk full"_s) && report.error.endsWith(u"nothing was restored"_s), qPrintable(report.error));
        // Neither the file nor the stores hold the trip or the place that were written before.
        QVERIFY(laptop.trips->trips().isEmpty());
        QVERIFY(laptop.places->userPlaces().isEmpty());
        QVERIFY(laptop.userData->all().isEmpty());
        QSqlQuery count(laptop.database->connection());
        QVERIFY(count.exec(u"SELECT (SELECT COUNT(*) FROM trips) + (SELECT COUNT(*) FROM user_places)"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        // And the connection is usable again: no transaction was left open.
        QVERIFY(trigger.exec(u"DROP TRIGGER refuse"_s));
        QVERIFY(UserDataBackup::restore(backup, u"b.json"_s, *laptop.schedule, *laptop.userData, {laptop.trips.get(), laptop.places.get()})
                    .ok());
        QCOMPARE(laptop.trips->trips().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserDataBackup)
#include "tst_userdatabackup.moc"
