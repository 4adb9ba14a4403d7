#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/DayModel.h"
#include "models/ScheduleFilter.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * The schedule's filter: what it offers (the events without a track are an entry of their own),
 * showing one entry only, all or none, and the choice kept across a restart.
 */
class TestScheduleFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        ScheduleBuilder builder(u"filtertest"_s);
        builder.event(u"a"_s, u"Opening"_s, u"2013-07-07 09:00"_s, 30, u"Plenary Hall"_s, {}, u"Main"_s);
        builder.last().type = u"talk"_s;
        builder.event(u"b"_s, u"Workshop"_s, u"2013-07-07 09:30"_s, 90, u"Tasman B"_s, {}, u"Workshops"_s);
        builder.last().type = u"workshop"_s;
        builder.event(u"c"_s, u"Lunch"_s, u"2013-07-07 12:00"_s, 60, u"Plenary Hall"_s);
        builder.event(u"d"_s, u"Hallway track"_s, u"2013-07-07 14:00"_s, 60, QString());
        builder.last().type = u"talk"_s;
        m_schedule = builder.build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"filtertest"_s);
        filter()->clear();
    }

    void eventsWithoutATrackAreAnOptionOfTheirOwn()
    {
        // "" stands for the events without one, after the conference's own tracks (rooms, types).
        QCOMPARE(filter()->trackOptions(), (QStringList{u"Main"_s, u"Workshops"_s, QString()}));
        QCOMPARE(filter()->roomOptions(), (QStringList{u"Plenary Hall"_s, u"Tasman B"_s, QString()}));
        QCOMPARE(filter()->typeOptions(), (QStringList{u"talk"_s, u"workshop"_s, QString()}));
        QVERIFY(filter()->trackOptions().last().isEmpty());

        DayModel model(m_app->controller, m_app->tripController, nullptr);
        model.setDay(u"2013-07-07"_s);
        QCOMPARE(model.rowCount(), 4);
        filter()->setShown(ScheduleFilter::Track, QString(), false);
        QCOMPARE(titles(model), (QStringList{u"Opening"_s, u"Workshop"_s}));
        QCOMPARE(model.hiddenCount(), 2);
    }

    void aConferenceWhoseEventsAllHaveATrackOffersNoEmptyEntry()
    {
        const Schedule tracked =
            ScheduleBuilder(u"tracked"_s).event(u"x"_s, u"Only talk"_s, u"2013-07-07 09:00"_s, 30, u"Room"_s, {}, u"Main"_s).build();
        QVERIFY(m_app->schedule->apply(tracked, {u"test"_s, {}}).ok());
        QSignalSpy options(filter(), &ScheduleFilter::optionsChanged);
        m_app->controller->setConferenceId(u"tracked"_s);
        QVERIFY(options.count() >= 1);
        QCOMPARE(filter()->trackOptions(), QStringList{u"Main"_s});
        QCOMPARE(filter()->roomOptions(), QStringList{u"Room"_s});
        QCOMPARE(filter()->typeOptions(), QStringList{QString()}); // the one event has no type
    }

    void pickingOneTrackHidesTheEventsWithoutOne()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        model.setDay(u"2013-07-07"_s);
        QSignalSpy changed(filter(), &ScheduleFilter::changed);
        filter()->showOnly(ScheduleFilter::Track, u"Main"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(titles(model), QStringList{u"Opening"_s});
        QCOMPARE(filter()->hiddenTracks(), (QStringList{QString(), u"Workshops"_s}));
        QVERIFY(filter()->isActive());

        // And the other way round: only the events without a track.
        filter()->showOnly(ScheduleFilter::Track, QString());
        QCOMPARE(titles(model), (QStringList{u"Lunch"_s, u"Hallway track"_s}));
        // Picking the same again changes nothing.
        changed.clear();
        filter()->showOnly(ScheduleFilter::Track, QString());
        QCOMPARE(changed.count(), 0);
    }

    void allAndNone()
    {
        DayModel model(m_app->controller, m_app->tripController, nullptr);
        model.setDay(u"2013-07-07"_s);
        filter()->setAllShown(ScheduleFilter::Room, false);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.hiddenCount(), 4); // the room-less event too
        QCOMPARE(filter()->hiddenRooms(), (QStringList{QString(), u"Plenary Hall"_s, u"Tasman B"_s}));
        filter()->setShown(ScheduleFilter::Track, u"Main"_s, false);
        // "All" shows one kind again and leaves the others as they are.
        filter()->setAllShown(ScheduleFilter::Room, true);
        QCOMPARE(filter()->hiddenRooms(), QStringList{});
        QCOMPARE(filter()->hiddenTracks(), QStringList{u"Main"_s});
        QCOMPARE(titles(model), (QStringList{u"Workshop"_s, u"Lunch"_s, u"Hallway track"_s}));

        filter()->setAllShown(ScheduleFilter::Type, false);
        QCOMPARE(titles(model), QStringList{});
        filter()->showOnly(ScheduleFilter::Type, QString());
        QCOMPARE(titles(model), QStringList{u"Lunch"_s});
    }

    void hidingTheEventsWithoutATrackSurvivesARestart()
    {
        filter()->showOnly(ScheduleFilter::Track, u"Workshops"_s);
        ScheduleFilter again;
        again.setConferenceId(u"filtertest"_s);
        QCOMPARE(again.hiddenTracks(), (QStringList{QString(), u"Main"_s}));
        QVERIFY(!again.isShown(ScheduleFilter::Track, QString()));

        // Only the empty entry hidden: a list of one empty name in the settings.
        filter()->clear();
        filter()->setShown(ScheduleFilter::Track, QString(), false);
        ScheduleFilter third;
        third.setConferenceId(u"filtertest"_s);
        QCOMPARE(third.hiddenTracks(), QStringList{QString()});
        QVERIFY(third.isActive());
        filter()->clear();
        ScheduleFilter fourth;
        fourth.setConferenceId(u"filtertest"_s);
        QVERIFY(!fourth.isActive());
    }

private:
    ScheduleFilter *filter() const { return m_app->controller->filter(); }

    static QStringList titles(const DayModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), DayModel::TitleRole).toString());
        return result;
    }

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;
};

QTEST_GUILESS_MAIN(TestScheduleFilter)

#include "tst_schedulefilter.moc"
