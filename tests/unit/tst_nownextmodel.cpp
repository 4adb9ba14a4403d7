#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/NowNextModel.h"
#include "models/ScheduleFilter.h"
#include "sync/BundledProgramme.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Now & Next as the page shows it, driven by a frozen clock: phases, rows, the minute tick, bookmarks, hiding. */
class TestNowNextModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;

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

    static QStringList rows(const NowNextModel &model, int role = NowNextModel::TitleRole)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), role).toString());
        return result;
    }

    static QVariant value(const NowNextModel &model, const QString &title, int role)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row), NowNextModel::TitleRole).toString() == title)
                return model.data(model.index(row), role);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>(hobart(u"2013-07-06 09:40"_s));
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_schedule = ScheduleBuilder(u"nntest"_s)
                         .event(u"a"_s, u"Opening"_s, u"2013-07-06 09:00"_s, 30, u"Plenary Hall"_s, {}, u"Main"_s)
                         .event(u"b"_s, u"Talk A"_s, u"2013-07-06 09:30"_s, 30, u"Plenary Hall"_s, {u"Ann"_s}, u"Main"_s)
                         .event(u"c"_s, u"Talk B"_s, u"2013-07-06 09:30"_s, 45, u"Tasman A"_s, {u"Bob"_s}, u"Web"_s)
                         .event(u"d"_s, u"Workshop"_s, u"2013-07-06 09:45"_s, 120, u"Tasman B"_s, {}, u"Workshops"_s)
                         .event(u"e"_s, u"Keynote"_s, u"2013-07-07 09:00"_s, 60, u"Plenary Hall"_s, {u"Bob"_s}, u"Main"_s)
                         .build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"nntest"_s);
    }

    void duringATalk()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.phase(), NowNextModel::During);
        QCOMPARE(model.at(), hobart(u"2013-07-06 09:40"_s));
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Talk B"_s, u"Workshop"_s}));
        QCOMPARE(rows(model, NowNextModel::SectionRole), (QStringList{u"now"_s, u"now"_s, u"next"_s}));
        QCOMPARE(model.nowCount(), 2);
        QCOMPARE(model.nextCount(), 1);
        QCOMPARE(value(model, u"Talk A"_s, NowNextModel::MinutesLeftRole).toInt(), 20);
        QVERIFY(qAbs(value(model, u"Talk A"_s, NowNextModel::ProgressRole).toDouble() - 1.0 / 3.0) < 1e-9);
        QCOMPARE(value(model, u"Workshop"_s, NowNextModel::MinutesUntilRole).toInt(), 5);
        QCOMPARE(value(model, u"Talk B"_s, NowNextModel::RoomRole).toString(), u"Tasman A"_s);
        QCOMPARE(value(model, u"Talk B"_s, NowNextModel::SpeakersRole).toString(), u"Bob"_s);
    }

    void beforeBetweenAndAfter()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        m_app->clock.freezeAt(hobart(u"2013-07-01 10:00"_s));
        QCOMPARE(model.phase(), NowNextModel::Before);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.firstStart(), hobart(u"2013-07-06 09:00"_s));

        m_app->clock.freezeAt(hobart(u"2013-07-06 20:00"_s));
        QCOMPARE(model.phase(), NowNextModel::Between);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.nextStart(), hobart(u"2013-07-07 09:00"_s));

        m_app->clock.freezeAt(hobart(u"2013-07-07 09:30"_s));
        QCOMPARE(model.phase(), NowNextModel::During);
        QCOMPARE(rows(model), QStringList{u"Keynote"_s});

        m_app->clock.freezeAt(hobart(u"2013-07-07 10:00"_s));
        QCOMPARE(model.phase(), NowNextModel::After);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.nextStart().isValid());
    }

    void everyMinuteItUpdatesItselfRowByRow()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy updated(&model, &NowNextModel::updated);

        m_app->clock.advance(60);
        QCOMPARE(updated.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.at(), hobart(u"2013-07-06 09:41"_s));
        QCOMPARE(value(model, u"Talk A"_s, NowNextModel::MinutesLeftRole).toInt(), 19);
        QCOMPARE(value(model, u"Workshop"_s, NowNextModel::MinutesUntilRole).toInt(), 4);

        // Less than a minute: nothing to redraw.
        m_app->clock.advance(20);
        QCOMPARE(updated.count(), 1);

        // 09:46: the Workshop has started and moves from "next" to "now".
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        m_app->clock.advance(5 * 60);
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Talk B"_s, u"Workshop"_s}));
        QCOMPARE(rows(model, NowNextModel::SectionRole), (QStringList{u"now"_s, u"now"_s, u"now"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);

        // 10:01: Talk A is over.
        m_app->clock.advance(15 * 60);
        QCOMPARE(rows(model), (QStringList{u"Talk B"_s, u"Workshop"_s}));
        QCOMPARE(reset.count(), 0);
    }

    void bookmarksComeFirstAndClashesShow()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        m_app->controller->toggleBookmark(idOf(u"Talk B"_s), u"nntest"_s);
        QCOMPARE(rows(model), (QStringList{u"Talk B"_s, u"Talk A"_s, u"Workshop"_s}));
        QCOMPARE(moved.count(), 1);
        QVERIFY(value(model, u"Talk B"_s, NowNextModel::BookmarkedRole).toBool());
        QCOMPARE(model.conflictCount(), 0);

        m_app->controller->toggleBookmark(idOf(u"Workshop"_s), u"nntest"_s);
        QVERIFY(value(model, u"Talk B"_s, NowNextModel::ConflictingRole).toBool());
        QCOMPARE(value(model, u"Talk B"_s, NowNextModel::ConflictTitlesRole).toStringList(), QStringList{u"Workshop"_s});
        QVERIFY(value(model, u"Workshop"_s, NowNextModel::ConflictingRole).toBool());
        QVERIFY(!value(model, u"Talk A"_s, NowNextModel::ConflictingRole).toBool());
        QCOMPARE(model.conflictCount(), 2);

        m_app->controller->toggleBookmark(idOf(u"Talk B"_s), u"nntest"_s);
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Talk B"_s, u"Workshop"_s}));
        QCOMPARE(model.conflictCount(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void aHiddenTrackDisappearsAndComesBack()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_app->controller->setHidden(u"track"_s, u"Web"_s, true);
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Workshop"_s}));
        m_app->controller->setHidden(u"room"_s, u"Tasman B"_s, true);
        QCOMPARE(rows(model), QStringList{u"Talk A"_s});
        m_app->controller->showAllHidden();
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Talk B"_s, u"Workshop"_s}));
    }

    void theScheduleFilterApplies()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ScheduleFilter *filter = m_app->controller->filter();
        filter->showOnly(ScheduleFilter::Track, u"Web"_s);
        QCOMPARE(rows(model), QStringList{u"Talk B"_s});
        filter->setShown(ScheduleFilter::Room, u"Tasman A"_s, false);
        QCOMPARE(model.rowCount(), 0);
        // The phase is the shown events': there are none (the page says the filter hides them).
        QCOMPARE(model.phase(), NowNextModel::NoProgramme);

        // A model that is not filtered sees every room, as the command line's `lanyard now` does.
        NowNextModel unfiltered(m_app->controller);
        unfiltered.setFiltered(false);
        QCOMPARE(rows(unfiltered), (QStringList{u"Talk A"_s, u"Talk B"_s, u"Workshop"_s}));

        filter->clear();
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Talk B"_s, u"Workshop"_s}));
        QCOMPARE(reset.count(), 0);
    }

    void bookmarkedOnlyShowsThePicks()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &NowNextModel::bookmarkedOnlyChanged);
        model.setBookmarkedOnly(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.nowCount(), 0);
        // The programme still runs: the page says none of the bookmarks is on, not that nothing is.
        QCOMPARE(model.phase(), NowNextModel::During);

        m_app->controller->toggleBookmark(idOf(u"Workshop"_s), u"nntest"_s);
        QCOMPARE(rows(model), QStringList{u"Workshop"_s});
        QCOMPARE(model.nextCount(), 1);
        m_app->controller->toggleBookmark(idOf(u"Talk A"_s), u"nntest"_s);
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Workshop"_s}));

        model.setBookmarkedOnly(false);
        QCOMPARE(rows(model), (QStringList{u"Talk A"_s, u"Talk B"_s, u"Workshop"_s}));
    }

    void aWiderWindowSeesFurther()
    {
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_app->clock.freezeAt(hobart(u"2013-07-06 20:00"_s));
        QCOMPARE(model.rowCount(), 0);
        model.setWindowMinutes(14 * 60);
        QCOMPARE(rows(model), QStringList{u"Keynote"_s});
    }

    void thePyConAu2013AcceptanceInstant()
    {
        // The bundled programme, Sunday 13:10: "Don't Do This" runs in the Plenary Hall.
        QString error;
        QVERIFY2(BundledProgramme::ensureLoaded(*m_app->schedule, m_app->clock.now(), &error), qPrintable(error));
        m_app->clock.freezeAt(QDateTime::fromString(u"2013-07-07T13:10:00+10:00"_s, Qt::ISODate));
        NowNextModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConferenceId(QString::fromLatin1(BundledProgramme::kConferenceId));
        QCOMPARE(model.phase(), NowNextModel::During);
        QCOMPARE(value(model, u"Don't Do This"_s, NowNextModel::RunningRole).toBool(), true);
        QCOMPARE(value(model, u"Don't Do This"_s, NowNextModel::RoomRole).toString(), u"Plenary Hall"_s);
        QCOMPARE(model.nowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestNowNextModel)
#include "tst_nownextmodel.moc"
