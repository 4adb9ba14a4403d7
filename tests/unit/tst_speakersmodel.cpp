#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/SpeakersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The speakers directory page: counts, search as you type row by row, bookmarks, hidden items. */
class TestSpeakersModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;

    static QStringList names(const SpeakersModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), SpeakersModel::NameRole).toString());
        return result;
    }

    QString idOf(const QString &title) const
    {
        for (const Event &event : m_schedule.events) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_schedule = ScheduleBuilder(u"sptest"_s)
                         .event(u"a"_s, u"Solo"_s, u"2013-07-06 09:00"_s, 30, u"Hall"_s, {u"Bob Brown"_s}, u"Main"_s)
                         .event(u"b"_s, u"Pair"_s, u"2013-07-06 10:00"_s, 30, u"Hall"_s, {u"Ann Archer"_s, u"Bob Brown"_s}, u"Main"_s)
                         .event(u"c"_s, u"Miniconf"_s, u"2013-07-07 10:00"_s, 30, u"Annex"_s, {u"Cleo Côté"_s}, u"Mini"_s)
                         .build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"sptest"_s);
    }

    void listsEveryoneWithTheirTalks()
    {
        SpeakersModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), (QStringList{u"Ann Archer"_s, u"Bob Brown"_s, u"Cleo Côté"_s}));
        QCOMPARE(model.totalCount(), 3);
        const QModelIndex bob = model.index(model.indexOf(u"Bob Brown"_s));
        QCOMPARE(model.data(bob, SpeakersModel::TalkCountRole).toInt(), 2);
        QCOMPARE(model.data(bob, SpeakersModel::EventIdsRole).toStringList(), (QStringList{idOf(u"Solo"_s), idOf(u"Pair"_s)}));
        QCOMPARE(model.data(bob, SpeakersModel::TitlesRole).toString(), u"Solo · Pair"_s);
        QCOMPARE(model.data(model.index(0), SpeakersModel::TalkCountRole).toInt(), 1);
    }

    void typingNarrowsRowByRow()
    {
        SpeakersModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setQuery(u"b"_s);
        QCOMPARE(names(model), (QStringList{u"Bob Brown"_s}));
        model.setQuery(u"cote"_s);
        QCOMPARE(names(model), (QStringList{u"Cleo Côté"_s}));
        model.setQuery(u"nobody"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 3);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() > 0);
        QCOMPARE(model.nameAt(1), u"Bob Brown"_s);
    }

    void bookmarksShowPerSpeaker()
    {
        SpeakersModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_app->controller->toggleBookmark(idOf(u"Pair"_s), u"sptest"_s);
        // Both speakers of the shared event have one bookmarked talk now.
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.data(model.index(model.indexOf(u"Ann Archer"_s)), SpeakersModel::BookmarkedCountRole).toInt(), 1);
        QCOMPARE(model.data(model.index(model.indexOf(u"Bob Brown"_s)), SpeakersModel::BookmarkedCountRole).toInt(), 1);
        QCOMPARE(model.data(model.index(model.indexOf(u"Cleo Côté"_s)), SpeakersModel::BookmarkedCountRole).toInt(), 0);
    }

    void hiddenEventsDoNotCount()
    {
        SpeakersModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_app->controller->setHidden(u"track"_s, u"Mini"_s, true);
        QCOMPARE(names(model), (QStringList{u"Ann Archer"_s, u"Bob Brown"_s}));
        m_app->controller->setHidden(u"room"_s, u"Hall"_s, true);
        QCOMPARE(model.rowCount(), 0);
        m_app->controller->showAllHidden();
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSpeakersModel)
#include "tst_speakersmodel.moc"
