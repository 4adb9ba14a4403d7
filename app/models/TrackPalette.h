#pragma once

#include <QList>
#include <QString>

/**
 * Colours for a conference's tracks, clearly apart from each other: FOSDEM has some 70 tracks,
 * and hues alone (even a golden angle apart) gave it neighbours one could not tell apart.
 * Picked in CIELAB, where distance is close to how different two colours look.
 */
namespace TrackPalette
{
/** The colour of an event without a track (a grey no track colour comes near). */
QString noTrackColor();

/**
 * "#rrggbb" for the first `count` tracks. Each colour is the one farthest from all before it,
 * so a few tracks get very different colours, a new track never changes the earlier ones, and
 * all stay apart from the grey of "no track" and the colours the views use for trips, conflicts
 * and bookmarks. Lightness between 48 and 68: a block's edge and swatch read on light and dark
 * backgrounds alike.
 */
QStringList colors(qsizetype count);

/** CIE 1976 colour difference (ΔE*ab) of two "#rrggbb" colours: 2.3 is just noticeable. */
double difference(const QString &first, const QString &second);
} // namespace TrackPalette
