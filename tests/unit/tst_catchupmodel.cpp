#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/CatchUpModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Catch up: bookmarked talks that are over, with a recording, not yet watched. */
class TestCatchUpModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // 09:30 in Hobart on Saturday 6 July 2013.
        m_app = std::make_unique<TestApp>(QDateTime(QDate(2013, 7, 5), QTime(23, 30), QTimeZone::utc()));
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        ScheduleBuilder builder(u"catchup"_s);
        builder.event(u"a"_s, u"Recorded"_s, u"2013-07-06 09:00"_s, 45, u"Plenary"_s);
        builder.last().videos = {u"https://www.youtube.com/watch?v=a"_s};
        builder.event(u"b"_s, u"Earlier recorded"_s, u"2013-07-06 08:00"_s, 30, u"Plenary"_s);
        builder.last().videos = {u"https://archive.org/details/b"_s};
        builder.event(u"c"_s, u"Not recorded"_s, u"2013-07-06 08:00"_s, 30, u"Derwent"_s);
        builder.event(u"d"_s, u"Recorded, not bookmarked"_s, u"2013-07-06 08:30"_s, 30, u"Derwent"_s);
        builder.last().videos = {u"https://www.youtube.com/watch?v=d"_s};
        m_schedule = builder.build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"catchup"_s);
        for (const QString &title : {u"Recorded"_s, u"Earlier recorded"_s, u"Not recorded"_s})
            m_app->controller->toggleBookmark(idOf(title), u"catchup"_s);
    }

    void talksJoinWhenOverAndLeaveWhenWatched()
    {
        CatchUpModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(titles(model), QStringList{u"Earlier recorded"_s}); // "Recorded" runs until 09:45

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_app->clock.advance(14 * 60); // 09:44: still on
        QCOMPARE(inserted.count(), 0);
        m_app->clock.advance(60); // 09:45: over
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(titles(model), (QStringList{u"Earlier recorded"_s, u"Recorded"_s}));
        QCOMPARE(model.data(model.index(1), CatchUpModel::VideoUrlRole).toString(), u"https://www.youtube.com/watch?v=a"_s);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        m_app->controller->setWatched(idOf(u"Earlier recorded"_s), u"catchup"_s, true);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(titles(model), QStringList{u"Recorded"_s});
        QCOMPARE(reset.count(), 0);

        // Un-bookmarked: gone too.
        m_app->controller->toggleBookmark(idOf(u"Recorded"_s), u"catchup"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void theRule()
    {
        AgendaItem item;
        item.priority = Priority::Maybe;
        item.end = QDateTime(QDate(2013, 7, 6), QTime(0, 0), QTimeZone::utc());
        item.videos = {u"https://youtu.be/x"_s};
        const QDateTime after = item.end.addSecs(1);
        QVERIFY(CatchUpModel::belongs(item, item.end)); // over exactly at its end
        QVERIFY(!CatchUpModel::belongs(item, item.end.addSecs(-1)));
        item.cancelled = true;
        QVERIFY(!CatchUpModel::belongs(item, after));
        item.cancelled = false;
        item.watchedAt = after;
        QVERIFY(!CatchUpModel::belongs(item, after));
        item.watchedAt = {};
        // A talk the feed opts out of recording promises none, whatever links it carries (a live stream's).
        item.notRecorded = true;
        QVERIFY(!CatchUpModel::belongs(item, after));
        item.notRecorded = false;
        QVERIFY(CatchUpModel::belongs(item, after));
        item.videos.clear();
        QVERIFY(!CatchUpModel::belongs(item, after));
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
    static QStringList titles(const CatchUpModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), CatchUpModel::TitleRole).toString());
        return result;
    }

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;
};

QTEST_MAIN(TestCatchUpModel)
#include "tst_catchupmodel.moc"
