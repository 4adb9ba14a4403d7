#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliEventLookup.h"

#include "store/UserDataStore.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::rate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!CliArguments::parse(parser, u"rate"_s, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(u"usage: lanyard rate ID 1..5 (0 removes the rating)"_s);
    bool isNumber = false;
    const int rating = positional.at(1).toInt(&isNumber);
    if (!isNumber || rating < 0 || rating > 5)
        return context.fail(u"rate: a rating is a whole number from 1 to 5 (0 removes it), not \"%1\""_s.arg(positional.at(1)));

    QString error;
    const auto event = cliResolveEvent(context, positional.constFirst(), &error);
    if (!event)
        return context.fail(error);
    if (!context.userData.setRating(event->id, event->conferenceId, rating, &error))
        return context.fail(error);
    if (rating == 0)
        context.out << "rating removed: " << event->id << "  " << event->title << Qt::endl;
    else
        context.out << "rated " << rating << "/5: " << event->id << "  " << event->title << Qt::endl;
    return 0;
}
