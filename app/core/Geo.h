#pragma once

#include <QPointF>
#include <QString>

#include <optional>

/** A point on the earth in WGS84 decimal degrees (south and west negative). */
struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
    bool operator==(const GeoPoint &other) const = default;
};

/**
 * Distances and a flat picture of the places around a venue. Good enough for planning an
 * afternoon: great-circle distances on a sphere (WGS84 mean radius), travel time as the straight
 * line at a chosen speed (roads are longer: the UI says so), and a local projection that is
 * accurate to well under one percent within a hundred kilometres of its centre.
 */
namespace Geo
{
/** The WGS84 mean earth radius (IUGG R1), in kilometres. */
inline constexpr double kEarthMeanRadiusKm = 6371.0088;

/** Latitude in [-90, 90], longitude in [-180, 180], both finite. */
bool isValid(double latitude, double longitude);
/** A point when both values make one (see isValid), else nothing. */
std::optional<GeoPoint> point(double latitude, double longitude);

/** Great-circle distance by the haversine formula, in kilometres. */
double distanceKm(const GeoPoint &a, const GeoPoint &b);
/** Initial bearing from `a` to `b`, degrees clockwise from north in [0, 360). */
double bearingDegrees(const GeoPoint &a, const GeoPoint &b);

/** Minutes to cover `km` at `kmh`, rounded up; -1 when the speed is not positive. */
int travelMinutes(double km, double kmh);

/**
 * East and north offsets of `p` from `origin`, in kilometres, on the plane tangent at the origin
 * (equirectangular, scaled by the cosine of the origin's latitude): x east, y north.
 */
QPointF projectKm(const GeoPoint &origin, const GeoPoint &p);

/** https://www.openstreetmap.org/?mlat=LAT&mlon=LON#map=ZOOM/LAT/LON with six decimals. */
QString openStreetMapUrl(const GeoPoint &p, int zoom = 15);
/** "-42.901940" : six decimals, a dot, whatever the locale (RFC 5545 GEO, URLs, CSV). */
QString coordinate(double degrees);
} // namespace Geo
