#include "ScheduleBuilder.h"

#include "agenda/UserDataBackup.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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
        QVERIFY(home.schedule->apply(full, {u"test"_s, {}, {}}).ok());
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
        QVERIFY(travel.schedule->apply(programme(false), {u"test"_s, {}, {}}).ok());
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
        QVERIFY(travel.schedule->apply(programme(true), {u"test"_s, {}, {}}).ok());
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
        QTest::newRow("bad rating")
            << QByteArray(R"({"format":"lanyard-backup","version":1,"events":[
                 {"event":"aaaa","conference":"backupconf","priority":"must"},
                 {"event":"bbbb","conference":"backupconf","rating":7}]})")
            << u"events[1].rating must be a whole number from 1 to 5"_s;
        QTest::newRow("bad priority")
            << QByteArray(R"({"format":"lanyard-backup","version":1,"events":[{"event":"aaaa","conference":"c","priority":"often"}]})")
            << u"events[0].priority"_s;
        QTest::newRow("no id")
            << QByteArray(R"({"format":"lanyard-backup","version":1,"events":[{"conference":"c"}]})") << u"events[0].event"_s;
        QTest::newRow("bad instant")
            << QByteArray(R"({"format":"lanyard-backup","version":1,"events":[{"event":"a","conference":"c","watchedAt":"yesterday"}]})")
            << u"events[0].watchedAt"_s;
    }

    void aBrokenBackupChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Laptop laptop(dir.filePath(u"db.sqlite"_s));
        QVERIFY(laptop.schedule->apply(programme(false), {u"test"_s, {}, {}}).ok());
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
        QVERIFY(laptop.schedule->apply(schedule, {u"test"_s, {}, {}}).ok());
        QVERIFY(laptop.userData->setPriority(idOf(schedule, u"Keynote"_s), u"backupconf"_s, Priority::MustSee));
        QVERIFY(laptop.userData->setNote(u"ffff000000000000"_s, u"otherconf"_s, u"elsewhere"_s));
        const QJsonObject one = UserDataBackup::create(*laptop.schedule, *laptop.userData, u"backupconf"_s, laptop.now);
        QCOMPARE(one.value(u"events"_s).toArray().size(), 1);
        const QJsonObject all = UserDataBackup::create(*laptop.schedule, *laptop.userData, {}, laptop.now);
        QCOMPARE(all.value(u"events"_s).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestUserDataBackup)
#include "tst_userdatabackup.moc"
