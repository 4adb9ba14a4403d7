#include "LoopbackHttpServer.h"
#include "ScheduleBuilder.h"

#include "agenda/FreeSlots.h"
#include "agenda/FriendCalendar.h"
#include "agenda/FriendPlans.h"
#include "agenda/UserDataBackup.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/FriendStore.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"
#include "sync/FriendRefresh.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
QByteArray calendar(const QList<QByteArray> &events)
{
    QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Friends//EN\r\n";
    for (const QByteArray &event : events)
        text += "BEGIN:VEVENT\r\nDTSTAMP:20130701T000000Z\r\n" + event + "END:VEVENT\r\n";
    return text + "END:VCALENDAR\r\n";
}

QByteArray entry(const QByteArray &uid, const QByteArray &summary, const QByteArray &start, const QByteArray &end)
{
    return "UID:" + uid + "\r\nSUMMARY:" + summary + "\r\nDTSTART;TZID=Australia/Hobart:" + start + "\r\nDTEND;TZID=Australia/Hobart:" + end
        + "\r\n";
}

QDateTime hobart(int hour, int minute = 0)
{
    return QDateTime(QDate(2013, 7, 6), QTime(hour, minute), QTimeZone("Australia/Hobart")).toUTC();
}
} // namespace

/**
 * Friends' calendars against a programme: matching (by Lanyard's UID, by title and start without
 * case or accents), busy blocks, group free slots, removal, the backup, refusing bad files, and a
 * refresh that fails keeping the last good copy (over a real loopback HTTP server).
 */
class TestFriends : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScheduleStore> m_schedule;
    std::unique_ptr<UserDataStore> m_userData;
    QString m_conferenceId;
    QHash<QString, QString> m_idOf;

    /** Ana exports from Lanyard (its UIDs, a trip); Ben from another app (its own UIDs, other spelling). */
    QByteArray anaCalendar() const
    {
        return calendar({
            "UID:" + m_idOf[u"Keynote"_s].toUtf8()
                + "@lanyard\r\nSUMMARY:Keynote\r\nDTSTART:20130705T230000Z\r\n"
                  "DTEND:20130706T000000Z\r\n",
            entry("ana-lunch-1", "Lunch with Sam", "20130706T120000", "20130706T130000"),
            entry("trip-0badc0de@lanyard", "Drive up kunanyi", "20130706T140000", "20130706T150000"),
        });
    }
    static QByteArray benCalendar()
    {
        return calendar({entry("fav-77@otherapp.example", "ZOE'S   talk", "20130706T100000", "20130706T103000")});
    }

    Friend person(const QString &name, const QByteArray &bytes, const QString &source = u"/nowhere.ics"_s) const
    {
        return Friend{name, source, bytes, hobart(8), hobart(8), {}};
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_schedule = std::make_unique<ScheduleStore>(*m_database);
        m_userData = std::make_unique<UserDataStore>(*m_database);
        QVERIFY(m_userData->load());
        ScheduleBuilder builder(u"friendcon"_s);
        builder.event(u"g-keynote"_s, u"Keynote"_s, u"2013-07-06 09:00"_s, 60, u"Plenary"_s);
        builder.event(u"g-zoe"_s, u"Zoë's Talk"_s, u"2013-07-06 10:00"_s, 30, u"Room A"_s);
        builder.event(u"g-other"_s, u"Other talk"_s, u"2013-07-06 10:00"_s, 30, u"Room B"_s);
        builder.event(u"g-closing"_s, u"Closing"_s, u"2013-07-06 16:00"_s, 60, u"Plenary"_s);
        QVERIFY(m_schedule->apply(builder.build(), {u"test"_s, {}}).ok());
        m_conferenceId = m_schedule->conferences().constFirst().conference.id;
        m_idOf.clear();
        for (const Event &event : m_schedule->events(m_conferenceId))
            m_idOf.insert(event.title, event.id);
    }
    void cleanup()
    {
        m_userData.reset();
        m_schedule.reset();
        m_database.reset();
    }

    void matchesByUidAndByTitleAndStart()
    {
        const FriendPlans plans = FriendPlans::build({person(u"Ana"_s, anaCalendar()), person(u"Ben"_s, benCalendar())}, *m_schedule);
        QCOMPARE(plans.plans().size(), 2);
        // Ana's Lanyard UID names the keynote; Ben's other app spells "Zoë's Talk" without accent and in capitals.
        QCOMPARE(plans.friendsOf(m_idOf[u"Keynote"_s]), QStringList{u"Ana"_s});
        QCOMPARE(plans.friendsOf(m_idOf[u"Zoë's Talk"_s]), QStringList{u"Ben"_s});
        QVERIFY(plans.friendsOf(m_idOf[u"Other talk"_s]).isEmpty());
        QCOMPARE(plans.plan(u"ana"_s)->entries, 3);
        QCOMPARE(plans.plan(u"Ana"_s)->eventIds, QStringList{m_idOf[u"Keynote"_s]});
    }

    void titleMatchNeedsTheSameStart()
    {
        // The same title at another time is another session, not this talk: a busy block.
        const QByteArray moved = calendar({entry("x-1", "Zoe's talk", "20130706T110000", "20130706T113000")});
        const FriendPlans plans = FriendPlans::build({person(u"Cy"_s, moved)}, *m_schedule);
        QVERIFY(plans.friendsOf(m_idOf[u"Zoë's Talk"_s]).isEmpty());
        QCOMPARE(plans.plan(u"Cy"_s)->blocks.size(), 1);
    }

    void namesOfAnEventAreSorted()
    {
        const QByteArray zoe = benCalendar();
        const FriendPlans plans = FriendPlans::build({person(u"zed"_s, zoe), person(u"Ben"_s, zoe), person(u"ava"_s, zoe)}, *m_schedule);
        QCOMPARE(plans.friendsOf(m_idOf[u"Zoë's Talk"_s]), (QStringList{u"ava"_s, u"Ben"_s, u"zed"_s}));
    }

    void unmatchedEntriesAndTripsAreBusyBlocks()
    {
        const FriendPlans plans = FriendPlans::build({person(u"Ana"_s, anaCalendar())}, *m_schedule);
        const FriendPlan *ana = plans.plan(u"Ana"_s);
        QVERIFY(ana);
        QCOMPARE(ana->blocks.size(), 2);
        QCOMPARE(ana->blocks.at(0).title, u"Lunch with Sam"_s);
        QCOMPARE(ana->blocks.at(0).start, hobart(12));
        QCOMPARE(ana->blocks.at(1).title, u"Drive up kunanyi"_s);
        QCOMPARE(ana->blocks.at(1).end, hobart(15));
        // Busy: the keynote at the programme's time, and both blocks.
        QCOMPARE(ana->busy.size(), 3);
        QCOMPARE(ana->busy.at(0).start, hobart(9));
    }

    void groupFreeSlots()
    {
        const QDate day(2013, 7, 6);
        FreeSlots::Query alone{m_conferenceId, day, 30, {}, {}};
        const QList<FreeSlots::Slot> mine = FreeSlots::forDay(*m_schedule, *m_userData, {}, alone);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.constFirst().start, hobart(9));
        QCOMPARE(mine.constFirst().end, hobart(17));

        // The user bookmarked the closing; Ana and Ben have their plans.
        QVERIFY(m_userData->setPriority(m_idOf[u"Closing"_s], m_conferenceId, Priority::MustSee));
        const FriendPlans plans = FriendPlans::build({person(u"Ana"_s, anaCalendar()), person(u"Ben"_s, benCalendar())}, *m_schedule);
        FreeSlots::Query group{m_conferenceId, day, 30, {}, plans.busyOf({u"Ana"_s, u"Ben"_s})};
        const QList<FreeSlots::Slot> slots = FreeSlots::forDay(*m_schedule, *m_userData, {}, group);
        const QList<FreeSlots::Slot> expected = {{hobart(10, 30), hobart(12)}, {hobart(13), hobart(14)}, {hobart(15), hobart(16)}};
        QCOMPARE(slots, expected);

        // With Ben alone the morning opens up from 9:00 (Ana's keynote is not in the way).
        FreeSlots::Query withBen{m_conferenceId, day, 30, {}, plans.busyOf({u"Ben"_s})};
        const QList<FreeSlots::Slot> benSlots = FreeSlots::forDay(*m_schedule, *m_userData, {}, withBen);
        const QList<FreeSlots::Slot> benExpected = {{hobart(9), hobart(10)}, {hobart(10, 30), hobart(16)}};
        QCOMPARE(benSlots, benExpected);
    }

    void talkGoneFromTheProgrammeIsABlock()
    {
        // The programme drops the keynote: what Ana wrote down still takes her time.
        ScheduleBuilder builder(u"friendcon"_s);
        builder.event(u"g-zoe"_s, u"Zoë's Talk"_s, u"2013-07-06 10:00"_s, 30, u"Room A"_s);
        builder.event(u"g-closing"_s, u"Closing"_s, u"2013-07-06 16:00"_s, 60, u"Plenary"_s);
        QVERIFY(m_schedule->apply(builder.build(), {u"test"_s, {}}).ok());
        const FriendPlans plans = FriendPlans::build({person(u"Ana"_s, anaCalendar())}, *m_schedule);
        QVERIFY(plans.plan(u"Ana"_s)->eventIds.isEmpty());
        // The keynote's entry is now a block of its own (the friend still wrote it down).
        QCOMPARE(plans.plan(u"Ana"_s)->blocks.size(), 3);
    }

    void storeAddRemoveLeavesNoTrace()
    {
        FriendStore store(*m_database);
        QString error;
        QVERIFY2(store.add(person(u"Ana"_s, anaCalendar()), &error), qPrintable(error));
        QVERIFY(!store.add(person(u"ANA"_s, benCalendar()), &error));
        QVERIFY2(error.contains(u"already a friend called Ana"_s), qPrintable(error));
        QVERIFY(!store.add(person(u"A,B"_s, benCalendar()), &error));
        QVERIFY(!store.add(person(u"  "_s, benCalendar()), &error));
        QCOMPARE(store.all().size(), 1);
        QCOMPARE(store.byName(u"ana"_s)->calendar, anaCalendar());

        // Nothing of a friend reaches the user's own data.
        QVERIFY(m_userData->all().isEmpty());

        QVERIFY2(store.remove(u"ana"_s, &error), qPrintable(error));
        QVERIFY(store.all().isEmpty());
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM friends"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(!store.remove(u"Ana"_s, &error));
        QVERIFY2(error.contains(u"no friend called Ana"_s), qPrintable(error));
    }

    void backupAndRestore()
    {
        FriendStore store(*m_database);
        QString error;
        QVERIFY(store.add(person(u"Ana"_s, anaCalendar(), u"https://cloud.example/ana.ics"_s), &error));
        QVERIFY(store.add(person(u"Ben"_s, benCalendar()), &error));
        const QByteArray backup = UserDataBackup::createBytes(*m_schedule, *m_userData, {}, hobart(20));
        QVERIFY(backup.contains("\"friends\""));

        QVERIFY(store.remove(u"Ana"_s, &error));
        QVERIFY(store.remove(u"Ben"_s, &error));
        RestoreReport report = UserDataBackup::restore(backup, u"b.json"_s, *m_schedule, *m_userData);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.friends.added, 2);
        const QList<Friend> back = store.all();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).name, u"Ana"_s);
        QCOMPARE(back.at(0).source, u"https://cloud.example/ana.ics"_s);
        QCOMPARE(back.at(0).calendar, anaCalendar());
        QCOMPARE(back.at(0).refreshedAt, hobart(8));

        // Twice changes nothing; an older copy never replaces a newer one.
        report = UserDataBackup::restore(backup, u"b.json"_s, *m_schedule, *m_userData);
        QCOMPARE(report.friends.unchanged, 2);
        QVERIFY(store.recordRefresh(u"Ben"_s, anaCalendar(), hobart(21), &error));
        report = UserDataBackup::restore(backup, u"b.json"_s, *m_schedule, *m_userData);
        QCOMPARE(report.friends.unchanged, 2);
        QCOMPARE(store.byName(u"Ben"_s)->calendar, anaCalendar());
    }

    void oldBackupWithoutFriendsRestores()
    {
        const QByteArray old = R"({"format": "lanyard-backup", "version": 1, "events": []})";
        const RestoreReport report = UserDataBackup::restore(old, u"old.json"_s, *m_schedule, *m_userData);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!report.friends.any());
    }

    void badFriendInBackupRestoresNothing()
    {
        const QByteArray bad = R"({"format": "lanyard-backup", "version": 1, "events": [],
            "friends": [{"name": "Ana", "source": "/a.ics", "calendar": "<html>not a calendar</html>"}]})";
        const RestoreReport report = UserDataBackup::restore(bad, u"bad.json"_s, *m_schedule, *m_userData);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(u"friends[0] (Ana)"_s), qPrintable(report.error));
        QVERIFY(FriendStore(*m_database).all().isEmpty());
    }

    void badFilesAreRefused()
    {
        QString error;
        QVERIFY(!FriendCalendar::readFile(m_dir.filePath(u"missing.ics"_s), &error));
        QVERIFY2(error.contains(u"no such file"_s), qPrintable(error));
        QVERIFY(!FriendCalendar::readFile(m_dir.path(), &error));
        QVERIFY2(error.contains(u"is a folder"_s), qPrintable(error));

        QFile huge(m_dir.filePath(u"huge.ics"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(FriendCalendar::kMaxBytes + 1));
        huge.close();
        QVERIFY(!FriendCalendar::readFile(huge.fileName(), &error));
        QVERIFY2(error.contains(u"at most 4 MiB"_s), qPrintable(error));

        QFile unreadable(m_dir.filePath(u"locked.ics"_s));
        QVERIFY(unreadable.open(QIODevice::WriteOnly));
        unreadable.write(benCalendar());
        unreadable.close();
        QVERIFY(unreadable.setPermissions(QFileDevice::Permissions()));
        if (QFile(unreadable.fileName()).open(QIODevice::ReadOnly)) {
            qInfo("running as root: an unreadable file cannot be made here");
        } else {
            QVERIFY(!FriendCalendar::readFile(unreadable.fileName(), &error));
            QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
        }

        const QList<Conference> conferences{m_schedule->conferences().constFirst().conference};
        QVERIFY(FriendCalendar::check(benCalendar(), u"ben.ics"_s, conferences).isEmpty());
        error = FriendCalendar::check("<!doctype html><html></html>", u"page.ics"_s, conferences);
        QVERIFY2(error.contains(u"page.ics is not an iCalendar file"_s), qPrintable(error));
        error = FriendCalendar::check("", u"empty.ics"_s, conferences);
        QVERIFY2(error.contains(u"empty.ics is empty"_s), qPrintable(error));
        error = FriendCalendar::check("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", u"cut.ics"_s, conferences);
        QVERIFY2(!error.isEmpty(), "a calendar cut short is refused");

        QCOMPARE(FriendCalendar::normalizeSource(u"webcal://cloud.example/s/ana.ics"_s, &error), u"https://cloud.example/s/ana.ics"_s);
        QVERIFY(FriendCalendar::normalizeSource(u"ftp://cloud.example/ana.ics"_s, &error).isEmpty());
    }

    void refreshFailureKeepsTheLastGoodCopy()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        QByteArray served = benCalendar();
        int status = 200;
        server.setHandler([&](const LoopbackHttpServer::Request &) {
            return status == 200 ? LoopbackHttpServer::ok(served, "text/calendar") : LoopbackHttpServer::status(status, "Oops");
        });
        FriendStore store(*m_database);
        QString error;
        QVERIFY(store.add(person(u"Ana"_s, anaCalendar(), server.url(u"/ana.ics"_s).toString()), &error));
        const QString path = m_dir.filePath(u"ben.ics"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(benCalendar());
        }
        QVERIFY(store.add(person(u"Ben"_s, benCalendar(), path), &error));

        QNetworkAccessManager network;
        Clock clock;
        clock.freezeAt(hobart(18));
        FriendRefresh refresh(network, *m_database, *m_schedule, clock);
        QSignalSpy refreshed(&refresh, &FriendRefresh::refreshed);
        QSignalSpy idle(&refresh, &FriendRefresh::idle);

        // A good copy replaces the old one.
        QCOMPARE(refresh.refreshAll(), 2);
        QVERIFY(idle.wait(20000));
        QCOMPARE(store.byName(u"Ana"_s)->calendar, benCalendar());
        QCOMPARE(store.byName(u"Ana"_s)->refreshedAt, hobart(18));

        // A server error, a web page, a deleted file: each keeps the copy, with the reason.
        status = 500;
        QFile::remove(path);
        clock.freezeAt(hobart(19));
        refresh.refreshAll();
        QVERIFY(idle.wait(20000));
        QCOMPARE(store.byName(u"Ana"_s)->calendar, benCalendar());
        QCOMPARE(store.byName(u"Ana"_s)->refreshedAt, hobart(18));
        QVERIFY2(store.byName(u"Ana"_s)->lastError.contains(u"500"_s), qPrintable(store.byName(u"Ana"_s)->lastError));
        QCOMPARE(store.byName(u"Ben"_s)->calendar, benCalendar());
        QVERIFY(store.byName(u"Ben"_s)->lastError.contains(u"no such file"_s));

        status = 200;
        served = "<!doctype html><html><body>Log in to the Wi-Fi</body></html>";
        refresh.refreshAll();
        QVERIFY(idle.wait(20000));
        QCOMPARE(store.byName(u"Ana"_s)->calendar, benCalendar());
        QVERIFY2(store.byName(u"Ana"_s)->lastError.contains(u"not an iCalendar"_s), qPrintable(store.byName(u"Ana"_s)->lastError));
    }
};

QTEST_GUILESS_MAIN(TestFriends)
#include "tst_friends.moc"
