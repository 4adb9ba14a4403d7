#include "feeds/PlacesFile.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The places catalogue file: read whole, or refused with where and what. */
class TestPlacesFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheBundledFile()
    {
        QFile file(u":/data/pyconau2013/places.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto catalogue = PlacesFile::parse(file.readAll(), u"places.json"_s, &error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->conferenceId, u"pyconau2013"_s);
        QCOMPARE(catalogue->venueId, u"wrest-point"_s);
        QCOMPARE(catalogue->places.size(), 12);
        QVERIFY(catalogue->places.at(0).isVenue);
        QCOMPARE(catalogue->places.at(1).locality, QString()); // null in the file: none
        QCOMPARE(catalogue->places.at(2).id, u"lark-distillery-hobart-2013"_s);
        QVERIFY(!catalogue->places.at(2).location);
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << u"p.json (byte 1): not valid JSON"_s;
        QTest::newRow("no conference") << QByteArray(R"({"places": []})") << u"p.json: conference must be a non-empty string"_s;
        QTest::newRow("no list") << QByteArray(R"({"conference": "c", "places": {}})") << u"p.json: \"places\" must be an array"_s;
        QTest::newRow("half a point") << QByteArray(
            R"({"conference": "c", "places": [{"id": "a", "name": "A", "lat": -42.9, "lon": null}]})")
                                      << u"p.json: places[0] (a) has lat but no lon: give both or neither"_s;
        QTest::newRow("off the earth") << QByteArray(
            R"({"conference": "c", "places": [{"id": "a", "name": "A", "lat": -42.9, "lon": 247}]})")
                                       << u"p.json: places[0] (a): -42.9, 247 is not a location"_s;
        QTest::newRow("text for a number") << QByteArray(
            R"({"conference": "c", "places": [{"id": "a", "name": "A", "lat": "-42.9", "lon": 147}]})")
                                           << u"p.json: places[0].lat must be a number or null"_s;
        QTest::newRow("no name") << QByteArray(R"({"conference": "c", "places": [{"id": "a"}]})")
                                 << u"p.json: places[0].name must be a non-empty string"_s;
        QTest::newRow("twice") << QByteArray(R"({"conference": "c", "places": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]})")
                               << u"p.json: places[1] repeats the id \"a\""_s;
        QTest::newRow("venue missing") << QByteArray(R"({"conference": "c", "venue": "v", "places": [{"id": "a", "name": "A"}]})")
                                       << u"p.json: the venue \"v\" is not one of the places"_s;
    }

    void mistakesAreNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!PlacesFile::parse(bytes, u"p.json"_s, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPlacesFile)
#include "tst_placesfile.moc"
