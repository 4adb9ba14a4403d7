#include "TestApp.h"

#include "sync/BundledProgramme.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** What the Trips and Places pages call: the editor's fields in and out, in the conference's time. */
class TestTripController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        QString error;
        QVERIFY2(BundledProgramme::ensureLoaded(*m_app->schedule, m_app->clock.now(), &error), qPrintable(error));
        QVERIFY(m_app->places->load());
        m_app->controller->setConferenceId(u"pyconau2013"_s);
    }

    void savesATripFromTheEditorsFields()
    {
        TripController &trips = *m_app->tripController;
        QSignalSpy changed(&trips, &TripController::dataChanged);
        const QVariantMap fields{{u"title"_s, u"Drive up kunanyi / Mount Wellington"_s},
                                 {u"placeId"_s, u"kunanyi-mount-wellington"_s},
                                 {u"day"_s, u"2013-07-07"_s},
                                 {u"startTime"_s, u"9:30"_s},
                                 {u"endTime"_s, u"12:45"_s},
                                 {u"who"_s, u"Ann and me"_s},
                                 {u"notes"_s, u"Jacket"_s}};
        const QVariantMap result = trips.saveTrip({}, fields);
        QVERIFY2(result.value(u"ok"_s).toBool(), qPrintable(result.value(u"error"_s).toString()));
        const QString id = result.value(u"id"_s).toString();
        QCOMPARE(changed.count(), 1);
        const Trip stored = *m_app->trips->trip(id);
        QCOMPARE(stored.conferenceId, u"pyconau2013"_s);
        // 09:30 in Hobart (UTC+10 in July) whatever the machine's zone (Berlin in the tests).
        QCOMPARE(stored.start, QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc()));
        QCOMPARE(stored.end, QDateTime(QDate(2013, 7, 7), QTime(2, 45), QTimeZone::utc()));
        QVERIFY(trips.isTrip(id));
        QVERIFY(!trips.isTrip(u"0123456789abcdef"_s));

        // And back out for the editor.
        const QVariantMap shown = trips.trip(id);
        QCOMPARE(shown.value(u"day"_s).toString(), u"2013-07-07"_s);
        QCOMPARE(shown.value(u"startTime"_s).toString(), u"09:30"_s);
        QCOMPARE(shown.value(u"endTime"_s).toString(), u"12:45"_s);
        QCOMPARE(shown.value(u"placeId"_s).toString(), u"kunanyi-mount-wellington"_s);

        // A change through the same call.
        QVariantMap edit = fields;
        edit[u"endTime"_s] = u"12:00"_s;
        QVERIFY(trips.saveTrip(id, edit).value(u"ok"_s).toBool());
        QCOMPARE(m_app->trips->trip(id)->end, QDateTime(QDate(2013, 7, 7), QTime(2, 0), QTimeZone::utc()));
        QCOMPARE(trips.removeTrip(id), QString());
        QVERIFY(!trips.removeTrip(id).isEmpty());
    }

    void mistakesComeBackAsMessages_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad start") << u"startTime"_s << u"25:00"_s
                                   << u"The start \"25:00\" is not a time of day: write it as HH:MM, e.g. 09:30."_s;
        QTest::newRow("bad end") << u"endTime"_s << u"noon"_s << u"The end \"noon\" is not a time of day: write it as HH:MM, e.g. 12:45."_s;
        QTest::newRow("backwards") << u"endTime"_s << u"08:00"_s
                                   << u"The trip was not saved: the trip \"Pub\" ends before it starts: the end must be after the start."_s;
        QTest::newRow("no title") << u"title"_s << u""_s << u"The trip was not saved: a trip needs a title."_s;
        QTest::newRow("no day") << u"day"_s << u""_s << u"Choose the day of the trip."_s;
        QTest::newRow("no place")
            << u"placeId"_s << u"atlantis"_s
            << u"The trip was not saved: there is no place \"atlantis\" in conference pyconau2013 (see: lanyard places)."_s;
    }

    void mistakesComeBackAsMessages()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QVariantMap fields{{u"title"_s, u"Pub"_s}, {u"day"_s, u"2013-07-07"_s}, {u"startTime"_s, u"18:00"_s}, {u"endTime"_s, u"20:00"_s}};
        fields[key] = value;
        const QVariantMap result = m_app->tripController->saveTrip({}, fields);
        QVERIFY(!result.value(u"ok"_s).toBool());
        QCOMPARE(result.value(u"error"_s).toString(), message);
        QVERIFY(m_app->trips->trips().isEmpty());
    }

    void placesTravelAndLinks()
    {
        TripController &trips = *m_app->tripController;
        QCOMPARE(trips.venueName(), u"Wrest Point (Hotel Casino & Convention Centre)"_s);
        QVariantMap way = trips.travel(u"kunanyi-mount-wellington"_s);
        QVERIFY(way.value(u"known"_s).toBool());
        QCOMPARE(way.value(u"minutes"_s).toInt(), 13);
        QCOMPARE(way.value(u"text"_s).toString(), u"8.2 km from the venue in a straight line, about 13 min each way at 40 km/h"_s);
        QVERIFY(!trips.travel(u"lark-distillery-hobart-2013"_s).value(u"known"_s).toBool());
        QCOMPARE(trips.openStreetMapUrl(u"lark-distillery-hobart-2013"_s), QString());
        QCOMPARE(trips.openStreetMapUrl(u"kunanyi-mount-wellington"_s),
                 u"https://www.openstreetmap.org/?mlat=-42.896000&mlon=147.237306#map=15/-42.896000/147.237306"_s);

        // The speed is a setting that stays.
        QSignalSpy speed(&trips, &TripController::speedChanged);
        trips.setSpeedKmh(5);
        trips.setSpeedKmh(-1); // refused
        QCOMPARE(speed.count(), 1);
        QCOMPARE(trips.travel(u"kunanyi-mount-wellington"_s).value(u"minutes"_s).toInt(), 99);
        // From an hour on in hours and minutes, as everywhere else.
        QCOMPARE(trips.travel(u"kunanyi-mount-wellington"_s).value(u"text"_s).toString(),
                 u"8.2 km from the venue in a straight line, about 1 h 39 min each way at 5 km/h"_s);
        TripController again(m_app->trips.get(), m_app->places.get(), nullptr);
        QCOMPARE(again.speedKmh(), 5.0);
        trips.setSpeedKmh(40);

        // A suggested trip for the free morning: leave at the start, back 10 minutes before the talk.
        const QDateTime from(QDate(2013, 7, 6), QTime(22, 0), QTimeZone::utc()); // 08:00
        const QDateTime to(QDate(2013, 7, 7), QTime(1, 15), QTimeZone::utc()); // 11:15
        const QVariantMap suggestion = trips.suggestion(from, to, u"kunanyi-mount-wellington"_s);
        QVERIFY(suggestion.value(u"fits"_s).toBool());
        QCOMPARE(suggestion.value(u"startTime"_s).toString(), u"08:00"_s);
        QCOMPARE(suggestion.value(u"endTime"_s).toString(), u"11:05"_s);
        QCOMPARE(suggestion.value(u"stayMinutes"_s).toInt(), 195 - 10 - 26);
        QCOMPARE(suggestion.value(u"text"_s).toString(),
                 u"13 min there, 2 h 39 min to stay, 13 min back, back 10 min before the next item."_s);

        // The user's own places, with the coordinates typed as one pair.
        QVariantMap saved = trips.savePlace({}, {{u"name"_s, u"MONA"_s}, {u"coordinates"_s, u"-42.8121, 147.2612"_s}});
        QVERIFY2(saved.value(u"ok"_s).toBool(), qPrintable(saved.value(u"error"_s).toString()));
        const QString mona = saved.value(u"id"_s).toString();
        QCOMPARE(trips.place(mona).value(u"coordinates"_s).toString(), u"-42.812100, 147.261200"_s);
        QVERIFY(trips.place(mona).value(u"userMade"_s).toBool());
        saved = trips.savePlace(mona, {{u"name"_s, u"MONA"_s}, {u"coordinates"_s, u"north of here"_s}});
        QVERIFY(!saved.value(u"ok"_s).toBool());
        QVERIFY(saved.value(u"error"_s).toString().startsWith(u"\"north of here\" is not a location"_s));
        saved = trips.savePlace(mona, {{u"name"_s, u"MONA"_s}, {u"coordinates"_s, u""_s}});
        QVERIFY(saved.value(u"ok"_s).toBool());
        QVERIFY(!m_app->places->place(u"pyconau2013"_s, mona)->hasLocation());
        QVERIFY(!trips.savePlace(u"wrest-point"_s, {{u"name"_s, u"Mine now"_s}}).value(u"ok"_s).toBool());
        QCOMPARE(trips.removePlace(mona), QString());
    }

private:
    std::unique_ptr<TestApp> m_app;
};

QTEST_MAIN(TestTripController)
#include "tst_tripcontroller.moc"
