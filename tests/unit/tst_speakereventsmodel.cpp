#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/SpeakerEventsModel.h"
#include "models/SyncController.h"

#include <QNetworkAccessManager>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** A speaker's page: all their events across days and conferences, each bookmarkable. */
class TestSpeakerEventsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestApp> m_app;
    Schedule m_first;
    Schedule m_second;

    static QStringList titles(const SpeakerEventsModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), SpeakerEventsModel::TitleRole).toString());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_first = ScheduleBuilder(u"first"_s)
                      .event(u"a"_s, u"Day one"_s, u"2013-07-06 09:00"_s, 30, u"Hall"_s, {u"Ann"_s}, u"Main"_s)
                      .event(u"b"_s, u"Shared"_s, u"2013-07-07 10:00"_s, 30, u"Hall"_s, {u"Bob"_s, u"Ann"_s}, u"Mini"_s)
                      .event(u"c"_s, u"Not hers"_s, u"2013-07-07 11:00"_s, 30, u"Hall"_s, {u"Bob"_s})
                      .event(u"d"_s, u"Same time"_s, u"2013-07-06 09:15"_s, 30, u"Annex"_s, {u"Cleo"_s})
                      .build();
        m_second = ScheduleBuilder(u"second"_s, u"Europe/Berlin"_s)
                       .event(u"a"_s, u"Next year"_s, u"2014-02-01 14:00"_s, 45, u"K.1.105"_s, {u"Ann"_s})
                       .build();
        QVERIFY(m_app->schedule->apply(m_first, {u"test"_s, {}}).ok());
        QVERIFY(m_app->schedule->apply(m_second, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"first"_s);
    }

    void allTheirEventsAcrossDaysAndConferences()
    {
        SpeakerEventsModel model(m_app->controller, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setName(u"Ann"_s);
        QCOMPARE(titles(model), (QStringList{u"Day one"_s, u"Shared"_s, u"Next year"_s}));
        QCOMPARE(model.conferenceCount(), 2);
        QCOMPARE(model.data(model.index(2), SpeakerEventsModel::ConferenceTitleRole).toString(), u"Test Conference second"_s);
        QCOMPARE(model.data(model.index(2), SpeakerEventsModel::TimeZoneRole).toString(), u"Europe/Berlin"_s);
        QCOMPARE(model.data(model.index(1), SpeakerEventsModel::SpeakersRole).toString(), u"Bob, Ann"_s);
        QCOMPARE(model.data(model.index(0), SpeakerEventsModel::SectionRole).toString(), u"first|2013-07-06"_s);
        QCOMPARE(model.data(model.index(2), SpeakerEventsModel::SectionRole).toString(), u"second|2014-02-01"_s);
        QCOMPARE(model.conferenceTitle(u"first"_s), u"Test Conference first"_s);

        model.setName(u"Bob"_s);
        QCOMPARE(titles(model), (QStringList{u"Shared"_s, u"Not hers"_s}));
        QCOMPARE(model.conferenceCount(), 1);
    }

    void eachIsBookmarkable()
    {
        SpeakerEventsModel model(m_app->controller, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setName(u"Ann"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString id = model.eventIdAt(2);
        m_app->controller->toggleBookmark(id, u"second"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QVERIFY(model.data(model.index(2), SpeakerEventsModel::BookmarkedRole).toBool());
        QVERIFY(m_app->userData->isBookmarked(id));
        QCOMPARE(m_app->userData->value(id).conferenceId, u"second"_s);
    }

    void aClashWithAnotherBookmarkShows()
    {
        SpeakerEventsModel model(m_app->controller, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setName(u"Ann"_s);
        const QString dayOne = model.eventIdAt(0);
        m_app->controller->toggleBookmark(dayOne, u"first"_s);
        QVERIFY(!model.data(model.index(0), SpeakerEventsModel::ConflictingRole).toBool());
        // Someone else's talk at the same time, bookmarked too: a clash, though it is not on this page.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QString sameTime;
        for (const Event &event : m_first.events) {
            if (event.title == u"Same time"_s)
                sameTime = event.id;
        }
        m_app->controller->toggleBookmark(sameTime, u"first"_s);
        QVERIFY(model.data(model.index(0), SpeakerEventsModel::ConflictingRole).toBool());
        QCOMPARE(changed.count(), 1);
        m_app->controller->toggleBookmark(sameTime, u"first"_s);
        QVERIFY(!model.data(model.index(0), SpeakerEventsModel::ConflictingRole).toBool());
    }

    void newAndChangedMarksShowUntilSeen()
    {
        QNetworkAccessManager network;
        SyncController sync(*m_app->database, *m_app->schedule, *m_app->userData, m_app->clock, network);
        SpeakerEventsModel model(m_app->controller, &sync);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setName(u"Ann"_s);
        QCOMPARE(model.data(model.index(0), SpeakerEventsModel::MarkRole).toString(), QString());

        // An update of the first conference adds a talk of hers: it is marked new.
        Schedule update = m_first;
        update.events.append(ScheduleBuilder(u"first"_s)
                                 .event(u"e"_s, u"Added"_s, u"2013-07-07 15:00"_s, 30, u"Hall"_s, {u"Ann"_s})
                                 .build()
                                 .events.constFirst());
        QVERIFY(m_app->schedule->apply(update, {u"test"_s, m_app->clock.now()}).ok());
        model.reload();
        QCOMPARE(titles(model), (QStringList{u"Day one"_s, u"Shared"_s, u"Added"_s, u"Next year"_s}));
        QCOMPARE(model.data(model.index(2), SpeakerEventsModel::MarkRole).toString(), u"new"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(sync.marks().markSeen(model.eventIdAt(2)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(2), SpeakerEventsModel::MarkRole).toString(), QString());
    }

    void hiddenEventsAreLeftOutAndCounted()
    {
        SpeakerEventsModel model(m_app->controller, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setName(u"Ann"_s);
        m_app->controller->setHidden(u"track"_s, u"Mini"_s, true);
        QCOMPARE(titles(model), (QStringList{u"Day one"_s, u"Next year"_s}));
        QCOMPARE(model.excludedCount(), 1);
        m_app->controller->showAllHidden();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.excludedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerEventsModel)
#include "tst_speakereventsmodel.moc"
