#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/AgendaModel.h"
#include "store/TripStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** My agenda as a list model: rows follow bookmarks incrementally, conflicts show on both items. */
class TestAgendaModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_schedule = ScheduleBuilder(u"agendatest"_s)
                         .event(u"w"_s, u"Workshop"_s, u"2013-07-06 09:00"_s, 180, u"Tasman B"_s)
                         .event(u"t1"_s, u"Talk 1"_s, u"2013-07-06 09:00"_s, 45, u"Plenary"_s)
                         .event(u"t2"_s, u"Talk 2"_s, u"2013-07-06 10:00"_s, 45, u"Plenary"_s)
                         .event(u"t3"_s, u"Talk 3"_s, u"2013-07-06 11:00"_s, 45, u"Derwent"_s)
                         .event(u"t4"_s, u"After"_s, u"2013-07-06 12:00"_s, 30, u"Plenary"_s)
                         .event(u"s"_s, u"Sunday"_s, u"2013-07-07 09:00"_s, 30, u"Plenary"_s)
                         .build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"agendatest"_s);
    }

    void bookmarksInsertAndRemoveSingleRows()
    {
        AgendaModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        bookmark(u"Talk 2"_s);
        bookmark(u"Sunday"_s);
        bookmark(u"Talk 1"_s);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(2).at(1).toInt(), 0); // Talk 1 goes first: time order
        QCOMPARE(titles(model), (QStringList{u"Talk 1"_s, u"Talk 2"_s, u"Sunday"_s}));
        QCOMPARE(model.data(model.index(2), AgendaModel::SectionRole).toString(), u"agendatest|2013-07-07"_s);
        QCOMPARE(model.data(model.index(1), AgendaModel::GapMinutesRole).toInt(), 15);

        m_app->controller->toggleBookmark(idOf(u"Talk 2"_s), u"agendatest"_s);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(titles(model), (QStringList{u"Talk 1"_s, u"Sunday"_s}));
    }

    void theWorkshopConflictsWithAllThreeTalksOnBothSides()
    {
        AgendaModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &title : {u"Talk 1"_s, u"Talk 2"_s, u"Talk 3"_s, u"After"_s})
            bookmark(title);
        QCOMPARE(model.conflictCount(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        bookmark(u"Workshop"_s);
        QCOMPARE(model.conflictCount(), 4);
        const int workshop = model.indexOf(idOf(u"Workshop"_s));
        QCOMPARE(model.data(model.index(workshop), AgendaModel::ConflictsRole).toStringList(),
                 (QStringList{idOf(u"Talk 1"_s), idOf(u"Talk 2"_s), idOf(u"Talk 3"_s)}));
        QCOMPARE(model.data(model.index(workshop), AgendaModel::ConflictTitlesRole).toStringList(),
                 (QStringList{u"Talk 1"_s, u"Talk 2"_s, u"Talk 3"_s}));
        for (const QString &title : {u"Talk 1"_s, u"Talk 2"_s, u"Talk 3"_s}) {
            const QModelIndex row = model.index(model.indexOf(idOf(title)));
            QVERIFY(model.data(row, AgendaModel::ConflictingRole).toBool());
            QCOMPARE(model.data(row, AgendaModel::ConflictsRole).toStringList(), QStringList{idOf(u"Workshop"_s)});
        }
        QVERIFY(!model.data(model.index(model.indexOf(idOf(u"After"_s))), AgendaModel::ConflictingRole).toBool());
        QVERIFY(changed.count() >= 3); // the three talks' rows were told

        // The timetable's day model marks the same events.
        m_app->controller->toggleBookmark(idOf(u"Workshop"_s), u"agendatest"_s);
        QCOMPARE(model.conflictCount(), 0);
    }

    void userDataChangesUpdateTheRow()
    {
        AgendaModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bookmark(u"Talk 1"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_app->controller->setNote(idOf(u"Talk 1"_s), u"agendatest"_s, u"ask about X"_s);
        m_app->controller->setRating(idOf(u"Talk 1"_s), u"agendatest"_s, 4);
        m_app->controller->setPriority(idOf(u"Talk 1"_s), u"agendatest"_s, 2);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.data(model.index(0), AgendaModel::NoteRole).toString(), u"ask about X"_s);
        QCOMPARE(model.data(model.index(0), AgendaModel::RatingRole).toInt(), 4);
        QCOMPARE(model.data(model.index(0), AgendaModel::PriorityRole).toInt(), 2);
    }

    void cancelledBookmarksStayUntilDismissed()
    {
        AgendaModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bookmark(u"Talk 3"_s);
        Schedule without = m_schedule;
        without.events.removeIf([](const Event &event) { return event.title == u"Talk 3"_s; });
        QVERIFY(m_app->schedule->apply(without, {u"update"_s, {}}).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0), AgendaModel::CancelledRole).toBool());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        m_app->controller->dismissCancelled(idOf(u"Talk 3"_s), u"agendatest"_s);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void allConferencesTakesInEveryConference()
    {
        const Schedule other =
            ScheduleBuilder(u"otherconf"_s, u"Europe/Berlin"_s).event(u"o"_s, u"Elsewhere"_s, u"2013-08-01 10:00"_s, 30, u"Hall"_s).build();
        QVERIFY(m_app->schedule->apply(other, {u"test"_s, {}}).ok());
        m_app->controller->toggleBookmark(other.events.constFirst().id, u"otherconf"_s);
        bookmark(u"Talk 1"_s);
        AgendaModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        model.setAllConferences(true);
        QCOMPARE(titles(model), (QStringList{u"Talk 1"_s, u"Elsewhere"_s}));
        QCOMPARE(model.data(model.index(1), AgendaModel::TimeZoneRole).toString(), u"Europe/Berlin"_s);
        QCOMPARE(model.sectionLabel(u"otherconf|2013-08-01"_s), u"Thursday 1 August 2013 · Test Conference otherconf"_s);
    }

    void tripsJoinTheAgendaWithTheirConflicts()
    {
        AgendaModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bookmark(u"Talk 2"_s);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Trip trip;
        trip.conferenceId = u"agendatest"_s;
        trip.title = u"Salamanca market"_s;
        trip.who = u"Bo"_s;
        trip.start = QDateTime(QDate(2013, 7, 6), QTime(0, 30), QTimeZone::utc()); // 10:30–11:30 in Hobart
        trip.end = trip.start.addSecs(3600);
        const auto id = m_app->trips->add(trip);
        QVERIFY(id);
        QCOMPARE(inserted.count(), 1); // one row in, not a reset
        QCOMPARE(reset.count(), 0);
        QCOMPARE(titles(model), (QStringList{u"Talk 2"_s, u"Salamanca market"_s}));
        const QModelIndex row = model.index(model.indexOf(*id));
        QCOMPARE(model.data(row, AgendaModel::KindRole).toString(), u"trip"_s);
        QCOMPARE(model.data(row, AgendaModel::WhoRole).toString(), u"Bo"_s);
        QCOMPARE(model.data(row, AgendaModel::ConflictTitlesRole).toStringList(), QStringList{u"Talk 2"_s});
        QCOMPARE(model.data(model.index(0), AgendaModel::ConflictTitlesRole).toStringList(), QStringList{u"Salamanca market"_s});
        QCOMPARE(model.conflictCount(), 2);

        // Moving the trip past the talk ends the conflict on both rows.
        Trip moved = *m_app->trips->trip(*id);
        moved.start = QDateTime(QDate(2013, 7, 6), QTime(0, 45), QTimeZone::utc()); // 10:45, when Talk 2 ends
        moved.end = moved.start.addSecs(3600);
        QVERIFY(m_app->trips->update(moved));
        QCOMPARE(model.conflictCount(), 0);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_app->trips->remove(*id));
        QCOMPARE(titles(model), QStringList{u"Talk 2"_s});
    }

private:
    void bookmark(const QString &title)
    {
        m_app->controller->toggleBookmark(idOf(title), m_schedule.conference.id.isEmpty() ? u"agendatest"_s : m_schedule.conference.id);
    }

    QString idOf(const QString &title) const
    {
        for (const Event &event : m_schedule.events) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

    static QStringList titles(const AgendaModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), AgendaModel::TitleRole).toString());
        return result;
    }

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;
};

QTEST_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
