#include "Geo.h"

#include <cmath>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace Geo
{

namespace
{
constexpr double kDegree = std::numbers::pi / 180.0;
}

bool isValid(double latitude, double longitude)
{
    return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90.0 && latitude <= 90.0 && longitude >= -180.0
        && longitude <= 180.0;
}

std::optional<GeoPoint> point(double latitude, double longitude)
{
    if (!isValid(latitude, longitude))
        return std::nullopt;
    return GeoPoint{latitude, longitude};
}

double distanceKm(const GeoPoint &a, const GeoPoint &b)
{
    const double phi1 = a.latitude * kDegree;
    const double phi2 = b.latitude * kDegree;
    const double dPhi = (b.latitude - a.latitude) * kDegree;
    const double dLambda = (b.longitude - a.longitude) * kDegree;
    const double sinPhi = std::sin(dPhi / 2);
    const double sinLambda = std::sin(dLambda / 2);
    const double h = sinPhi * sinPhi + std::cos(phi1) * std::cos(phi2) * sinLambda * sinLambda;
    // min() guards against rounding just above 1 for antipodal points.
    return 2 * kEarthMeanRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double bearingDegrees(const GeoPoint &a, const GeoPoint &b)
{
    const double phi1 = a.latitude * kDegree;
    const double phi2 = b.latitude * kDegree;
    const double dLambda = (b.longitude - a.longitude) * kDegree;
    const double y = std::sin(dLambda) * std::cos(phi2);
    const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLambda);
    const double degrees = std::atan2(y, x) / kDegree;
    return std::fmod(degrees + 360.0, 360.0);
}

int travelMinutes(double km, double kmh)
{
    if (!(kmh > 0) || !std::isfinite(km) || km < 0)
        return -1;
    // A whisker below a whole minute stays that minute (7.6 km at 45.6 km/h is 10, not 11).
    return int(std::ceil(km / kmh * 60.0 - 1e-9));
}

QPointF projectKm(const GeoPoint &origin, const GeoPoint &p)
{
    const double kmPerDegree = kEarthMeanRadiusKm * kDegree;
    const double east = (p.longitude - origin.longitude) * kmPerDegree * std::cos(origin.latitude * kDegree);
    const double north = (p.latitude - origin.latitude) * kmPerDegree;
    return {east, north};
}

QString coordinate(double degrees)
{
    return QString::number(degrees, 'f', 6);
}

QString openStreetMapUrl(const GeoPoint &p, int zoom)
{
    const QString lat = coordinate(p.latitude);
    const QString lon = coordinate(p.longitude);
    return u"https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=%3/%1/%2"_s.arg(lat, lon, QString::number(zoom));
}

} // namespace Geo
