#include "core/Geo.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace
{
const GeoPoint kWrestPoint{-42.90194, 147.33806};
const GeoPoint kKunanyiSummit{-42.896, 147.237306};

/**
 * Vincenty's inverse formula on the WGS84 ellipsoid: an independent way to the same distance
 * (a different model of the earth, so it agrees with the sphere to within a few tenths of a per cent).
 */
double vincentyKm(const GeoPoint &p1, const GeoPoint &p2)
{
    const double a = 6378137.0;
    const double f = 1 / 298.257223563;
    const double b = (1 - f) * a;
    const double rad = std::numbers::pi / 180;
    const double L = (p2.longitude - p1.longitude) * rad;
    const double U1 = std::atan((1 - f) * std::tan(p1.latitude * rad));
    const double U2 = std::atan((1 - f) * std::tan(p2.latitude * rad));
    const double sinU1 = std::sin(U1), cosU1 = std::cos(U1), sinU2 = std::sin(U2), cosU2 = std::cos(U2);
    double lambda = L;
    double sinSigma = 0, cosSigma = 0, sigma = 0, cosSqAlpha = 0, cos2SigmaM = 0;
    for (int i = 0; i < 200; ++i) {
        const double sinLambda = std::sin(lambda), cosLambda = std::cos(lambda);
        sinSigma = std::sqrt(std::pow(cosU2 * sinLambda, 2) + std::pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
        if (sinSigma == 0)
            return 0;
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
        sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
        cosSqAlpha = 1 - sinAlpha * sinAlpha;
        cos2SigmaM = cosSqAlpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha : 0;
        const double C = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
        const double previous = lambda;
        lambda = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - previous) < 1e-12)
            break;
    }
    const double uSq = cosSqAlpha * (a * a - b * b) / (b * b);
    const double A = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
    const double B = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
    const double deltaSigma = B * sinSigma
        * (cos2SigmaM
           + B / 4
               * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                  - B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    return b * A * (sigma - deltaSigma) / 1000;
}
} // namespace

/** Great-circle distances, travel times, the local projection and OpenStreetMap links. */
class TestGeo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDistancesOnTheSphere()
    {
        // One degree of a great circle is 2πR/360; half the world is πR.
        const double degree = 2 * std::numbers::pi * Geo::kEarthMeanRadiusKm / 360;
        QVERIFY(std::abs(Geo::distanceKm({0, 0}, {0, 1}) - degree) < 1e-9);
        QVERIFY(std::abs(Geo::distanceKm({0, 10}, {1, 10}) - degree) < 1e-9);
        QVERIFY(std::abs(Geo::distanceKm({0, 0}, {0, 180}) - std::numbers::pi * Geo::kEarthMeanRadiusKm) < 1e-6);
        QVERIFY(std::abs(Geo::distanceKm({90, 0}, {-90, 0}) - std::numbers::pi * Geo::kEarthMeanRadiusKm) < 1e-6);
        QCOMPARE(Geo::distanceKm(kWrestPoint, kWrestPoint), 0.0);
        // Symmetric.
        QCOMPARE(Geo::distanceKm(kWrestPoint, kKunanyiSummit), Geo::distanceKm(kKunanyiSummit, kWrestPoint));
    }

    void wrestPointToTheKunanyiSummit()
    {
        const double haversine = Geo::distanceKm(kWrestPoint, kKunanyiSummit);
        // From the bundled coordinates the summit is 8.23 km west of the venue in a straight line
        // (0.1008° of longitude at 42.9° south is 8.2 km on its own; the 0.006° of latitude adds little).
        QVERIFY2(std::abs(haversine - 8.2336) < 0.001, qPrintable(QString::number(haversine, 'f', 6)));
        // The ellipsoid agrees to within half a per cent.
        const double vincenty = vincentyKm(kWrestPoint, kKunanyiSummit);
        QVERIFY2(std::abs(haversine - vincenty) / vincenty < 0.005,
                 qPrintable(u"haversine %1 km, Vincenty %2 km"_s.arg(haversine, 0, 'f', 4).arg(vincenty, 0, 'f', 4)));
        // Longer lines too: Hobart to New Norfolk (the Derwent, upstream).
        const GeoPoint newNorfolk{-42.78278, 147.05944};
        QVERIFY(std::abs(Geo::distanceKm(kWrestPoint, newNorfolk) - vincentyKm(kWrestPoint, newNorfolk))
                    / vincentyKm(kWrestPoint, newNorfolk)
                < 0.005);
    }

    void pythonComputesTheSameDistance()
    {
        const QString python = u"/usr/bin/python3"_s;
        if (!QFile::exists(python))
            QSKIP("/usr/bin/python3 is missing: cannot check the distance with an independent computation");
        // Python's own math, from the same coordinates and radius: the spherical law of cosines,
        // a different formula from the haversine in Lanyard.
        QProcess process;
        process.start(python, {u"-c"_s, uR"(
import math
a, b = (-42.90194, 147.33806), (-42.896, 147.237306)
p1, p2 = math.radians(a[0]), math.radians(b[0])
dl = math.radians(b[1] - a[1])
c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
print('%.9f' % (6371.0088 * math.acos(min(1.0, c))))
)"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const double pythonKm = QString::fromLatin1(process.readAllStandardOutput()).trimmed().toDouble();
        QVERIFY2(std::abs(pythonKm - Geo::distanceKm(kWrestPoint, kKunanyiSummit)) < 1e-5,
                 qPrintable(u"python %1 km"_s.arg(pythonKm, 0, 'f', 9)));
    }

    void bearings()
    {
        QVERIFY(std::abs(Geo::bearingDegrees({0, 0}, {1, 0}) - 0) < 1e-9);
        QVERIFY(std::abs(Geo::bearingDegrees({0, 0}, {0, 1}) - 90) < 1e-9);
        QVERIFY(std::abs(Geo::bearingDegrees({0, 0}, {-1, 0}) - 180) < 1e-9);
        QVERIFY(std::abs(Geo::bearingDegrees({0, 0}, {0, -1}) - 270) < 1e-9);
        // The summit is a little north of due west of the venue.
        const double toSummit = Geo::bearingDegrees(kWrestPoint, kKunanyiSummit);
        QVERIFY2(toSummit > 270 && toSummit < 280, qPrintable(QString::number(toSummit)));
    }

    void travelTimesRoundUp()
    {
        QCOMPARE(Geo::travelMinutes(8.2336, 40), 13); // 12.35 min
        QCOMPARE(Geo::travelMinutes(10, 40), 15); // exactly 15
        QCOMPARE(Geo::travelMinutes(1.7, 5), 21); // 20.4 min on foot
        QCOMPARE(Geo::travelMinutes(0, 40), 0);
        QCOMPARE(Geo::travelMinutes(5, 0), -1);
        QCOMPARE(Geo::travelMinutes(5, -3), -1);
        QCOMPARE(Geo::travelMinutes(-1, 40), -1);
    }

    void theLocalProjectionKeepsDistances()
    {
        const QPointF summit = Geo::projectKm(kWrestPoint, kKunanyiSummit);
        QVERIFY(summit.x() < -8 && summit.y() > 0); // west and a little north
        const double flat = std::hypot(summit.x(), summit.y());
        QVERIFY2(std::abs(flat - Geo::distanceKm(kWrestPoint, kKunanyiSummit)) < 0.01, qPrintable(QString::number(flat)));
        // Nant Distillery, 64 km away: still within one per cent.
        const GeoPoint nant{-42.383, 147.0};
        const QPointF far = Geo::projectKm(kWrestPoint, nant);
        const double sphere = Geo::distanceKm(kWrestPoint, nant);
        QVERIFY(std::abs(std::hypot(far.x(), far.y()) - sphere) / sphere < 0.01);
        QCOMPARE(Geo::projectKm(kWrestPoint, kWrestPoint), QPointF(0, 0));
    }

    void validity()
    {
        QVERIFY(Geo::isValid(-42.9, 147.3));
        QVERIFY(Geo::isValid(90, 180));
        QVERIFY(!Geo::isValid(90.0001, 0));
        QVERIFY(!Geo::isValid(0, -180.5));
        QVERIFY(!Geo::isValid(std::nan(""), 0));
        QVERIFY(!Geo::point(0, std::numeric_limits<double>::infinity()));
        QCOMPARE(*Geo::point(-42.9, 147.3), (GeoPoint{-42.9, 147.3}));
    }

    void openStreetMapLinks()
    {
        QCOMPARE(Geo::openStreetMapUrl(kKunanyiSummit),
                 u"https://www.openstreetmap.org/?mlat=-42.896000&mlon=147.237306#map=15/-42.896000/147.237306"_s);
        QCOMPARE(Geo::openStreetMapUrl({51.5, -0.12}, 12),
                 u"https://www.openstreetmap.org/?mlat=51.500000&mlon=-0.120000#map=12/51.500000/-0.120000"_s);
        QCOMPARE(Geo::coordinate(-42.90194), u"-42.901940"_s);
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
