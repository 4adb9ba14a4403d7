#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/ConferenceListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The conference switcher's list: date order, and row by row as conferences come, change and go. */
class TestConferenceListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        QVERIFY(apply(conference(u"later"_s, u"2014-08-02"_s, 2)));
        QVERIFY(apply(conference(u"earlier"_s, u"2013-07-06"_s, 1)));
    }

    void listsTheCacheInDateOrder()
    {
        ConferenceListModel &model = *m_app->controller->conferences();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(model), (QStringList{u"earlier"_s, u"later"_s}));
        const QModelIndex later = model.index(model.indexOf(u"later"_s));
        QCOMPARE(model.data(later, ConferenceListModel::TitleRole).toString(), u"Test Conference later"_s);
        QCOMPARE(model.data(later, Qt::DisplayRole).toString(), u"Test Conference later"_s);
        QCOMPARE(model.data(later, ConferenceListModel::AcronymRole).toString(), u"later"_s);
        QCOMPARE(model.data(later, ConferenceListModel::StartRole).toString(), u"2014-08-02"_s);
        QCOMPARE(model.data(later, ConferenceListModel::EndRole).toString(), u"2014-08-02"_s);
        QCOMPARE(model.data(later, ConferenceListModel::TimeZoneRole).toString(), u"Australia/Hobart"_s);
        QCOMPARE(model.data(later, ConferenceListModel::EventCountRole).toInt(), 2);
        QCOMPARE(model.data(later, ConferenceListModel::SourceRole).toString(), u"test"_s);
        QCOMPARE(model.indexOf(u"nowhere"_s), -1);
        QCOMPARE(model.roleNames().value(ConferenceListModel::IdRole), QByteArray("conferenceId"));

        // A model made on the store reads it at once.
        ConferenceListModel own(*m_app->schedule);
        QCOMPARE(ids(own), (QStringList{u"earlier"_s, u"later"_s}));
    }

    void aNewConferenceIsOneInsertedRow()
    {
        ConferenceListModel &model = *m_app->controller->conferences();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy count(&model, &ConferenceListModel::countChanged);
        QVERIFY(apply(conference(u"middle"_s, u"2014-01-20"_s, 1)));
        QCOMPARE(ids(model), (QStringList{u"earlier"_s, u"middle"_s, u"later"_s}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(count.count(), 1);
    }

    void aRemovedConferenceIsOneRemovedRow()
    {
        ConferenceListModel &model = *m_app->controller->conferences();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy count(&model, &ConferenceListModel::countChanged);
        QString error;
        QVERIFY2(m_app->schedule->removeConference(u"earlier"_s, &error), qPrintable(error));
        QCOMPARE(ids(model), QStringList{u"later"_s});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(count.count(), 1);
    }

    void aChangedConferenceChangesOnlyItsRow()
    {
        ConferenceListModel &model = *m_app->controller->conferences();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy count(&model, &ConferenceListModel::countChanged);
        Schedule renamed = conference(u"later"_s, u"2014-08-02"_s, 2);
        renamed.conference.title = u"Renamed"_s;
        QVERIFY(apply(renamed));
        QCOMPARE(model.data(model.index(1), ConferenceListModel::TitleRole).toString(), u"Renamed"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(inserted.count() + removed.count() + moved.count(), 0);
        QCOMPARE(count.count(), 0);

        // Moved to an earlier date: the row moves to its place, once.
        changed.clear();
        QVERIFY(apply(conference(u"later"_s, u"2012-05-01"_s, 2)));
        QCOMPARE(ids(model), (QStringList{u"later"_s, u"earlier"_s}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), ConferenceListModel::StartRole).toString(), u"2012-05-01"_s);
        QCOMPARE(inserted.count() + removed.count(), 0);
    }

    void nothingChangedAnnouncesNothing()
    {
        ConferenceListModel &model = *m_app->controller->conferences();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &ConferenceListModel::countChanged);
        model.reload();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(count.count(), 0);
        QCOMPARE(ids(model), (QStringList{u"earlier"_s, u"later"_s}));
    }

private:
    static Schedule conference(const QString &acronym, const QString &day, int events)
    {
        ScheduleBuilder builder(acronym);
        for (int i = 0; i < events; ++i)
            builder.event(acronym + QString::number(i), u"Talk %1"_s.arg(i), day + u" %1:00"_s.arg(10 + i), 30, u"Room"_s);
        return builder.build();
    }

    bool apply(const Schedule &schedule) { return m_app->schedule->apply(schedule, {u"test"_s, {}}).ok(); }

    static QStringList ids(const ConferenceListModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.data(model.index(row), ConferenceListModel::IdRole).toString());
        return ids;
    }

    std::unique_ptr<TestApp> m_app;
};

QTEST_GUILESS_MAIN(TestConferenceListModel)
#include "tst_conferencelistmodel.moc"
