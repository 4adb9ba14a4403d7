#include "TestApp.h"
#include "TestSupport.h"

#include "feeds/FeedImporter.h"
#include "models/TrackPalette.h"

#include <QColor>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace
{
/**
 * The measure: CIE 1976 ΔE*ab in CIELAB. 2.3 is a just noticeable difference; at 12 two swatches
 * side by side are plainly different colours (FOSDEM's Main Track, DNS and SDR lilacs were 3 to 6 apart).
 */
constexpr double kMinimumDifference = 12.0;

/** The closest pair of a list of colours, as "name and name: ΔE". */
struct Closest
{
    double difference = 1000.0;
    QString pair;
};

Closest closestPair(const QStringList &names, const QStringList &colors)
{
    Closest closest;
    for (qsizetype i = 0; i < colors.size(); ++i) {
        for (qsizetype j = i + 1; j < colors.size(); ++j) {
            const double difference = TrackPalette::difference(colors[i], colors[j]);
            if (difference < closest.difference)
                closest = {difference,
                           u"%1 (%2) and %3 (%4): ΔE %5"_s.arg(names[i], colors[i], names[j], colors[j]).arg(difference, 0, 'f', 1)};
        }
    }
    return closest;
}
} // namespace

/** Track colours: one conference's tracks clearly apart from each other and from "no track". */
class TestTrackPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theMeasure()
    {
        QVERIFY(qAbs(TrackPalette::difference(u"#ffffff"_s, u"#000000"_s) - 100.0) < 0.01);
        QCOMPARE(TrackPalette::difference(u"#8a8f98"_s, u"#8a8f98"_s), 0.0);
        // The CIELAB of sRGB red is (53.24, 80.09, 67.20).
        QVERIFY(qAbs(TrackPalette::difference(u"#ff0000"_s, u"#000000"_s) - std::hypot(53.24, 80.09, 67.20)) < 0.1);
    }

    void colorsAreStableAndReadable()
    {
        const QStringList ten = TrackPalette::colors(10);
        const QStringList hundred = TrackPalette::colors(100);
        QCOMPARE(hundred.mid(0, 10), ten); // a new track never changes the colours before it
        for (const QString &name : hundred) {
            // Mid lightness: the swatch and a block's edge read on white and on a dark base.
            const QColor color(name);
            QVERIFY2(color.isValid(), qPrintable(name));
            QVERIFY2(TrackPalette::difference(name, u"#ffffff"_s) > 30.0, qPrintable(name));
            QVERIFY2(TrackPalette::difference(name, u"#2a2e32"_s) > 30.0, qPrintable(name));
        }
        QVERIFY(TrackPalette::colors(0).isEmpty());
        QCOMPARE(TrackPalette::colors(5000).size(), 5000);
    }

    void fosdemTracksArePairwiseDistinct()
    {
        LANYARD_REQUIRE_FEED(path, "fosdem-2026_pentabarf.xml");
        ImportOptions options;
        options.sourceName = path;
        const ImportResult imported = FeedImporter::import(TestSupport::readFile(path), options);
        QVERIFY2(imported.ok(), qPrintable(imported.error ? imported.error->toString() : QString()));
        TestApp app;
        QVERIFY2(app.opened, qPrintable(app.openError));
        QVERIFY(app.schedule->apply(imported.schedule, {path, {}}).ok());
        app.controller->setConferenceId(imported.schedule.conference.acronym);
        const QStringList tracks = app.controller->tracks();
        QVERIFY2(tracks.size() > 60, qPrintable(QString::number(tracks.size())));
        QVERIFY(tracks.contains(u"Main Track"_s));
        QVERIFY(tracks.contains(u"DNS"_s));
        QVERIFY(std::any_of(tracks.cbegin(), tracks.cend(), [](const QString &t) { return t.contains(u"SDR"_s); }));

        QStringList colors;
        for (const QString &track : tracks)
            colors.append(app.controller->trackColor(track));
        const Closest closest = closestPair(tracks, colors);
        QVERIFY2(closest.difference >= kMinimumDifference, qPrintable(u"closest: "_s + closest.pair));
        // Nor near the grey of the events without a track.
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            const double toGrey = TrackPalette::difference(colors[i], TrackPalette::noTrackColor());
            QVERIFY2(toGrey >= kMinimumDifference, qPrintable(u"%1 (%2) is near the no-track grey"_s.arg(tracks[i], colors[i])));
        }
        QCOMPARE(app.controller->trackColor(QString()), TrackPalette::noTrackColor());
    }
};

QTEST_GUILESS_MAIN(TestTrackPalette)

#include "tst_trackpalette.moc"
