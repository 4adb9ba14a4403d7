#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/ChangeListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** What the last programme update changed: yours first, row by row as bookmarks change. */
class TestChangeListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        QVERIFY(apply(programme(u"Room 1"_s, u"Talk B"_s, 30)));
        m_app->controller->setConferenceId(u"chg"_s);
        // The update: Talk A moves to another room, Talk B gets a new title.
        QVERIFY(apply(programme(u"Room 2"_s, u"Talk B, renamed"_s, 30)));
    }

    void listsTheLastUpdatesChanges()
    {
        ChangeListModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.bookmarkedCount(), 0);
        QCOMPARE(model.data(model.index(0), ChangeListModel::ChangeRole).toString(), u"moved"_s);
        QCOMPARE(model.data(model.index(0), ChangeListModel::BeforeRole).toString(), u"Room 1"_s);
        QCOMPARE(model.data(model.index(0), ChangeListModel::AfterRole).toString(), u"Room 2"_s);
        QCOMPARE(model.data(model.index(1), ChangeListModel::ChangeRole).toString(), u"renamed"_s);
        QCOMPARE(model.data(model.index(1), ChangeListModel::GroupRole).toString(), u"all"_s);
        QVERIFY(model.canOpen(model.data(model.index(1), ChangeListModel::IdRole).toString()));
    }

    void aBookmarkMovesItsChangeRowByRow()
    {
        ChangeListModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &ChangeListModel::countChanged);
        const QString renamed = model.data(model.index(1), ChangeListModel::IdRole).toString();
        const QString before = model.data(model.index(1), ChangeListModel::TextRole).toString();
        m_app->controller->toggleBookmark(renamed, u"chg"_s);
        QCOMPARE(model.data(model.index(0), ChangeListModel::IdRole).toString(), renamed);
        QCOMPARE(model.data(model.index(0), ChangeListModel::GroupRole).toString(), u"yours"_s);
        QVERIFY(model.data(model.index(0), ChangeListModel::BookmarkedRole).toBool());
        QVERIFY(model.data(model.index(0), ChangeListModel::TextRole).toString() != before); // "Your talk …"
        QCOMPARE(model.bookmarkedCount(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(count.count(), 1);
    }

    void anotherConferenceOrUpdateReplacesTheList()
    {
        ChangeListModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // The next update changes only Talk B's length: no change of the last list stays.
        QVERIFY(apply(programme(u"Room 2"_s, u"Talk B, renamed"_s, 45)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), ChangeListModel::ChangeRole).toString(), u"retimed"_s);
        QCOMPARE(reset.count(), 1);

        // A conference without changes: the rows go.
        QVERIFY(m_app->schedule
                    ->apply(ScheduleBuilder(u"quiet"_s).event(u"q"_s, u"Q"_s, u"2013-07-06 10:00"_s, 30, u"R"_s).build(), {u"test"_s, {}})
                    .ok());
        model.setConferenceId(u"quiet"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 1);
    }

private:
    static Schedule programme(const QString &roomOfA, const QString &titleOfB, int minutesOfB)
    {
        return ScheduleBuilder(u"chg"_s)
            .event(u"a"_s, u"Talk A"_s, u"2013-07-06 10:00"_s, 30, roomOfA)
            .event(u"b"_s, titleOfB, u"2013-07-06 11:00"_s, minutesOfB, u"Room 1"_s)
            .event(u"c"_s, u"Talk C"_s, u"2013-07-06 12:00"_s, 30, u"Room 1"_s)
            .build();
    }

    bool apply(const Schedule &schedule) { return m_app->schedule->apply(schedule, {u"test"_s, {}}).ok(); }

    std::unique_ptr<TestApp> m_app;
};

QTEST_GUILESS_MAIN(TestChangeListModel)
#include "tst_changelistmodel.moc"
