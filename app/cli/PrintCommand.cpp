#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/AgendaExport.h"
#include "agenda/Printout.h"
#include "core/Clock.h"
#include "core/Conference.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::print(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"day"_s, u"The conference day to print (default: today, else the first day)."_s, u"YYYY-MM-DD"_s));
    parser.addOption(QCommandLineOption(u"output"_s, u"The PDF file to write (replaced only once complete)."_s, u"FILE"_s));
    if (!CliArguments::parse(parser, u"print"_s, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString usage = u"usage: lanyard print agenda|day [--conference ID] [--day YYYY-MM-DD] --output FILE.pdf"_s;
    if (positional.size() != 1 || !parser.isSet(u"output"_s))
        return context.fail(usage);
    const auto kind = Printout::kindFromName(positional.constFirst());
    if (!kind)
        return context.fail(u"print: say what to print, agenda or day, not \"%1\"\n%2"_s.arg(positional.constFirst(), usage));

    Printout::Request request;
    request.kind = *kind;
    QString error;
    if (parser.isSet(u"conference"_s) || *kind == Printout::Kind::Day) {
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(u"print: "_s + error);
        request.conferenceId = conference->id;
    }
    if (parser.isSet(u"day"_s)) {
        if (*kind != Printout::Kind::Day)
            return context.fail(u"print: --day is for printing a day; the agenda prints every day"_s);
        request.day = QDate::fromString(parser.value(u"day"_s), Qt::ISODate);
        if (!request.day.isValid())
            return context.fail(u"print: --day takes a date as YYYY-MM-DD, not \"%1\""_s.arg(parser.value(u"day"_s)));
    } else if (*kind == Printout::Kind::Day) {
        request.day = Printout::defaultDay(context.schedule, request.conferenceId, context.clock.now());
    }
    const auto bytes = Printout::pdf(request, context.schedule, context.userData, context.tripSources(), &error);
    if (!bytes)
        return context.fail(u"print: "_s + error + u"; nothing was written"_s);
    const QString output = parser.value(u"output"_s);
    if (!AgendaExport::writeFile(output, *bytes, &error))
        return context.fail(u"print: "_s + error);
    context.err << "wrote " << output << Qt::endl;
    return 0;
}
