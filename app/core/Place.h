#pragma once

#include "Geo.h"

#include <QDateTime>
#include <QString>

#include <optional>

/**
 * A place around a conference: from the conference's catalogue (the bundled Hobart places: the
 * venue, lookouts, towns, pubs) or made by the user. A place without a known location keeps
 * `location` empty; it is listed, never placed on the map at an invented point.
 */
struct Place
{
    QString conferenceId;
    /** Unique within the conference (catalogue: the file's slug; user places: "place-" and hex digits). */
    QString id;
    QString name;
    QString category;
    QString locality;
    std::optional<GeoPoint> location;
    std::optional<double> elevationMetres;
    /** How exact the point is: building, summit, address, street, locality, town, unknown. */
    QString precision;
    bool isVenue = false;
    /** Made by the user (user data, in the backup), not from the catalogue. */
    bool userMade = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasLocation() const { return location.has_value(); }
    bool operator==(const Place &other) const = default;
};
