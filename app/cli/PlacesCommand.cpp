#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliPlanning.h"

#include "agenda/TripPlanning.h"
#include "store/PlaceStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct Row
{
    Place place;
    std::optional<double> distanceKm;
};

/** The venue first, then by distance; places without a location last, by name. */
QList<Row> sortedByDistance(const PlaceStore &store, const QString &conferenceId)
{
    QList<Row> rows;
    for (const Place &place : store.places(conferenceId))
        rows.append({place, store.distanceFromVenueKm(place)});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.place.isVenue != b.place.isVenue)
            return a.place.isVenue;
        if (a.distanceKm.has_value() != b.distanceKm.has_value())
            return a.distanceKm.has_value();
        if (a.distanceKm && *a.distanceKm != *b.distanceKm)
            return *a.distanceKm < *b.distanceKm;
        return QString::compare(a.place.name, b.place.name, Qt::CaseInsensitive) < 0;
    });
    return rows;
}

/** "-42.896, 147.237306" (comma, semicolon or spaces between the two). */
std::optional<GeoPoint> parseLocation(const QString &text)
{
    static const QRegularExpression separator(u"\\s*[,;]\\s*|\\s+"_s);
    const QStringList parts = text.trimmed().split(separator, Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return std::nullopt;
    bool latOk = false;
    bool lonOk = false;
    const double lat = parts[0].toDouble(&latOk);
    const double lon = parts[1].toDouble(&lonOk);
    if (!latOk || !lonOk)
        return std::nullopt;
    return Geo::point(lat, lon);
}

int addPlace(CliContext &context, QCommandLineParser &parser, const Conference &conference)
{
    Place place;
    place.conferenceId = conference.id;
    place.name = parser.value(u"name"_s);
    place.category = parser.value(u"category"_s);
    place.notes = parser.value(u"notes"_s);
    if (parser.isSet(u"at"_s)) {
        place.location = parseLocation(parser.value(u"at"_s));
        if (!place.location)
            return context.fail(u"places add: --at takes \"LAT,LON\" in decimal degrees (south and west negative), not \"%1\""_s.arg(
                parser.value(u"at"_s)));
    }
    QString error;
    const auto id = context.places->add(place, &error);
    if (!id)
        return context.fail(u"places add: "_s + error);
    context.out << *id << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::places(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"speed"_s, u"Travel speed for the travel times, km/h (default 40)."_s, u"KMH"_s));
    parser.addOption(QCommandLineOption(u"name"_s, u"places add: the place's name."_s, u"NAME"_s));
    parser.addOption(QCommandLineOption(u"at"_s, u"places add: its location, \"LAT,LON\"."_s, u"LAT,LON"_s));
    parser.addOption(QCommandLineOption(u"category"_s, u"places add: a category."_s, u"TEXT"_s));
    parser.addOption(QCommandLineOption(u"notes"_s, u"places add: notes."_s, u"TEXT"_s));
    if (!CliArguments::parse(parser, u"places"_s, arguments, context))
        return 2;
    if (!CliPlanning::requireStores(context, u"places"_s))
        return 1;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!positional.isEmpty() && action != u"add"_s && action != u"remove"_s)
        return context.fail(u"usage: lanyard places [--conference ID] [--json] | places add --name NAME [--at LAT,LON] "
                            "[--category C] [--notes N] | places remove ID"_s);

    QString error;
    if (action == u"remove"_s) {
        if (positional.size() != 2)
            return context.fail(u"usage: lanyard places remove ID"_s);
        if (!context.places->remove(positional.at(1), &error))
            return context.fail(u"places remove: "_s + error);
        context.out << "removed place " << positional.at(1) << Qt::endl;
        return 0;
    }
    const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
    if (!conference)
        return context.fail(error);
    if (action == u"add"_s) {
        if (positional.size() != 1)
            return context.fail(u"places add: unexpected argument \"%1\""_s.arg(positional.at(1)));
        return addPlace(context, parser, *conference);
    }
    for (const QString &option : {u"name"_s, u"at"_s, u"category"_s, u"notes"_s}) {
        if (parser.isSet(option))
            return context.fail(u"places: --%1 is for places add"_s.arg(option));
    }

    double speed = TripPlanning::kDrivingKmh;
    if (parser.isSet(u"speed"_s)) {
        bool ok = false;
        speed = parser.value(u"speed"_s).toDouble(&ok);
        if (!ok || !(speed > 0) || speed > 1000)
            return context.fail(u"places: --speed takes km/h, a number above 0, not \"%1\""_s.arg(parser.value(u"speed"_s)));
    }

    const QList<Row> rows = sortedByDistance(*context.places, conference->id);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Row &row : rows) {
            const Place &place = row.place;
            const auto nullable = [](const std::optional<double> &value) {
                return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
            };
            array.append(QJsonObject{
                {u"id"_s, place.id},
                {u"conference"_s, place.conferenceId},
                {u"name"_s, place.name},
                {u"category"_s, place.category},
                {u"locality"_s, place.locality},
                {u"lat"_s, nullable(place.location ? std::optional<double>(place.location->latitude) : std::nullopt)},
                {u"lon"_s, nullable(place.location ? std::optional<double>(place.location->longitude) : std::nullopt)},
                {u"elevationM"_s, nullable(place.elevationMetres)},
                {u"precision"_s, place.precision},
                {u"venue"_s, place.isVenue},
                {u"mine"_s, place.userMade},
                {u"notes"_s, place.notes},
                // Rounded to metres: more digits would claim a precision the points do not have.
                {u"distanceKm"_s,
                 nullable(row.distanceKm ? std::optional<double>(std::round(*row.distanceKm * 1000) / 1000) : std::nullopt)},
                {u"travelMinutes"_s,
                 row.distanceKm ? QJsonValue(Geo::travelMinutes(*row.distanceKm, speed)) : QJsonValue(QJsonValue::Null)},
            });
        }
        context.printJson(array);
        return 0;
    }
    if (rows.isEmpty()) {
        context.out << "No places for " << conference->title << " (lanyard places add --name NAME --at LAT,LON)." << Qt::endl;
        return 0;
    }
    for (const Row &row : rows) {
        const Place &place = row.place;
        QString where;
        if (place.isVenue)
            where = u"venue"_s;
        else if (row.distanceKm)
            where = CliPlanning::kilometres(*row.distanceKm) + u" ~%1 min"_s.arg(Geo::travelMinutes(*row.distanceKm, speed));
        else if (!place.location)
            where = u"no location"_s;
        context.out << place.id.leftJustified(28) << " " << where.leftJustified(16) << " " << place.name;
        if (!place.category.isEmpty())
            context.out << "  [" << place.category << "]";
        if (place.userMade)
            context.out << "  (mine)";
        context.out << Qt::endl;
    }
    context.out << "Distances: great circle from the venue; travel times: straight line at " << QString::number(speed, 'g', 4)
                << " km/h (roads are longer)." << Qt::endl;
    return 0;
}
