#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/FreeSlotModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
QDateTime hobart(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm"_s);
    return TimeRules::localToUtc(local.date(), local.time(), QTimeZone("Australia/Hobart"));
}
} // namespace

/** The trip editor's free slots: they follow bookmarks and trips as they change. */
class TestFreeSlotModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsBookmarksAndTrips()
    {
        TestApp app;
        QVERIFY2(app.opened, qPrintable(app.openError));
        const Schedule schedule = ScheduleBuilder(u"slotmodel"_s)
                                      .event(u"a"_s, u"Opening"_s, u"2013-07-07 09:00"_s, 30, u"Hall"_s)
                                      .event(u"b"_s, u"Talk"_s, u"2013-07-07 11:00"_s, 60, u"Hall"_s)
                                      .event(u"c"_s, u"Close"_s, u"2013-07-07 17:00"_s, 30, u"Hall"_s)
                                      .build();
        QVERIFY(app.schedule->apply(schedule, {u"test"_s, {}}).ok());
        app.controller->setConferenceId(u"slotmodel"_s);

        FreeSlotModel model(app.controller, app.tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no day yet
        model.setDay(u"2013-07-07"_s);
        // Nothing bookmarked: the whole day, 09:00 to 17:30.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), FreeSlotModel::StartRole).toDateTime(), hobart(u"2013-07-07 09:00"_s));
        QCOMPARE(model.data(model.index(0), FreeSlotModel::EndRole).toDateTime(), hobart(u"2013-07-07 17:30"_s));
        QCOMPARE(model.data(model.index(0), FreeSlotModel::MinutesRole).toInt(), 510);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        app.controller->toggleBookmark(schedule.events[1].id, u"slotmodel"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), FreeSlotModel::StartRole).toDateTime(), hobart(u"2013-07-07 12:00"_s));

        app.controller->toggleBookmark(schedule.events[2].id, u"slotmodel"_s); // the close, 17:00–17:30
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), FreeSlotModel::EndRole).toDateTime(), hobart(u"2013-07-07 17:00"_s));

        Trip trip;
        trip.conferenceId = u"slotmodel"_s;
        trip.title = u"Walk"_s;
        trip.start = hobart(u"2013-07-07 12:00"_s);
        trip.end = hobart(u"2013-07-07 16:40"_s); // leaves 20 minutes before the close: under 30
        const auto id = app.trips->add(trip);
        QVERIFY(id);
        QCOMPARE(model.rowCount(), 1);
        model.setMinMinutes(20);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), FreeSlotModel::MinutesRole).toInt(), 20); // 16:40 to 17:00
        // Editing that trip: its own time is free again.
        model.setIgnoreTripId(*id);
        QCOMPARE(model.data(model.index(1), FreeSlotModel::StartRole).toDateTime(), hobart(u"2013-07-07 12:00"_s));
        QCOMPARE(reset.count(), 0);
        model.setDay(u"2013-07-09"_s); // not a day of the conference
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFreeSlotModel)
#include "tst_freeslotmodel.moc"
