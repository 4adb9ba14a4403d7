#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/DayModel.h"
#include "models/TimetableWindow.h"
#include "store/HiddenItems.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The part of a day the timetable makes blocks for: rows come and go at the edges as it scrolls. */
class TestTimetableWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        ScheduleBuilder builder(u"windowconf"_s);
        // Four rooms, eight half-hour slots from 09:00.
        for (int room = 0; room < 4; ++room) {
            for (int slot = 0; slot < 8; ++slot) {
                builder.event(u"g%1-%2"_s.arg(room).arg(slot), u"Talk %1.%2"_s.arg(room).arg(slot),
                              u"2013-07-07 %1:%2"_s.arg(9 + slot / 2, 2, 10, QChar(u'0')).arg(slot % 2 * 30, 2, 10, QChar(u'0')), 30,
                              u"Room %1"_s.arg(room));
            }
        }
        QVERIFY(m_app->schedule->apply(builder.build(), {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"windowconf"_s);
    }

    void keepsTheEventsInTheWindow()
    {
        DayModel day(m_app->controller, m_app->tripController, nullptr);
        day.setDay(u"2013-07-07"_s);
        QCOMPARE(day.rowCount(), 32);
        TimetableWindow window;
        QAbstractItemModelTester tester(&window, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setDayModel(&day);
        window.setFirstColumn(1);
        window.setLastColumn(2);
        window.setFromMinute(0);
        window.setToMinute(59); // 09:00 to 09:59: two slots
        QTRY_COMPARE(window.rowCount(), 4);
        for (int row = 0; row < window.rowCount(); ++row) {
            const QString room = window.data(window.index(row, 0), DayModel::RoomRole).toString();
            QVERIFY2(room == u"Room 1"_s || room == u"Room 2"_s, qPrintable(room));
        }

        // Scrolling down by an hour: rows leave at the top and come in at the bottom, no reset.
        QSignalSpy reset(&window, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&window, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&window, &QAbstractItemModel::rowsRemoved);
        window.setFromMinute(61);
        window.setToMinute(119);
        QTRY_VERIFY(inserted.count() > 0); // filtered once, after both bounds changed
        QCOMPARE(window.rowCount(), 4);
        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() > 0);
        QCOMPARE(window.data(window.index(0, 0), DayModel::StartOffsetRole).toInt(), 60);

        // A bookmark changes its row in place, through the window.
        QSignalSpy changed(&window, &QAbstractItemModel::dataChanged);
        const QString id = window.data(window.index(0, 0), DayModel::IdRole).toString();
        m_app->controller->toggleBookmark(id, u"windowconf"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(window.data(window.index(0, 0), DayModel::BookmarkedRole).toBool());
    }

    /** A room hidden renumbers the columns in place: the window follows without a scroll. */
    void followsRowsThatMoveInPlace()
    {
        DayModel day(m_app->controller, m_app->tripController, nullptr);
        day.setDay(u"2013-07-07"_s);
        TimetableWindow window;
        QAbstractItemModelTester tester(&window, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setDayModel(&day);
        window.setFirstColumn(1);
        window.setLastColumn(2);
        window.setFromMinute(0);
        window.setToMinute(59);
        QTRY_COMPARE(window.rowCount(), 4);

        QVERIFY(m_app->controller->hiddenItems().setHidden(u"windowconf"_s, HiddenItems::Kind::Room, u"Room 0"_s, true));
        QTRY_COMPARE(day.rowCount(), 24);
        QStringList rooms;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     rooms.clear();
                                     for (int row = 0; row < window.rowCount(); ++row)
                                         rooms.append(window.data(window.index(row, 0), DayModel::RoomRole).toString());
                                     rooms.sort();
                                     return rooms == QStringList{u"Room 2"_s, u"Room 2"_s, u"Room 3"_s, u"Room 3"_s};
                                 }()),
                                 2000);
    }

    void placesRowsForTheKeyboard()
    {
        DayModel day(m_app->controller, m_app->tripController, nullptr);
        day.setDay(u"2013-07-07"_s);
        const int row = day.indexOf(day.eventIdAt(day.rowCount() - 1));
        const QVariantMap placement = day.placement(row);
        QCOMPARE(placement.value(u"startOffset"_s).toInt(), 210);
        QCOMPARE(placement.value(u"duration"_s).toInt(), 30);
        QCOMPARE(placement.value(u"laneCount"_s).toInt(), 1);
        QVERIFY(day.placement(-1).isEmpty());
    }

private:
    std::unique_ptr<TestApp> m_app;
};

QTEST_MAIN(TestTimetableWindow)
#include "tst_timetablewindow.moc"
