#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/AgendaExport.h"
#include "core/Clock.h"
#include "core/Conference.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::exportAgenda(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"format"_s, u"ics, csv, md or json (the backup of all user data)."_s, u"FORMAT"_s));
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"output"_s, u"Write to FILE (replaced only once complete) instead of stdout."_s, u"FILE"_s));
    if (!CliArguments::parse(parser, u"export"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"export: unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(u"format"_s))
        return context.fail(u"usage: lanyard export --format ics|csv|md|json [--conference ID] [--output FILE]"_s);
    const auto format = AgendaExport::formatFromName(parser.value(u"format"_s));
    if (!format)
        return context.fail(u"export: --format is ics, csv, md or json, not \"%1\""_s.arg(parser.value(u"format"_s)));

    QString conferenceId;
    if (parser.isSet(u"conference"_s)) {
        QString error;
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(error);
        conferenceId = conference->id;
    }
    const QByteArray bytes =
        AgendaExport::render(*format, context.schedule, context.userData, conferenceId, context.clock.now(), context.tripSources());
    if (!parser.isSet(u"output"_s)) {
        context.out << QString::fromUtf8(bytes);
        context.out.flush();
        return 0;
    }
    QString error;
    if (!AgendaExport::writeFile(parser.value(u"output"_s), bytes, &error))
        return context.fail(error);
    context.err << "wrote " << parser.value(u"output"_s) << Qt::endl;
    return 0;
}
