#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "core/EventJson.h"
#include "core/TimeRules.h"
#include "store/EventSearch.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

int CliCommands::search(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"limit"_s, u"At most N events (default 20)."_s, u"N"_s, u"20"_s));
    parser.addOption(QCommandLineOption(u"not-recorded"_s, u"Only talks the feed says will not be recorded."_s));
    if (!CliArguments::parse(parser, u"search"_s, arguments, context))
        return 2;
    // All the words given are the query: `lanyard search stack overflow` needs no quotes.
    const QString text = parser.positionalArguments().join(u' ');
    if (text.trimmed().isEmpty())
        return context.fail(u"usage: lanyard search QUERY [--conference ID] [--limit N] [--not-recorded] [--json]"_s);
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return context.fail(u"search: --limit takes a whole number of at least 1, not \"%1\""_s.arg(parser.value(u"limit"_s)));

    SearchQuery query;
    query.text = text;
    query.limit = limit;
    query.notRecordedOnly = parser.isSet(u"not-recorded"_s);
    if (parser.isSet(u"conference"_s)) {
        QString error;
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(error);
        query.conferenceId = conference->id;
    }

    QList<SearchHit> hits;
    QString error;
    if (!EventSearch(context.database).search(query, &hits, EventSearch::Markup::None, &error))
        return context.fail(u"search: %1"_s.arg(error));

    // The hits are in rank order; the full events come back in start order, so put them back.
    QStringList ids;
    for (const SearchHit &hit : std::as_const(hits))
        ids.append(hit.eventId);
    QHash<QString, Event> byId;
    for (Event &event : context.schedule.eventsByIds(ids))
        byId.emplace(event.id, std::move(event));
    QHash<QString, QTimeZone> zones;
    auto zoneOf = [&](const QString &conferenceId) {
        auto found = zones.constFind(conferenceId);
        if (found == zones.constEnd()) {
            const auto conference = context.schedule.conference(conferenceId);
            found = zones.insert(conferenceId, conference ? conference->timeZone() : QTimeZone::utc());
        }
        return *found;
    };

    const bool json = parser.isSet(u"json"_s);
    QJsonArray array;
    for (const QString &id : std::as_const(ids)) {
        const auto found = byId.constFind(id);
        if (found == byId.constEnd())
            continue;
        const Event &event = *found;
        const QTimeZone zone = zoneOf(event.conferenceId);
        const bool bookmarked = context.userData.isBookmarked(event.id);
        if (json) {
            array.append(EventJson::toJson(event, zone, bookmarked));
            continue;
        }
        const QDateTime start = event.start.toTimeZone(zone);
        const QDateTime end = event.end.toTimeZone(zone);
        context.out << event.id << "  " << start.toString(u"ddd yyyy-MM-dd HH:mm"_s) << "-" << end.toString(u"HH:mm"_s) << " "
                    << TimeRules::offsetString(start.offsetFromUtc()) << "  " << (bookmarked ? "* " : "  ") << event.title;
        if (!event.room.isEmpty())
            context.out << "  [" << event.room << "]";
        if (!event.persons.isEmpty())
            context.out << "  " << event.speakerNames().join(u", "_s);
        context.out << Qt::endl;
    }
    if (json)
        context.printJson(array);
    else if (ids.isEmpty())
        context.err << "lanyard: no events match \"" << text << "\"" << Qt::endl;
    return 0;
}
