#include "TestApp.h"

#include "models/PlaceListModel.h"
#include "sync/BundledProgramme.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The places of the current conference by distance, with travel times and map offsets. */
class TestPlaceListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        // The bundled programme and its places, as a new database has them.
        QString error;
        QVERIFY2(BundledProgramme::ensureLoaded(*m_app->schedule, m_app->clock.now(), &error), qPrintable(error));
        QVERIFY(m_app->places->load());
        m_app->controller->setConferenceId(u"pyconau2013"_s);
    }

    void venueFirstThenByDistanceAndNoLocationLast()
    {
        PlaceListModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.locatedCount(), 11);
        QVERIFY(model.farthestKm() > 60); // Nant, near Bothwell
        QCOMPARE(model.idAt(0), u"wrest-point"_s);
        QCOMPARE(model.idAt(11), u"lark-distillery-hobart-2013"_s);
        double previous = 0;
        for (int row = 1; row < 11; ++row) {
            const double km = model.data(model.index(row), PlaceListModel::DistanceRole).toDouble();
            QVERIFY(km >= previous);
            previous = km;
        }
        const QModelIndex summit = model.index(model.indexOf(u"kunanyi-mount-wellington"_s));
        QCOMPARE(model.data(summit, PlaceListModel::ShortNameRole).toString(), u"kunanyi / Mount Wellington"_s);
        QCOMPARE(model.data(summit, PlaceListModel::TravelMinutesRole).toInt(), 13); // 8.23 km at 40 km/h
        QCOMPARE(model.data(summit, PlaceListModel::ElevationRole).toDouble(), 1271.0);
        QVERIFY(model.data(summit, PlaceListModel::EastKmRole).toDouble() < -8); // west of the venue
        QVERIFY(model.data(summit, PlaceListModel::NorthKmRole).toDouble() > 0);
        const QModelIndex lark = model.index(11);
        QCOMPARE(model.data(lark, PlaceListModel::HasLocationRole).toBool(), false);
        QVERIFY(!model.data(lark, PlaceListModel::LatitudeRole).isValid());
        QCOMPARE(model.data(lark, PlaceListModel::DistanceRole).toDouble(), -1.0);
        QVERIFY(!model.rows().at(11).placed);
        const QVariantList choices = model.choices();
        QCOMPARE(choices.size(), 12);
        QCOMPARE(choices.at(0).toMap().value(u"label"_s).toString(), u"Wrest Point · venue"_s);
        QCOMPARE(choices.at(11).toMap().value(u"label"_s).toString(), u"Lark Distillery cellar door & whisky bar · no location"_s);
    }

    void aSlowerSpeedChangesTravelTimesInPlace()
    {
        PlaceListModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_app->tripController->setSpeedKmh(5);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 10); // every located place but the venue (0 min either way)
        const QModelIndex summit = model.index(model.indexOf(u"kunanyi-mount-wellington"_s));
        QCOMPARE(model.data(summit, PlaceListModel::TravelMinutesRole).toInt(), 99); // 8.23 km on foot
    }

    void ownPlacesJoinAndLeaveRowByRow()
    {
        PlaceListModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy rowsUpdated(&model, &PlaceListModel::rowsUpdated);
        Place mona;
        mona.conferenceId = u"pyconau2013"_s;
        mona.name = u"MONA"_s;
        mona.location = GeoPoint{-42.8121, 147.2612};
        const auto id = m_app->places->add(mona);
        QVERIFY(id);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(rowsUpdated.count(), 1);
        QCOMPARE(model.rowCount(), 13);
        const int row = model.indexOf(*id);
        QVERIFY(model.data(model.index(row), PlaceListModel::UserMadeRole).toBool());
        // Between Kingston Beach (8.9 km) and New Norfolk (26 km): about 12 km.
        QCOMPARE(model.idAt(row + 1), u"new-norfolk"_s);
        QVERIFY(m_app->places->remove(*id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 12);
    }

private:
    std::unique_ptr<TestApp> m_app;
};

QTEST_MAIN(TestPlaceListModel)
#include "tst_placelistmodel.moc"
