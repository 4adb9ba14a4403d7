#include "PlacesFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace PlacesFile
{

namespace
{
bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

/** A string field (null or absent: empty when optional). */
bool readText(const QJsonObject &object, const QString &key, bool required, const QString &where, QString &target, QString *errorMessage)
{
    const QJsonValue value = object.value(key);
    if (value.isString() && !value.toString().trimmed().isEmpty()) {
        target = value.toString().trimmed();
        return true;
    }
    if (!required && (value.isUndefined() || value.isNull() || value.isString()))
        return true;
    // "places.json: conference ..." at the top, "places.json: places[2].name ..." in an entry.
    const QString field = where + (where.endsWith(u']') ? u"."_s : u": "_s) + key;
    return fail(errorMessage, required ? u"%1 must be a non-empty string"_s.arg(field) : u"%1 must be a string or null"_s.arg(field));
}

bool readNumber(const QJsonObject &object, const QString &key, const QString &where, std::optional<double> &target, QString *errorMessage)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble())
        return fail(errorMessage, u"%1.%2 must be a number or null"_s.arg(where, key));
    target = value.toDouble();
    return true;
}
} // namespace

std::optional<Catalogue> parse(const QByteArray &bytes, const QString &sourceName, QString *errorMessage)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(errorMessage, u"%1 (byte %2): not valid JSON: %3"_s.arg(sourceName).arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(errorMessage, u"%1: a places file is a JSON object"_s.arg(sourceName));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Catalogue catalogue;
    if (!readText(root, u"conference"_s, true, sourceName, catalogue.conferenceId, errorMessage)
        || !readText(root, u"venue"_s, false, sourceName, catalogue.venueId, errorMessage))
        return std::nullopt;
    const QJsonValue list = root.value(u"places"_s);
    if (!list.isArray()) {
        fail(errorMessage, u"%1: \"places\" must be an array"_s.arg(sourceName));
        return std::nullopt;
    }
    QSet<QString> ids;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"%1: places[%2]"_s.arg(sourceName).arg(i);
        if (!entries.at(i).isObject()) {
            fail(errorMessage, u"%1 is not an object"_s.arg(where));
            return std::nullopt;
        }
        const QJsonObject entry = entries.at(i).toObject();
        Place place;
        place.conferenceId = catalogue.conferenceId;
        std::optional<double> lat;
        std::optional<double> lon;
        if (!readText(entry, u"id"_s, true, where, place.id, errorMessage)
            || !readText(entry, u"name"_s, true, where, place.name, errorMessage)
            || !readText(entry, u"category"_s, false, where, place.category, errorMessage)
            || !readText(entry, u"locality"_s, false, where, place.locality, errorMessage)
            || !readText(entry, u"precision"_s, false, where, place.precision, errorMessage)
            || !readNumber(entry, u"lat"_s, where, lat, errorMessage) || !readNumber(entry, u"lon"_s, where, lon, errorMessage)
            || !readNumber(entry, u"elevation_m"_s, where, place.elevationMetres, errorMessage))
            return std::nullopt;
        if (lat.has_value() != lon.has_value()) {
            fail(errorMessage,
                 u"%1 (%2) has %3 but no %4: give both or neither"_s.arg(where, place.id, lat ? u"lat"_s : u"lon"_s,
                                                                         lat ? u"lon"_s : u"lat"_s));
            return std::nullopt;
        }
        if (lat) {
            place.location = Geo::point(*lat, *lon);
            if (!place.location) {
                fail(errorMessage, u"%1 (%2): %3, %4 is not a location"_s.arg(where, place.id).arg(*lat).arg(*lon));
                return std::nullopt;
            }
        }
        if (ids.contains(place.id)) {
            fail(errorMessage, u"%1 repeats the id \"%2\""_s.arg(where, place.id));
            return std::nullopt;
        }
        ids.insert(place.id);
        place.isVenue = place.id == catalogue.venueId;
        catalogue.places.append(place);
    }
    if (!catalogue.venueId.isEmpty() && !ids.contains(catalogue.venueId)) {
        fail(errorMessage, u"%1: the venue \"%2\" is not one of the places"_s.arg(sourceName, catalogue.venueId));
        return std::nullopt;
    }
    return catalogue;
}

} // namespace PlacesFile
