#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/ChangeText.h"
#include "store/CalendarSyncStore.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

int CliCommands::changes(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"all"_s, u"Every change of the last update, not only those to bookmarked events."_s));
    if (!CliArguments::parse(parser, u"changes"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"changes: unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

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

    const bool all = parser.isSet(u"all"_s);
    const bool json = parser.isSet(u"json"_s);
    QJsonArray array;
    int printed = 0;
    for (const Conference &conference : std::as_const(conferences)) {
        const QStringList bookmarkedList = context.userData.bookmarkedIds(conference.id);
        const QSet<QString> bookmarked(bookmarkedList.cbegin(), bookmarkedList.cend());
        for (const EventChange &change : context.schedule.lastChanges(conference.id)) {
            const bool mine = bookmarked.contains(change.eventId);
            if (!all && !mine)
                continue;
            ++printed;
            if (json) {
                array.append(QJsonObject{{u"id"_s, change.eventId},
                                         {u"title"_s, change.title},
                                         {u"kind"_s, EventChange::kindName(change.kind)},
                                         {u"before"_s, change.before},
                                         {u"after"_s, change.after}});
            } else {
                context.out << change.eventId << "  " << ChangeText::describe(change, conference.timeZone(), mine) << Qt::endl;
            }
        }
    }
    // What the last calendar sync changed here, or could not keep (a value that lost to a later one).
    for (const CalendarSyncNote &note : CalendarSyncStore(context.database).notes()) {
        ++printed;
        if (json) {
            array.append(QJsonObject{{u"id"_s, note.localId},
                                     {u"title"_s, note.title},
                                     {u"kind"_s, QString(u"calendar-"_s + note.kind)},
                                     {u"before"_s, QString()},
                                     {u"after"_s, note.detail}});
        } else {
            context.out << note.localId << "  " << note.title << ": " << note.detail << " (calendar sync)" << Qt::endl;
        }
    }
    if (json)
        context.printJson(array);
    else if (printed == 0)
        context.out << (all ? "The last update changed nothing." : "The last update changed none of your bookmarked events.") << Qt::endl;
    return 0;
}
