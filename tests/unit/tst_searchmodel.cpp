#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/SearchModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Results as you type, answered on the search thread and applied row by row. */
class TestSearchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_schedule = ScheduleBuilder(u"modelconf"_s, u"Europe/Berlin"_s)
                         .event(u"a"_s, u"Kubernetes in Production"_s, u"2026-02-01 10:00"_s, 30, u"Janson"_s, {u"Zoë"_s}, u"Cloud"_s)
                         .event(u"b"_s, u"Kubernetes Operators"_s, u"2026-02-01 11:00"_s, 30, u"Janson"_s, {u"Bo"_s}, u"Cloud"_s)
                         .event(u"c"_s, u"Kubelet Internals"_s, u"2026-02-02 10:00"_s, 30, u"K.1.105"_s, {u"Ann"_s}, u"Kernel"_s)
                         .event(u"d"_s, u"Rust for <Kernel> People"_s, u"2026-02-02 11:00"_s, 30, u"K.1.105"_s, {u"Cy"_s}, u"Kernel"_s)
                         .build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"modelconf"_s);
    }

    void answersOnTheSearchThread()
    {
        SearchModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(&model, &SearchModel::answered);
        model.setQuery(u"kube"_s);
        QVERIFY(model.isBusy());
        QVERIFY(answered.wait(5000));
        QVERIFY(!model.isBusy());
        QStringList found = titles(model);
        found.sort();
        QCOMPARE(found, (QStringList{u"Kubelet Internals"_s, u"Kubernetes Operators"_s, u"Kubernetes in Production"_s}));
        const int kubelet = int(titles(model).indexOf(u"Kubelet Internals"_s));
        QCOMPARE(model.data(model.index(kubelet), SearchModel::TitleMarkupRole).toString(), u"<b>Kubelet</b> Internals"_s);
        QCOMPARE(model.data(model.index(kubelet), SearchModel::WhenRole).toString(), u"Mon 2 Feb, 10:00–10:30"_s);
    }

    void typingOnKeepsTheSharedRows()
    {
        SearchModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(&model, &SearchModel::answered);
        model.setQuery(u"kube"_s);
        QVERIFY(answered.wait(5000));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setQuery(u"kuber"_s);
        QVERIFY(answered.wait(5000));
        QStringList found = titles(model);
        found.sort();
        QCOMPARE(found, (QStringList{u"Kubernetes Operators"_s, u"Kubernetes in Production"_s}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1); // only "Kubelet Internals" went
        QCOMPARE(inserted.count(), 0);
        const int operators = int(titles(model).indexOf(u"Kubernetes Operators"_s));
        QCOMPARE(model.data(model.index(operators), SearchModel::TitleMarkupRole).toString(), u"<b>Kubernetes</b> Operators"_s);
    }

    void anotherAnswerTakesTheRowsInOneStepEach()
    {
        SearchModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(&model, &SearchModel::answered);
        model.setQuery(u"kube"_s);
        QVERIFY(answered.wait(5000));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setQuery(u"rust"_s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(titles(model), QStringList{u"Rust for <Kernel> People"_s});
        // Typing is never a reset, even when no row stays: the view keeps its place.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
    }

    void onlyTheNewestAnswerCounts()
    {
        SearchModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(&model, &SearchModel::answered);
        for (const QString &typed : {u"r"_s, u"ru"_s, u"rus"_s, u"rust"_s})
            model.setQuery(typed);
        QVERIFY(answered.wait(5000));
        QTRY_COMPARE(model.answeredQuery(), u"rust"_s);
        QCOMPARE(titles(model), QStringList{u"Rust for <Kernel> People"_s});
        QCOMPARE(model.data(model.index(0), SearchModel::TitleMarkupRole).toString(), u"<b>Rust</b> for &lt;Kernel&gt; People"_s);
    }

    void filtersNarrow()
    {
        SearchModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(&model, &SearchModel::answered);
        model.setQuery(u"kube"_s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(model.dayOptions(), (QStringList{u"2026-02-01"_s, u"2026-02-02"_s}));
        QCOMPARE(model.trackOptions(), (QStringList{u"Cloud"_s, u"Kernel"_s}));
        model.setDay(u"2026-02-01"_s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        model.setTrack(u"Kernel"_s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(model.rowCount(), 0);
        model.setDay({});
        QVERIFY(answered.wait(5000));
        QCOMPARE(titles(model), QStringList{u"Kubelet Internals"_s});
        model.setConferenceId(u"elsewhere"_s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(model.rowCount(), 0);
    }

    void bookmarksUpdateTheirRowAndNotesSearchAgain()
    {
        SearchModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(&model, &SearchModel::answered);
        model.setQuery(u"kubernetes"_s);
        QVERIFY(answered.wait(5000));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString id = model.eventIdAt(1);
        m_app->controller->toggleBookmark(id, u"modelconf"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QVERIFY(model.data(model.index(1), SearchModel::BookmarkedRole).toBool());

        // A note edit is searchable at once.
        model.setQuery(u"wombat"_s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_app->userData->setNote(eventId(u"c"_s), u"modelconf"_s, u"ask about the wombat"_s));
        QVERIFY(answered.wait(5000));
        QCOMPARE(titles(model), QStringList{u"Kubelet Internals"_s});
        QCOMPARE(model.data(model.index(0), SearchModel::SnippetSourceRole).toString(), u"note"_s);
        QCOMPARE(model.data(model.index(0), SearchModel::SnippetMarkupRole).toString(), u"ask about the <b>wombat</b>"_s);
    }

    void anImportSearchesAgain()
    {
        SearchModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy answered(&model, &SearchModel::answered);
        model.setQuery(u"webassembly"_s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(model.rowCount(), 0);
        Schedule next = m_schedule;
        next.events[0].title = u"WebAssembly in Production"_s;
        QVERIFY(m_app->schedule->apply(next, {u"test"_s, {}}).ok());
        QVERIFY(answered.wait(5000));
        QCOMPARE(titles(model), QStringList{u"WebAssembly in Production"_s});
    }

private:
    static QStringList titles(const SearchModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), SearchModel::TitleRole).toString());
        return result;
    }
    QString eventId(const QString &guid) const
    {
        for (const Event &event : m_schedule.events) {
            if (event.guid == guid)
                return event.id;
        }
        return {};
    }

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;
};

QTEST_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
