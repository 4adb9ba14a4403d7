#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/DayModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** One day's events with the timetable layout: columns, lanes, keyboard neighbours, live bookmarks. */
class TestDayModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_schedule = ScheduleBuilder(u"daytest"_s)
                         .event(u"a"_s, u"Opening"_s, u"2013-07-07 09:00"_s, 30, u"Plenary Hall"_s, {}, u"Main"_s)
                         .event(u"c"_s, u"Talk 1"_s, u"2013-07-07 10:00"_s, 30, u"Plenary Hall"_s, {u"Ann"_s}, u"Main"_s)
                         .event(u"d"_s, u"Overlap 1"_s, u"2013-07-07 10:00"_s, 60, u"Tasman A"_s, {}, u"Main"_s)
                         .event(u"b"_s, u"Workshop"_s, u"2013-07-07 09:30"_s, 180, u"Tasman B"_s, {u"Wu"_s}, u"Workshops"_s)
                         .event(u"e"_s, u"Overlap 2"_s, u"2013-07-07 10:30"_s, 60, u"Tasman A"_s, {}, u"Main"_s)
                         .event(u"f"_s, u"After"_s, u"2013-07-07 11:30"_s, 30, u"Tasman A"_s, {}, u"Main"_s)
                         .event(u"g"_s, u"Other day"_s, u"2013-07-06 10:00"_s, 30, u"Tasman A"_s)
                         .build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"daytest"_s);
    }

    void listsOneDayWithColumnsAndLanes()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columns(), (QStringList{u"Plenary Hall"_s, u"Tasman A"_s, u"Tasman B"_s}));
        QCOMPARE(model.gridStart(), QDateTime(QDate(2013, 7, 6), QTime(23, 0), QTimeZone::utc()));
        QCOMPARE(model.gridMinutes(), 240); // 09:00 to 12:30, rounded up to 13:00

        auto value = [&](const QString &id, int role) { return model.data(model.index(model.indexOf(id)), role); };
        QCOMPARE(value(idOf(u"Overlap 1"_s), DayModel::LaneRole).toInt(), 0);
        QCOMPARE(value(idOf(u"Overlap 2"_s), DayModel::LaneRole).toInt(), 1);
        QCOMPARE(value(idOf(u"Overlap 1"_s), DayModel::LaneCountRole).toInt(), 2);
        QCOMPARE(value(idOf(u"Overlap 2"_s), DayModel::LaneCountRole).toInt(), 2);
        // Starts when Overlap 2 ends: a new cluster, a full-width block again.
        QCOMPARE(value(idOf(u"After"_s), DayModel::LaneCountRole).toInt(), 1);
        QCOMPARE(value(idOf(u"Workshop"_s), DayModel::ColumnRole).toInt(), 2);
        QCOMPARE(value(idOf(u"Workshop"_s), DayModel::StartOffsetRole).toInt(), 30);
        QCOMPARE(value(idOf(u"Workshop"_s), DayModel::DurationRole).toInt(), 180);
        QCOMPARE(value(idOf(u"Workshop"_s), DayModel::SpeakersRole).toString(), u"Wu"_s);
    }

    void tripsGetALaneOfTheirOwn()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        QCOMPARE(model.tripColumn(), -1); // no trips: no lane
        QSignalSpy layout(&model, &DayModel::layoutChanged);
        Trip trip;
        trip.conferenceId = u"daytest"_s;
        trip.title = u"Drive up the mountain"_s;
        trip.who = u"Ann"_s;
        // 08:00 to 09:30 in Hobart: before the first talk, so the grid starts an hour earlier.
        trip.start = QDateTime(QDate(2013, 7, 6), QTime(22, 0), QTimeZone::utc());
        trip.end = QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc());
        QString error;
        const auto tripId = m_app->trips->add(trip, &error);
        QVERIFY2(tripId, qPrintable(error));
        QVERIFY(layout.count() >= 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columns(), (QStringList{u"Plenary Hall"_s, u"Tasman A"_s, u"Tasman B"_s, u"Trips"_s}));
        QCOMPARE(model.tripColumn(), 3);
        QCOMPARE(model.gridStart(), QDateTime(QDate(2013, 7, 6), QTime(22, 0), QTimeZone::utc()));
        const int row = model.indexOf(*tripId);
        QCOMPARE(row, 0); // in start order with the events
        QVERIFY(model.isTrip(*tripId));
        QVERIFY(!model.isTrip(idOf(u"Opening"_s)));
        const QModelIndex index = model.index(row);
        QCOMPARE(model.data(index, DayModel::KindRole).toString(), u"trip"_s);
        QCOMPARE(model.data(index, DayModel::ColumnRole).toInt(), 3);
        QCOMPARE(model.data(index, DayModel::WhoRole).toString(), u"Ann"_s);
        QCOMPARE(model.data(index, DayModel::BookmarkedRole).toBool(), false);
        QCOMPARE(model.data(index, DayModel::DurationRole).toInt(), 90);
        QCOMPARE(model.data(model.index(model.indexOf(idOf(u"Opening"_s))), DayModel::KindRole).toString(), u"event"_s);
        auto conflicting = [&](const QString &id) {
            return model.data(model.index(model.indexOf(id)), DayModel::ConflictingRole).toBool();
        };

        // Half-open: the workshop starts at 09:30 when the trip is over; no conflict.
        m_app->controller->toggleBookmark(idOf(u"Workshop"_s), u"daytest"_s);
        QVERIFY(!conflicting(*tripId));
        QVERIFY(!conflicting(idOf(u"Workshop"_s)));
        // The opening (09:00–09:30) overlaps it: the conflict shows on both the trip and the talk.
        m_app->controller->toggleBookmark(idOf(u"Opening"_s), u"daytest"_s);
        QVERIFY(conflicting(*tripId));
        QVERIFY(conflicting(idOf(u"Opening"_s)));
        QVERIFY(!conflicting(idOf(u"Workshop"_s)));
        // A trip is never bookmarked, even by the keyboard's bookmark key.
        m_app->controller->toggleBookmark(*tripId, u"daytest"_s);
        QVERIFY(!m_app->userData->isBookmarked(*tripId));

        // The filter hides events, never trips.
        m_app->controller->filter()->setShown(ScheduleFilter::Track, u"Main"_s, false);
        QVERIFY(model.indexOf(*tripId) >= 0);
        QVERIFY(model.indexOf(idOf(u"Opening"_s)) < 0);
        m_app->controller->filter()->clear();

        // Another day has no trip lane; removing the trip removes the lane.
        QVERIFY(m_app->trips->remove(*tripId));
        QCOMPARE(model.tripColumn(), -1);
        QCOMPARE(model.rowCount(), 6);
    }

    void theSameDayChangesRowByRowAnotherDayResets()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int overlap = model.indexOf(idOf(u"Overlap 1"_s));
        const int talk = model.indexOf(idOf(u"Talk 1"_s));
        const QString second = model.eventIdAt(std::max(overlap, talk)); // not the first of the 10:00 slot

        // Hiding a room takes out its rows (Opening and Talk 1) and nothing else; the 10:00 slot's
        // heading moves to the row that is now its first.
        m_app->controller->setHidden(u"room"_s, u"Plenary Hall"_s, true);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(removed.count() >= 1);
        if (second != idOf(u"Talk 1"_s)) {
            const int row = model.indexOf(second);
            QVERIFY(model.data(model.index(row), DayModel::FirstInSlotRole).toBool());
            const bool told = std::any_of(changed.cbegin(), changed.cend(), [row](const QList<QVariant> &signal) {
                return signal.at(0).toModelIndex().row() <= row && signal.at(1).toModelIndex().row() >= row;
            });
            QVERIFY(told);
        }
        m_app->controller->showAllHidden();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() >= 1);

        // An update of the programme that changes one event changes its row only.
        changed.clear();
        removed.clear();
        inserted.clear();
        Schedule updated = m_schedule;
        for (Event &event : updated.events) {
            if (event.title == u"After"_s)
                event.title = u"After, renamed"_s;
        }
        QVERIFY(m_app->schedule->apply(updated, {u"test"_s, {}}).ok());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count() + inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(changed.at(0).at(0).toModelIndex(), DayModel::TitleRole).toString(), u"After, renamed"_s);

        // Another day shares no row: one reset, and back again.
        model.setDay(u"2013-07-06"_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setDay(u"2013-07-07"_s);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.indexOf(idOf(u"Talk 1"_s)), talk);
    }

    void arrowKeysFindTheNeighbours()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        const int opening = model.indexOf(idOf(u"Opening"_s));
        QCOMPARE(model.neighbour(opening, DayModel::Down), model.indexOf(idOf(u"Talk 1"_s)));
        QCOMPARE(model.neighbour(opening, DayModel::Up), opening);
        QCOMPARE(model.neighbour(model.indexOf(idOf(u"Talk 1"_s)), DayModel::Right), model.indexOf(idOf(u"Overlap 1"_s)));
        QCOMPARE(model.neighbour(model.indexOf(idOf(u"Overlap 1"_s)), DayModel::Right), model.indexOf(idOf(u"Workshop"_s)));
        QCOMPARE(model.neighbour(model.indexOf(idOf(u"Workshop"_s)), DayModel::Right), model.indexOf(idOf(u"Workshop"_s)));
        QCOMPARE(model.neighbour(model.indexOf(idOf(u"Workshop"_s)), DayModel::Left), model.indexOf(idOf(u"Overlap 1"_s)));
    }

    void aBookmarkUpdatesOnlyItsRow()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString id = idOf(u"Talk 1"_s);
        m_app->controller->toggleBookmark(id, u"daytest"_s);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex row = changed.at(0).at(0).toModelIndex();
        QCOMPARE(row.row(), model.indexOf(id));
        QVERIFY(model.data(row, DayModel::BookmarkedRole).toBool());
        QCOMPARE(model.data(row, DayModel::PriorityRole).toInt(), 1);
    }

    void conflictsAreMarkedOnBothBookmarkedEvents()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        auto conflicting = [&](const QString &title) {
            return model.data(model.index(model.indexOf(idOf(title))), DayModel::ConflictingRole).toBool();
        };
        m_app->controller->toggleBookmark(idOf(u"Talk 1"_s), u"daytest"_s);
        QVERIFY(!conflicting(u"Talk 1"_s));

        // The workshop (09:30-12:30) overlaps Talk 1: both rows are told, and only they.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_app->controller->toggleBookmark(idOf(u"Workshop"_s), u"daytest"_s);
        QVERIFY(conflicting(u"Talk 1"_s));
        QVERIFY(conflicting(u"Workshop"_s));
        QVERIFY(!conflicting(u"Overlap 1"_s)); // overlaps, but is not bookmarked
        QCOMPARE(changed.count(), 2);

        // Opening (09:00-09:30) ends as the workshop starts: no conflict.
        m_app->controller->toggleBookmark(idOf(u"Opening"_s), u"daytest"_s);
        QVERIFY(!conflicting(u"Opening"_s));

        changed.clear();
        m_app->controller->toggleBookmark(idOf(u"Workshop"_s), u"daytest"_s);
        QVERIFY(!conflicting(u"Talk 1"_s));
        QCOMPARE(changed.count(), 2);
    }

    void theFilterHidesAndCounts()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        m_app->controller->filter()->setShown(ScheduleFilter::Track, u"Workshops"_s, false);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.hiddenCount(), 1);
        QCOMPARE(model.columns(), (QStringList{u"Plenary Hall"_s, u"Tasman A"_s}));

        // The choice survives a restart (a new filter on the same conference).
        ScheduleFilter again;
        again.setConferenceId(u"daytest"_s);
        QVERIFY(!again.isShown(ScheduleFilter::Track, u"Workshops"_s));
        m_app->controller->filter()->clear();
        QCOMPARE(model.rowCount(), 6);
    }

    void aHiddenTrackDisappearsEverywhereAndComesBack()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        m_app->controller->setHidden(u"track"_s, u"Workshops"_s, true);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.indexOf(idOf(u"Workshop"_s)), -1);
        QCOMPARE(model.excludedCount(), 1);
        QCOMPARE(model.hiddenCount(), 0); // not the schedule filter's doing
        // Stronger than the view filter: a view that ignores the filter still leaves it out.
        DayModel unfiltered(m_app->controller, m_app->tripController, nullptr);
        unfiltered.setFiltered(false);
        unfiltered.setDay(u"2013-07-07"_s);
        QCOMPARE(unfiltered.indexOf(idOf(u"Workshop"_s)), -1);

        m_app->controller->setHidden(u"track"_s, u"Workshops"_s, false);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.excludedCount(), 0);
        QVERIFY(model.indexOf(idOf(u"Workshop"_s)) >= 0);
    }

    void aRoomsDayList()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiltered(false);
        model.setRoom(u"Tasman A"_s);
        model.setDay(u"2013-07-07"_s);
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles.append(model.data(model.index(row), DayModel::TitleRole).toString());
        QCOMPARE(titles, (QStringList{u"Overlap 1"_s, u"Overlap 2"_s, u"After"_s}));
        QCOMPARE(model.columns(), QStringList{u"Tasman A"_s});

        // The schedule's own filter does not apply to a room's list; hidden items do.
        m_app->controller->filter()->setShown(ScheduleFilter::Room, u"Tasman A"_s, false);
        QCOMPARE(model.rowCount(), 3);
        m_app->controller->setHidden(u"room"_s, u"Tasman A"_s, true);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.excludedCount(), 3);
        m_app->controller->showAllHidden();
        m_app->controller->filter()->clear();

        model.setDay(u"2013-07-06"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), DayModel::TitleRole).toString(), u"Other day"_s);
    }

    void findsWhatRunsOrComesNext()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoom(u"Tasman A"_s);
        model.setDay(u"2013-07-07"_s);
        const QTimeZone hobart = TimeRules::zoneFromId(u"Australia/Hobart"_s);
        auto at = [&](int hour, int minute) { return TimeRules::localToUtc(QDate(2013, 7, 7), QTime(hour, minute), hobart); };
        QCOMPARE(model.firstEndingAfter(at(8, 0)), 0);
        QCOMPARE(model.firstEndingAfter(at(10, 45)), 0); // Overlap 1 runs until 11:00
        QCOMPARE(model.firstEndingAfter(at(11, 0)), 1);
        QCOMPARE(model.firstEndingAfter(at(11, 40)), 2);
        QCOMPARE(model.firstEndingAfter(at(12, 0)), -1);
    }

    void eachStartTimeHasOneFirstRow()
    {
        // The list shows a time heading above each first row; the key is the instant in UTC.
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        auto value = [&](const QString &title, int role) { return model.data(model.index(model.indexOf(idOf(title))), role); };
        QCOMPARE(value(u"Opening"_s, DayModel::FirstInSlotRole).toBool(), true);
        QCOMPARE(value(u"Workshop"_s, DayModel::FirstInSlotRole).toBool(), true);
        const int talk = model.indexOf(idOf(u"Talk 1"_s));
        const int overlap = model.indexOf(idOf(u"Overlap 1"_s));
        QCOMPARE(model.data(model.index(std::min(talk, overlap)), DayModel::FirstInSlotRole).toBool(), true);
        QCOMPARE(model.data(model.index(std::max(talk, overlap)), DayModel::FirstInSlotRole).toBool(), false);
        QCOMPARE(value(u"Overlap 2"_s, DayModel::FirstInSlotRole).toBool(), true);
        QCOMPARE(value(u"Talk 1"_s, DayModel::SlotRole).toString(), u"2013-07-07T00:00:00Z"_s);
        QCOMPARE(model.roleNames().value(DayModel::FirstInSlotRole), QByteArray("firstInSlot"));
    }

    void theKeyboardStartsAtWhatRunsNow()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2013-07-07"_s);
        const QTimeZone hobart = TimeRules::zoneFromId(u"Australia/Hobart"_s);
        auto at = [&](int hour, int minute) { return TimeRules::localToUtc(QDate(2013, 7, 7), QTime(hour, minute), hobart); };
        auto row = [&](const QString &title) { return model.indexOf(idOf(title)); };
        QCOMPARE(model.rowAt(at(8, 0)), row(u"Opening"_s)); // nothing runs yet: the first to start
        QCOMPARE(model.rowAt(at(9, 40)), row(u"Workshop"_s));
        // Three run at 10:15 (the workshop since 09:30): one of the two that started last.
        QCOMPARE(model.rowAt(at(10, 15)), std::min(row(u"Talk 1"_s), row(u"Overlap 1"_s)));
        QCOMPARE(model.rowAt(at(10, 45)), row(u"Overlap 2"_s));
        QCOMPARE(model.rowAt(at(11, 40)), row(u"After"_s));
        QCOMPARE(model.rowAt(at(12, 10)), row(u"Workshop"_s)); // still on until 12:30
        QCOMPARE(model.rowAt(at(13, 0)), -1);
    }

    /**
     * Short talks back to back in one room are a run: lightning talks. A short talk alone, one
     * after a gap, or a long one breaks it; the run's first row counts its bookmarks.
     */
    void shortTalksBackToBackAreARun()
    {
        const Schedule lightning = ScheduleBuilder(u"lightning"_s)
                                       .event(u"l1"_s, u"Lightning 1"_s, u"2019-12-28 11:30"_s, 5, u"Borg"_s)
                                       .event(u"l2"_s, u"Lightning 2"_s, u"2019-12-28 11:35"_s, 5, u"Borg"_s)
                                       .event(u"l3"_s, u"Lightning 3"_s, u"2019-12-28 11:40"_s, 10, u"Borg"_s)
                                       .event(u"talk"_s, u"Long talk"_s, u"2019-12-28 11:50"_s, 40, u"Borg"_s)
                                       .event(u"w"_s, u"Welcome"_s, u"2019-12-28 11:30"_s, 5, u"Ada"_s)
                                       .event(u"gap"_s, u"After a gap"_s, u"2019-12-28 11:45"_s, 5, u"Ada"_s)
                                       // A congress's feed lists the session around its talks too.
                                       .event(u"session"_s, u"Lightning session"_s, u"2019-12-28 11:30"_s, 60, u"Clarke"_s)
                                       .event(u"c1"_s, u"Inside 1"_s, u"2019-12-28 11:30"_s, 5, u"Clarke"_s)
                                       .event(u"c2"_s, u"Inside 2"_s, u"2019-12-28 11:35"_s, 5, u"Clarke"_s)
                                       .build();
        QVERIFY(m_app->schedule->apply(lightning, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"lightning"_s);
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDay(u"2019-12-28"_s);
        QCOMPARE(model.rowCount(), 9);
        const auto idFor = [&](const QString &title) {
            for (const Event &event : lightning.events) {
                if (event.title == title)
                    return event.id;
            }
            return QString();
        };
        const auto value = [&](const QString &title, int role) { return model.data(model.index(model.indexOf(idFor(title))), role); };
        for (const QString &title : {u"Lightning 1"_s, u"Lightning 2"_s, u"Lightning 3"_s}) {
            QCOMPARE(value(title, DayModel::StackSizeRole).toInt(), 3);
            QCOMPARE(value(title, DayModel::StackFirstRole).toString(), idFor(u"Lightning 1"_s));
            QCOMPARE(value(title, DayModel::StackMinutesRole).toInt(), 20);
        }
        QCOMPARE(value(u"Lightning 3"_s, DayModel::StackIndexRole).toInt(), 2);
        for (const QString &title : {u"Long talk"_s, u"Welcome"_s, u"After a gap"_s, u"Lightning session"_s})
            QCOMPARE(value(title, DayModel::StackSizeRole).toInt(), 1);
        // Beside the session, in a lane of their own, its talks are a run.
        QCOMPARE(value(u"Inside 1"_s, DayModel::StackSizeRole).toInt(), 2);
        QCOMPARE(value(u"Inside 2"_s, DayModel::StackSizeRole).toInt(), 2);
        QCOMPARE(value(u"Inside 2"_s, DayModel::LaneRole).toInt(), value(u"Inside 1"_s, DayModel::LaneRole).toInt());

        const QVariantList run = model.stackOf(idFor(u"Lightning 2"_s));
        QCOMPARE(run.size(), 3);
        QCOMPARE(run[2].toMap().value(u"title"_s).toString(), u"Lightning 3"_s);
        QCOMPARE(model.stackOf(idFor(u"Welcome"_s)).size(), 1);
        // The block of the run's first row may cover the run: the timetable's window keeps it.
        QCOMPARE(model.placementAt(model.indexOf(idFor(u"Lightning 1"_s))).extent, 20);

        // A bookmark inside the run is counted, and announced, on the run's first row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(value(u"Lightning 1"_s, DayModel::StackBookmarkedRole).toInt(), 0);
        m_app->controller->toggleBookmark(idFor(u"Lightning 3"_s), u"lightning"_s);
        QCOMPARE(value(u"Lightning 1"_s, DayModel::StackBookmarkedRole).toInt(), 1);
        const int firstRow = model.indexOf(idFor(u"Lightning 1"_s));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [firstRow](const QList<QVariant> &arguments) {
            return arguments[0].toModelIndex().row() <= firstRow && arguments[1].toModelIndex().row() >= firstRow;
        }));
    }

private:
    QString idOf(const QString &title) const
    {
        for (const Event &event : m_schedule.events) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;
};

QTEST_MAIN(TestDayModel)
#include "tst_daymodel.moc"
