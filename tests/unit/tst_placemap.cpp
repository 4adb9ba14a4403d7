#include "TestApp.h"

#include "models/PlaceListModel.h"
#include "models/PlaceMap.h"
#include "sync/BundledProgramme.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The drawn map: rings and scale, the venue in the middle, far places at the edge, nothing for a place without a location. */
class TestPlaceMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringsAndScale()
    {
        QCOMPARE(PlaceMap::ringDistances(12), (QList<double>{1, 2, 5, 10}));
        QCOMPARE(PlaceMap::ringDistances(70), (QList<double>{5, 10, 25, 50})); // 100 km is beyond the corners
        QCOMPARE(PlaceMap::scaleBarKm(4.4), 5.0);
        QCOMPARE(PlaceMap::scaleBarKm(1.3), 1.0);
        QCOMPARE(PlaceMap::scaleBarKm(16), 20.0);
    }

    void drawsTheBundledPlaces()
    {
        TestApp app;
        QVERIFY2(app.opened, qPrintable(app.openError));
        QString error;
        QVERIFY2(BundledProgramme::ensureLoaded(*app.schedule, app.clock.now(), &error), qPrintable(error));
        QVERIFY(app.places->load());
        app.controller->setConferenceId(u"pyconau2013"_s);
        PlaceListModel places(app.controller, app.tripController);
        PlaceMap map;
        map.setSize(QSizeF(800, 600));
        map.setModel(&places);
        map.setBackgroundColor(Qt::white);
        map.setTextColor(Qt::black);
        map.setAccentColor(QColor(0xc0, 0x39, 0x2b));
        map.setRadiusKm(12);

        QImage image(800, 600, QImage::Format_ARGB32);
        {
            QPainter painter(&image);
            map.paint(&painter);
        }
        // The venue, a red square, in the middle.
        QCOMPARE(image.pixelColor(400, 300), QColor(0xc0, 0x39, 0x2b));
        // Within 12 km: the venue and the nine places up to Kingston Beach (Jack Greene and Salamanca Place
        // share a point); New Norfolk and Nant point from the edge; Lark Distillery, with no location, is not drawn.
        QCOMPARE(map.placesInView(), 9);
        // The summit, 8.2 km west (and a little north): a green dot at its projected point.
        const QPointF summit = places.rows().at(places.indexOf(u"kunanyi-mount-wellington"_s)).offsetKm;
        const double pxPerKm = (300 - 28) / 12.0;
        const QPoint at(qRound(400 + summit.x() * pxPerKm), qRound(300 - summit.y() * pxPerKm));
        QCOMPARE(image.pixelColor(at), QColor(0x1f, 0x8a, 0x70));

        // Zoomed out, everything with a location is inside.
        map.showAll();
        QVERIFY(map.radiusKm() > 64);
        QImage wide(800, 600, QImage::Format_ARGB32);
        {
            QPainter painter(&wide);
            map.paint(&painter);
        }
        QCOMPARE(map.placesInView(), 11);
        map.zoomIn();
        QVERIFY(map.radiusKm() < 64);
    }
};

QTEST_MAIN(TestPlaceMap)
#include "tst_placemap.moc"
