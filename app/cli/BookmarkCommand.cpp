#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliEventLookup.h"

#include "agenda/AgendaItem.h"
#include "store/UserDataStore.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::bookmark(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"priority"_s, u"must (the default) or maybe."_s, u"must|maybe"_s));
    if (!CliArguments::parse(parser, u"bookmark"_s, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != u"add"_s && action != u"remove"_s))
        return context.fail(u"usage: lanyard bookmark add|remove ID [--priority must|maybe]"_s);

    QString error;
    const auto event = cliResolveEvent(context, positional.at(1), &error);
    if (!event)
        return context.fail(error);

    if (action == u"remove"_s) {
        if (parser.isSet(u"priority"_s))
            return context.fail(u"bookmark remove takes no --priority"_s);
        if (!context.userData.isBookmarked(event->id)) {
            context.out << "not bookmarked: " << event->id << "  " << event->title << Qt::endl;
            return 0;
        }
        if (!context.userData.setPriority(event->id, event->conferenceId, Priority::None, &error))
            return context.fail(error);
        context.out << "removed bookmark: " << event->id << "  " << event->title << Qt::endl;
        return 0;
    }

    Priority priority = Priority::MustSee;
    if (parser.isSet(u"priority"_s)) {
        const auto parsed = AgendaItem::priorityFromName(parser.value(u"priority"_s));
        if (!parsed)
            return context.fail(u"bookmark: --priority is must or maybe, not \"%1\""_s.arg(parser.value(u"priority"_s)));
        priority = *parsed;
    }
    if (!context.userData.setPriority(event->id, event->conferenceId, priority, &error))
        return context.fail(error);
    context.out << "bookmarked (" << (priority == Priority::MustSee ? "must see" : "maybe") << "): " << event->id << "  " << event->title
                << Qt::endl;
    return 0;
}
