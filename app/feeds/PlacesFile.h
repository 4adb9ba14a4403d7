#pragma once

#include "core/Place.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/**
 * A conference's places catalogue as the project writes it (data/pyconau2013/places.json):
 * {"conference": ID, "venue": PLACE_ID, "places": [{id, name, category, locality, lat, lon,
 * elevation_m?, precision, precision_note}]}. lat and lon are both numbers or both null (a place
 * without a sourced location is kept, without one). Read whole or not at all: a mistake is
 * reported with where it is, and nothing is returned.
 */
namespace PlacesFile
{
struct Catalogue
{
    QString conferenceId;
    QString venueId;
    /** In the file's order; the venue has isVenue set. */
    QList<Place> places;
};

std::optional<Catalogue> parse(const QByteArray &bytes, const QString &sourceName, QString *errorMessage);
} // namespace PlacesFile
