#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/Agenda.h"
#include "agenda/AgendaJson.h"
#include "agenda/FriendPlans.h"
#include "agenda/TripPlanning.h"
#include "core/TimeRules.h"
#include "store/FriendStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int CliCommands::agenda(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    if (!CliArguments::parse(parser, u"agenda"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"agenda: unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    Agenda::Options options;
    if (parser.isSet(u"conference"_s)) {
        QString error;
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(error);
        options.conferenceId = conference->id;
    }
    options.otherItems = TripPlanning::agendaItems(context.tripSources(), context.schedule, options.conferenceId);
    const Agenda agenda = Agenda::build(context.schedule, context.userData, options);

    const FriendPlans friends = FriendPlans::build(FriendStore(context.database).all(), context.schedule);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const AgendaItem &item : agenda.items()) {
            QJsonObject object = AgendaJson::toJson(item, agenda.zoneOf(item));
            object.insert(u"friends"_s, QJsonArray::fromStringList(friends.friendsOf(item.id)));
            array.append(object);
        }
        context.printJson(array);
        return 0;
    }
    if (agenda.isEmpty()) {
        context.out << "Nothing bookmarked yet (lanyard bookmark add ID), and no trips (lanyard trips add)." << Qt::endl;
        return 0;
    }
    for (const AgendaDay &day : agenda.days()) {
        const Conference *conference = agenda.conference(day.conferenceId);
        context.out << Qt::endl
                    << (conference ? conference->title : day.conferenceId) << "  " << day.date.toString(u"ddd yyyy-MM-dd"_s) << Qt::endl;
        for (const AgendaItem &item : day.items) {
            const QTimeZone zone = agenda.zoneOf(item);
            if (item.gapBeforeSeconds >= 60)
                context.out << "                    (" << item.gapBeforeSeconds / 60 << " min free)" << Qt::endl;
            const QDateTime start = item.start.toTimeZone(zone);
            context.out << item.id << "  " << start.toString(u"HH:mm"_s) << "-" << item.end.toTimeZone(zone).toString(u"HH:mm"_s) << " "
                        << TimeRules::offsetString(start.offsetFromUtc()) << "  "
                        << (item.kind == AgendaItem::Kind::Trip    ? "trip  "
                                : item.priority == Priority::Maybe ? "maybe "
                                                                   : "must  ")
                        << item.title;
            if (!item.location.isEmpty())
                context.out << "  [" << item.location << "]";
            if (item.cancelled)
                context.out << "  CANCELLED";
            if (item.rating > 0)
                context.out << "  " << item.rating << "/5";
            if (item.isWatched())
                context.out << "  watched";
            context.out << Qt::endl;
            if (!item.who.isEmpty())
                context.out << "      who: " << item.who << Qt::endl;
            if (const QStringList going = friends.friendsOf(item.id); !going.isEmpty())
                context.out << "      friends going: " << going.join(u", "_s) << Qt::endl;
            if (item.roomChange())
                context.out << "      room change from " << item.previousLocation << Qt::endl;
            for (const QString &other : item.conflicts) {
                const AgendaItem *clash = agenda.item(other);
                context.out << "      conflicts with " << other << "  " << (clash ? clash->title : QString()) << Qt::endl;
            }
            for (const QString &video : item.videos)
                context.out << "      recording " << video << Qt::endl;
            if (!item.note.isEmpty())
                context.out << "      note: " << QString(item.note).replace(u'\n', u"\n            "_s) << Qt::endl;
        }
    }
    return 0;
}
