#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/FriendPlans.h"
#include "core/EventJson.h"
#include "core/TimeRules.h"
#include "store/FriendStore.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int CliCommands::events(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"day"_s, u"Only this conference day."_s, u"YYYY-MM-DD"_s));
    if (!CliArguments::parse(parser, u"events"_s, arguments, context))
        return 2;

    QDate day;
    if (parser.isSet(u"day"_s)) {
        day = QDate::fromString(parser.value(u"day"_s), Qt::ISODate);
        if (!day.isValid())
            return context.fail(u"events: --day takes a date as YYYY-MM-DD, not \"%1\""_s.arg(parser.value(u"day"_s)));
    }
    QList<Conference> conferences;
    if (parser.isSet(u"conference"_s)) {
        QString error;
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(error);
        conferences.append(*conference);
    } else {
        for (const ConferenceSummary &summary : context.schedule.conferences())
            conferences.append(summary.conference);
    }

    const bool json = parser.isSet(u"json"_s);
    const FriendPlans friends = FriendPlans::build(FriendStore(context.database).all(), context.schedule);
    QJsonArray array;
    for (const Conference &conference : std::as_const(conferences)) {
        const QTimeZone zone = conference.timeZone();
        for (const Event &event : context.schedule.events(conference.id, day)) {
            const bool bookmarked = context.userData.isBookmarked(event.id);
            if (json) {
                QJsonObject object = EventJson::toJson(event, zone, bookmarked);
                object.insert(u"friends"_s, QJsonArray::fromStringList(friends.friendsOf(event.id)));
                array.append(object);
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
            if (const QStringList going = friends.friendsOf(event.id); !going.isEmpty())
                context.out << "  (with " << going.join(u", "_s) << ")";
            context.out << Qt::endl;
        }
    }
    if (json)
        context.printJson(array);
    return 0;
}
