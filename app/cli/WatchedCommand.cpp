#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliEventLookup.h"

#include "store/UserDataStore.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::watched(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"undo"_s, u"Mark it as not watched again."_s));
    if (!CliArguments::parse(parser, u"watched"_s, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(u"usage: lanyard watched ID [--undo]"_s);

    QString error;
    const auto event = cliResolveEvent(context, positional.constFirst(), &error);
    if (!event)
        return context.fail(error);
    const bool watched = !parser.isSet(u"undo"_s);
    if (!context.userData.setWatched(event->id, event->conferenceId, watched, &error))
        return context.fail(error);
    context.out << (watched ? "watched: " : "not watched: ") << event->id << "  " << event->title << Qt::endl;
    return 0;
}
