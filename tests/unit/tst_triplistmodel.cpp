#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/TripListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The Trips page's list: the current conference's trips in time order, row by row, with conflicts. */
class TestTripListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_schedule = ScheduleBuilder(u"tripconf"_s)
                         .event(u"a"_s, u"Planting Open Source Seeds"_s, u"2013-07-07 11:15"_s, 45, u"Plenary Hall"_s)
                         .event(u"b"_s, u"Don't Do This"_s, u"2013-07-07 13:00"_s, 30, u"Plenary Hall"_s)
                         .build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        Place summit;
        summit.id = u"summit"_s;
        summit.name = u"kunanyi / Mount Wellington (summit)"_s;
        summit.location = GeoPoint{-42.896, 147.237306};
        Place venue;
        venue.id = u"venue"_s;
        venue.name = u"Wrest Point"_s;
        venue.isVenue = true;
        venue.location = GeoPoint{-42.90194, 147.33806};
        QVERIFY(PlaceStore::replaceCatalogue(*m_app->database, u"tripconf"_s, {venue, summit}, nullptr));
        QVERIFY(m_app->places->load());
        m_app->controller->setConferenceId(u"tripconf"_s);
    }

    void rowsFollowTheStore()
    {
        TripListModel model(m_app->controller, m_app->tripController);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QString drive = add(u"Drive up kunanyi"_s, u"2013-07-07 09:30"_s, u"2013-07-07 12:45"_s, u"summit"_s);
        const QString pub = add(u"Pub"_s, u"2013-07-07 18:00"_s, u"2013-07-07 20:00"_s, {});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), drive);
        QCOMPARE(model.idAt(1), pub);

        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, TripListModel::RoomRole).toString(), u"kunanyi / Mount Wellington (summit)"_s);
        QCOMPARE(model.data(first, TripListModel::PlaceIdRole).toString(), u"summit"_s);
        QVERIFY(model.data(first, TripListModel::HasGeoRole).toBool());
        QVERIFY(std::abs(model.data(first, TripListModel::DistanceRole).toDouble() - 8.2336) < 0.001);
        QCOMPARE(model.data(model.index(1), TripListModel::DistanceRole).toDouble(), -1.0);
        QCOMPARE(model.data(first, TripListModel::DayRole).toString(), u"2013-07-07"_s);
        QVERIFY(!model.data(first, TripListModel::ConflictingRole).toBool());

        // A bookmark during the drive: the trip's row shows the talk it clashes with (by title).
        m_app->controller->toggleBookmark(m_schedule.events[0].id, u"tripconf"_s);
        QCOMPARE(model.data(model.index(0), TripListModel::ConflictTitlesRole).toStringList(),
                 QStringList{u"Planting Open Source Seeds"_s});
        QCOMPARE(model.conflictCount(), 1);
        // The talk itself is not a row here.
        QCOMPARE(model.rowCount(), 2);

        // Moving the pub before the drive moves its row.
        Trip early = *m_app->trips->trip(pub);
        early.start = hobart(u"2013-07-07 08:00"_s);
        early.end = hobart(u"2013-07-07 09:00"_s);
        QVERIFY(m_app->trips->update(early));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.idAt(0), pub);

        QVERIFY(m_app->trips->remove(drive));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.conflictCount(), 0);
        QCOMPARE(reset.count(), 0);

        // Another conference's trips are not listed.
        Trip elsewhere = early;
        elsewhere.conferenceId = u"otherconf"_s;
        elsewhere.id.clear();
        QVERIFY(m_app->trips->add(elsewhere));
        QCOMPARE(model.rowCount(), 1);
    }

private:
    static QDateTime hobart(const QString &text)
    {
        const QDateTime local = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm"_s);
        return TimeRules::localToUtc(local.date(), local.time(), QTimeZone("Australia/Hobart"));
    }

    QString add(const QString &title, const QString &from, const QString &to, const QString &placeId)
    {
        Trip trip;
        trip.conferenceId = u"tripconf"_s;
        trip.title = title;
        trip.placeId = placeId;
        trip.start = hobart(from);
        trip.end = hobart(to);
        QString error;
        const auto id = m_app->trips->add(trip, &error);
        if (!id)
            qWarning() << error;
        return id.value_or(QString());
    }

    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;
};

QTEST_MAIN(TestTripListModel)
#include "tst_triplistmodel.moc"
