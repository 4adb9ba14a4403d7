#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "core/Clock.h"
#include "sync/ScheduleImport.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::importFeed(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"timezone"_s, u"Time zone for a feed that names none."_s, u"ZONE"_s));
    parser.addOption(QCommandLineOption(u"verbose"_s, u"List every warning."_s));
    if (!CliArguments::parse(parser, u"import"_s, arguments, context))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return context.fail(u"usage: lanyard import FILE [--timezone ZONE]"_s);

    const ImportOutcome outcome = ScheduleImport::importFile(context.schedule, parser.positionalArguments().constFirst(),
                                                             parser.value(u"timezone"_s), context.clock.now());
    if (!outcome.ok())
        return context.fail(outcome.error);
    context.out << outcome.summary() << Qt::endl;
    if (parser.isSet(u"verbose"_s)) {
        for (const QString &warning : outcome.warnings)
            context.out << "warning: " << warning << Qt::endl;
    }
    return 0;
}
