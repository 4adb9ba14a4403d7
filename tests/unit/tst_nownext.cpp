#include "ScheduleBuilder.h"

#include "agenda/NowNext.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** What runs now and what starts soon, as a pure function of the programme, the bookmarks and an instant. */
class TestNowNext : public QObject
{
    Q_OBJECT

    Schedule m_schedule;

    /** An instant as Hobart wall time (UTC+10 in July). */
    static QDateTime hobart(const QString &local)
    {
        const QDateTime wall = QDateTime::fromString(local, u"yyyy-MM-dd HH:mm"_s);
        return TimeRules::localToUtc(wall.date(), wall.time(), TimeRules::zoneFromId(u"Australia/Hobart"_s));
    }

    QString idOf(const QString &title) const
    {
        for (const Event &event : m_schedule.events) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

    static QStringList titles(const QList<NowNext::Entry> &entries)
    {
        QStringList result;
        for (const NowNext::Entry &entry : entries)
            result.append(entry.event.title);
        return result;
    }

    /** The agenda of the bookmarked titles, plus other items (a trip) on the same timeline. */
    Agenda agendaOf(const QStringList &bookmarkedTitles, const QList<AgendaItem> &others = {}) const
    {
        QList<AgendaItem> items = others;
        for (const Event &event : m_schedule.events) {
            if (!bookmarkedTitles.contains(event.title))
                continue;
            EventUserData data;
            data.eventId = event.id;
            data.conferenceId = event.conferenceId;
            data.priority = Priority::MustSee;
            items.append(Agenda::itemForEvent(event, data, false));
        }
        return Agenda::fromItems(items, {m_schedule.conference});
    }

    NowNext::Snapshot at(const QString &local, const QStringList &bookmarkedTitles = {}, const QList<AgendaItem> &others = {}) const
    {
        return NowNext::compute(m_schedule.events, hobart(local), agendaOf(bookmarkedTitles, others), m_schedule.rooms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_schedule = ScheduleBuilder(u"nntest"_s)
                         .event(u"a"_s, u"Opening"_s, u"2013-07-06 09:00"_s, 30, u"Plenary Hall"_s)
                         .event(u"b"_s, u"Talk A"_s, u"2013-07-06 09:30"_s, 30, u"Plenary Hall"_s, {u"Ann"_s})
                         .event(u"c"_s, u"Talk B"_s, u"2013-07-06 09:30"_s, 45, u"Tasman A"_s, {u"Ann"_s, u"Bob"_s})
                         .event(u"d"_s, u"Workshop"_s, u"2013-07-06 09:45"_s, 120, u"Tasman B"_s)
                         .event(u"e"_s, u"Late"_s, u"2013-07-06 10:50"_s, 30, u"Plenary Hall"_s)
                         .event(u"f"_s, u"Keynote"_s, u"2013-07-07 09:00"_s, 60, u"Plenary Hall"_s, {u"Bob"_s})
                         .event(u"g"_s, u"Closing"_s, u"2013-07-07 16:00"_s, 30, u"Plenary Hall"_s)
                         .build();
    }

    void beforeTheConference()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-05 12:00"_s);
        QCOMPARE(snapshot.phase, NowNext::Phase::Before);
        QVERIFY(snapshot.now.isEmpty());
        QVERIFY(snapshot.next.isEmpty());
        QCOMPARE(snapshot.firstStart, hobart(u"2013-07-06 09:00"_s));
        QCOMPARE(snapshot.nextStart, hobart(u"2013-07-06 09:00"_s));
        QCOMPARE(snapshot.lastEnd, hobart(u"2013-07-07 16:30"_s));
    }

    void theHourBeforeTheFirstEventShowsIt()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-06 08:20"_s);
        QCOMPARE(snapshot.phase, NowNext::Phase::Before);
        QCOMPARE(titles(snapshot.next), QStringList{u"Opening"_s});
        QCOMPARE(snapshot.next.constFirst().seconds, 40 * 60);
        QVERIFY(!snapshot.next.constFirst().running);
    }

    void duringATalk()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-06 09:40"_s);
        QCOMPARE(snapshot.phase, NowNext::Phase::During);
        // In the conference's room order.
        QCOMPARE(titles(snapshot.now), (QStringList{u"Talk A"_s, u"Talk B"_s}));
        QCOMPARE(titles(snapshot.next), QStringList{u"Workshop"_s});
        const NowNext::Entry &talkA = snapshot.now.constFirst();
        QVERIFY(talkA.running);
        QVERIFY(qAbs(talkA.progress - 1.0 / 3.0) < 1e-9);
        QCOMPARE(talkA.seconds, 20 * 60);
        QCOMPARE(snapshot.next.constFirst().seconds, 5 * 60);
        QCOMPARE(snapshot.nextStart, hobart(u"2013-07-06 09:45"_s));
    }

    void anEventEndingNowIsNoLongerRunning()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-06 09:30"_s);
        // Opening ends at 09:30 exactly; the talks start at 09:30 exactly.
        QCOMPARE(titles(snapshot.now), (QStringList{u"Talk A"_s, u"Talk B"_s}));
        QCOMPARE(snapshot.now.constFirst().progress, 0.0);
    }

    void theWindowIsOneHourAndInclusive()
    {
        // Late starts at 10:50: exactly an hour after 09:50, not yet at 09:49.
        QVERIFY(!titles(at(u"2013-07-06 09:49"_s).next).contains(u"Late"_s));
        QVERIFY(titles(at(u"2013-07-06 09:50"_s).next).contains(u"Late"_s));
    }

    void bookmarksComeFirstAndClashesAreMarked()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-06 09:40"_s, {u"Talk B"_s, u"Workshop"_s, u"Keynote"_s});
        QCOMPARE(titles(snapshot.now), (QStringList{u"Talk B"_s, u"Talk A"_s}));
        const NowNext::Entry &talkB = snapshot.now.constFirst();
        QVERIFY(talkB.bookmarked);
        // Talk B (09:30-10:15) and the Workshop (09:45-11:45) overlap: both are marked.
        QCOMPARE(talkB.conflictIds, QStringList{idOf(u"Workshop"_s)});
        QCOMPARE(talkB.conflictTitles, QStringList{u"Workshop"_s});
        QCOMPARE(snapshot.next.constFirst().conflictIds, QStringList{idOf(u"Talk B"_s)});
        // Not bookmarked: no clash to report, even though it overlaps.
        QVERIFY(snapshot.now.constLast().conflictIds.isEmpty());
    }

    void twoBookmarksRunningAtOnceClash()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-06 09:40"_s, {u"Talk A"_s, u"Talk B"_s});
        QCOMPARE(titles(snapshot.now), (QStringList{u"Talk A"_s, u"Talk B"_s}));
        QCOMPARE(snapshot.now[0].conflictIds, QStringList{idOf(u"Talk B"_s)});
        QCOMPARE(snapshot.now[1].conflictIds, QStringList{idOf(u"Talk A"_s)});
    }

    void betweenDays()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-06 20:00"_s);
        QCOMPARE(snapshot.phase, NowNext::Phase::Between);
        QVERIFY(snapshot.now.isEmpty());
        QVERIFY(snapshot.next.isEmpty());
        QCOMPARE(snapshot.nextStart, hobart(u"2013-07-07 09:00"_s));
    }

    void aGapInsideADayIsStillDuring()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-07 12:00"_s);
        QCOMPARE(snapshot.phase, NowNext::Phase::During);
        QVERIFY(snapshot.now.isEmpty());
        QVERIFY(snapshot.next.isEmpty());
        QCOMPARE(snapshot.nextStart, hobart(u"2013-07-07 16:00"_s));
    }

    void afterTheConference()
    {
        const NowNext::Snapshot snapshot = at(u"2013-07-07 16:30"_s);
        QCOMPARE(snapshot.phase, NowNext::Phase::After);
        QVERIFY(snapshot.now.isEmpty());
        QVERIFY(!snapshot.nextStart.isValid());
        QCOMPARE(NowNext::phaseName(snapshot.phase), u"after"_s);
    }

    void aTripOverABookmarkedTalkIsAClashAsOnMyAgenda()
    {
        // The same rule as every other view: a bookmarked talk clashes with a trip at its time.
        AgendaItem trip;
        trip.kind = AgendaItem::Kind::Trip;
        trip.id = u"trip-0001"_s;
        trip.conferenceId = m_schedule.conference.id;
        trip.title = u"Drive up kunanyi"_s;
        trip.start = hobart(u"2013-07-06 10:00"_s);
        trip.end = hobart(u"2013-07-06 12:00"_s);
        trip.day = QDate(2013, 7, 6);
        const NowNext::Snapshot snapshot = at(u"2013-07-06 10:40"_s, {u"Late"_s}, {trip});
        QCOMPARE(snapshot.next.size(), 1);
        const NowNext::Entry &late = snapshot.next.constFirst();
        QVERIFY(late.bookmarked);
        QCOMPARE(late.conflictIds, QStringList{u"trip-0001"_s});
        QCOMPARE(late.conflictTitles, QStringList{u"Drive up kunanyi"_s});
    }

    void noProgramme()
    {
        const NowNext::Snapshot snapshot = NowNext::compute({}, hobart(u"2013-07-06 09:40"_s), Agenda());
        QCOMPARE(snapshot.phase, NowNext::Phase::NoProgramme);
    }
};

QTEST_GUILESS_MAIN(TestNowNext)
#include "tst_nownext.moc"
