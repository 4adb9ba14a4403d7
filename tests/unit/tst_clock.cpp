#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/DayModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * The one settable clock, and what follows it: App.now and App.today, the default day (with the
 * conference's day change), and the timetable's now line (DayModel::offsetOf).
 */
class TestClock : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestApp> m_app;

    static QDateTime hobart(const QString &local)
    {
        const QDateTime wall = QDateTime::fromString(local, u"yyyy-MM-dd HH:mm"_s);
        return TimeRules::localToUtc(wall.date(), wall.time(), TimeRules::zoneFromId(u"Australia/Hobart"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>(hobart(u"2013-07-01 12:00"_s));
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        Schedule schedule = ScheduleBuilder(u"clocktest"_s)
                                .event(u"a"_s, u"Friday talk"_s, u"2013-07-05 09:00"_s, 60, u"Plenary Hall"_s)
                                .event(u"b"_s, u"Sunday talk"_s, u"2013-07-07 09:00"_s, 60, u"Plenary Hall"_s)
                                .event(u"c"_s, u"Sunday late"_s, u"2013-07-07 11:00"_s, 60, u"Tasman A"_s)
                                .build();
        schedule.conference.dayChange = QTime(4, 0);
        QVERIFY(m_app->schedule->apply(schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"clocktest"_s);
    }

    void aFrozenClockStandsStillAndAdvancesOnRequest()
    {
        Clock clock;
        QSignalSpy minutes(&clock, &Clock::minuteChanged);
        clock.freezeAt(hobart(u"2013-07-07 10:00"_s));
        QVERIFY(clock.isFrozen());
        QCOMPARE(minutes.count(), 1);
        QCOMPARE(clock.now(), hobart(u"2013-07-07 10:00"_s));
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);

        clock.advance(30);
        QCOMPARE(minutes.count(), 1); // 10:00:30, the same minute
        clock.advance(30);
        QCOMPARE(minutes.count(), 2); // 10:01:00
        QCOMPARE(clock.now(), hobart(u"2013-07-07 10:01"_s));
    }

    void aSetClockRunsFromTheGivenInstant()
    {
        Clock clock;
        const QDateTime instant = QDateTime::fromString(u"2013-07-07T11:00:00+10:00"_s, Qt::ISODate);
        clock.setNow(instant);
        QVERIFY(!clock.isFrozen());
        const qint64 drift = instant.msecsTo(clock.now());
        QVERIFY2(drift >= 0 && drift < 5000, qPrintable(QString::number(drift)));
        QCOMPARE(Clock::parseInstant(u"2013-07-07T11:00:00+10:00"_s), instant);
        QVERIFY(!Clock::parseInstant(u"next tuesday"_s).isValid());
        QVERIFY(!Clock::parseInstant(u"2013-07-07T11:00:00"_s).isValid()); // no offset: ambiguous
    }

    void appNowFollowsTheClock()
    {
        QSignalSpy nowChanged(m_app->controller.get(), &AppController::nowChanged);
        m_app->clock.advance(60);
        QCOMPARE(nowChanged.count(), 1);
        QCOMPARE(m_app->controller->now(), hobart(u"2013-07-01 12:01"_s));
    }

    void theDefaultDayIsTodayWhileTheConferenceRuns()
    {
        AppController &app = *m_app->controller;
        QSignalSpy defaultDayChanged(&app, &AppController::defaultDayChanged);
        // Before the conference: its first day.
        QCOMPARE(app.today(), QString());
        QCOMPARE(app.defaultDay(), u"2013-07-05"_s);

        m_app->clock.freezeAt(hobart(u"2013-07-07 10:00"_s));
        QCOMPARE(app.today(), u"2013-07-07"_s);
        QCOMPARE(app.defaultDay(), u"2013-07-07"_s);
        QCOMPARE(defaultDayChanged.count(), 1);

        // 02:00 on Monday is still Sunday night: the day changes at 04:00.
        m_app->clock.freezeAt(hobart(u"2013-07-08 02:00"_s));
        QCOMPARE(app.today(), u"2013-07-07"_s);
        m_app->clock.freezeAt(hobart(u"2013-07-08 04:00"_s));
        QCOMPARE(app.today(), QString());
        QCOMPARE(app.defaultDay(), u"2013-07-05"_s);
        QCOMPARE(defaultDayChanged.count(), 2);

        // Saturday has no events: it is not a conference day, so there is no "today".
        m_app->clock.freezeAt(hobart(u"2013-07-06 10:00"_s));
        QCOMPARE(app.today(), QString());
    }

    void theNowLineMovesWithTheClock()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        model.setDay(u"2013-07-07"_s);
        QCOMPARE(model.gridStart(), hobart(u"2013-07-07 09:00"_s));

        m_app->clock.freezeAt(hobart(u"2013-07-07 09:40"_s));
        QCOMPARE(m_app->controller->today(), model.day());
        QCOMPARE(model.offsetOf(m_app->controller->now()), 40);
        m_app->clock.advance(20 * 60);
        QCOMPARE(model.offsetOf(m_app->controller->now()), 60);
        // Before the grid: negative, so the timetable does not draw it.
        m_app->clock.freezeAt(hobart(u"2013-07-07 08:00"_s));
        QCOMPARE(model.offsetOf(m_app->controller->now()), -60);
        QVERIFY(model.offsetOf(m_app->controller->now()) < 0);
    }

    void bookmarksAreStampedWithTheClock()
    {
        m_app->clock.freezeAt(hobart(u"2013-07-07 09:10"_s));
        const QString id = m_app->schedule->events(u"clocktest"_s).constFirst().id;
        m_app->controller->toggleBookmark(id, u"clocktest"_s);
        QCOMPARE(m_app->userData->value(id).bookmarkedAt, hobart(u"2013-07-07 09:10"_s));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
