#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliPlanning.h"

#include "agenda/Agenda.h"
#include "agenda/AgendaJson.h"
#include "agenda/TripPlanning.h"
#include "core/TimeRules.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kUsage = u"usage: lanyard trips [--conference ID] [--json] | trips add --title T --from ISO --to ISO "
                       "[--place ID] [--notes N] [--who W] [--conference ID] | trips edit ID [same options] | "
                       "trips remove ID"_s;

/** Fills in the options that are set; the rest of `trip` stays as it is. */
bool applyOptions(CliContext &context, const QCommandLineParser &parser, const Conference &conference, Trip &trip)
{
    QString error;
    if (parser.isSet(u"title"_s))
        trip.title = parser.value(u"title"_s);
    if (parser.isSet(u"place"_s))
        trip.placeId = parser.value(u"place"_s).trimmed();
    if (parser.isSet(u"notes"_s))
        trip.notes = parser.value(u"notes"_s);
    if (parser.isSet(u"who"_s))
        trip.who = parser.value(u"who"_s);
    for (const auto &[option, target] : {std::pair{u"from"_s, &trip.start}, std::pair{u"to"_s, &trip.end}}) {
        if (!parser.isSet(option))
            continue;
        const auto when = CliPlanning::parseWhen(parser.value(option), conference, u"--"_s + option, &error);
        if (!when) {
            context.fail(u"trips: "_s + error);
            return false;
        }
        *target = *when;
    }
    return true;
}

int printTrips(CliContext &context, const QString &conferenceId, bool json)
{
    Agenda::Options options;
    options.conferenceId = conferenceId;
    options.otherItems = TripPlanning::agendaItems(context.tripSources(), context.schedule, conferenceId);
    // Built with the bookmarks, so that each trip's conflicts with talks are known.
    const Agenda agenda = Agenda::build(context.schedule, context.userData, options);
    QJsonArray array;
    bool any = false;
    for (const AgendaItem &item : agenda.items()) {
        if (item.kind != AgendaItem::Kind::Trip)
            continue;
        any = true;
        std::optional<double> distance;
        if (const auto place = context.places->place(item.conferenceId, item.placeId))
            distance = context.places->distanceFromVenueKm(*place);
        const QTimeZone zone = agenda.zoneOf(item);
        if (json) {
            QJsonObject object = AgendaJson::toJson(item, zone);
            object.insert(u"distanceKm"_s, distance ? QJsonValue(std::round(*distance * 1000) / 1000) : QJsonValue(QJsonValue::Null));
            array.append(object);
            continue;
        }
        const QDateTime start = item.start.toTimeZone(zone);
        const QDateTime end = item.end.toTimeZone(zone);
        context.out << item.id << "  " << start.toString(u"ddd yyyy-MM-dd HH:mm"_s) << "-"
                    << (end.date() == start.date() ? end.toString(u"HH:mm"_s) : end.toString(u"ddd HH:mm"_s)) << " "
                    << TimeRules::offsetString(start.offsetFromUtc()) << "  " << item.title;
        if (!item.location.isEmpty())
            context.out << "  [" << item.location << (distance ? u", "_s + CliPlanning::kilometres(*distance) : QString()) << "]";
        else if (!item.placeId.isEmpty())
            context.out << "  [place " << item.placeId << " not known here]";
        context.out << Qt::endl;
        if (!item.who.isEmpty())
            context.out << "      who: " << item.who << Qt::endl;
        for (const QString &other : item.conflicts) {
            const AgendaItem *clash = agenda.item(other);
            context.out << "      conflicts with " << other << "  " << (clash ? clash->title : QString()) << Qt::endl;
        }
        if (!item.note.isEmpty())
            context.out << "      notes: " << QString(item.note).replace(u'\n', u"\n             "_s) << Qt::endl;
    }
    if (json) {
        context.printJson(array);
        return 0;
    }
    if (!any)
        context.out << "No trips yet (lanyard trips add --title T --from ISO --to ISO)." << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::trips(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"title"_s, u"What the trip is."_s, u"T"_s));
    parser.addOption(QCommandLineOption(u"from"_s, u"When it starts (ISO 8601; without an offset: the conference's time)."_s, u"ISO"_s));
    parser.addOption(QCommandLineOption(u"to"_s, u"When it ends."_s, u"ISO"_s));
    parser.addOption(QCommandLineOption(u"place"_s, u"Where it goes: a place id (see lanyard places)."_s, u"ID"_s));
    parser.addOption(QCommandLineOption(u"notes"_s, u"Notes."_s, u"N"_s));
    parser.addOption(QCommandLineOption(u"who"_s, u"Who is going."_s, u"W"_s));
    if (!CliArguments::parse(parser, u"trips"_s, arguments, context))
        return 2;
    if (!CliPlanning::requireStores(context, u"trips"_s))
        return 1;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    QString error;

    if (action.isEmpty()) {
        for (const QString &option : {u"title"_s, u"from"_s, u"to"_s, u"place"_s, u"notes"_s, u"who"_s}) {
            if (parser.isSet(option))
                return context.fail(u"trips: --%1 is for trips add or trips edit"_s.arg(option));
        }
        QString conferenceId;
        if (parser.isSet(u"conference"_s)) {
            const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
            if (!conference)
                return context.fail(error);
            conferenceId = conference->id;
        }
        return printTrips(context, conferenceId, parser.isSet(u"json"_s));
    }

    if (action == u"add"_s) {
        if (positional.size() != 1)
            return context.fail(kUsage);
        for (const QString &option : {u"title"_s, u"from"_s, u"to"_s}) {
            if (!parser.isSet(option))
                return context.fail(u"trips add: --%1 is required (%2)"_s.arg(option, kUsage));
        }
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(error);
        Trip trip;
        trip.conferenceId = conference->id;
        if (!applyOptions(context, parser, *conference, trip))
            return 1;
        const auto id = context.trips->add(trip, &error);
        if (!id)
            return context.fail(u"trips add: "_s + error);
        context.out << *id << Qt::endl;
        return 0;
    }

    if (action == u"edit"_s || action == u"remove"_s) {
        if (positional.size() != 2)
            return context.fail(kUsage);
        const auto id = context.trips->resolveId(positional.at(1), &error);
        if (!id)
            return context.fail(u"trips %1: %2"_s.arg(action, error));
        if (action == u"remove"_s) {
            const Trip trip = *context.trips->trip(*id);
            if (!context.trips->remove(*id, &error))
                return context.fail(u"trips remove: "_s + error);
            context.out << "removed trip " << *id << "  " << trip.title << Qt::endl;
            return 0;
        }
        Trip trip = *context.trips->trip(*id);
        const auto conference = context.schedule.conference(trip.conferenceId);
        if (!conference && (parser.isSet(u"from"_s) || parser.isSet(u"to"_s)))
            return context.fail(u"trips edit: the trip's conference %1 is not here, so times need an offset"_s.arg(trip.conferenceId));
        if (!applyOptions(context, parser, conference.value_or(Conference{}), trip))
            return 1;
        if (!context.trips->update(trip, &error))
            return context.fail(u"trips edit: "_s + error);
        context.out << "changed trip " << *id << "  " << trip.title << Qt::endl;
        return 0;
    }
    return context.fail(kUsage);
}
