#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/AgendaExport.h"
#include "core/Clock.h"
#include "core/Conference.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

int CliCommands::restore(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::conferenceOption());
    if (!CliArguments::parse(parser, u"restore"_s, arguments, context))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return context.fail(u"usage: lanyard restore FILE (a Lanyard JSON backup, or an .ics whose events become bookmarks)"_s);

    QString conferenceId;
    if (parser.isSet(u"conference"_s)) {
        QString error;
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(error);
        conferenceId = conference->id;
    }
    const AgendaExport::RestoreOutcome outcome =
        AgendaExport::restoreFile(parser.positionalArguments().constFirst(), context.schedule, context.userData, conferenceId,
                                  context.clock.now(), context.tripSources());
    if (!outcome.ok())
        return context.fail(outcome.error);
    context.out << outcome.summary << Qt::endl;
    for (const QString &detail : outcome.details)
        context.out << "  " << detail << Qt::endl;
    return 0;
}
