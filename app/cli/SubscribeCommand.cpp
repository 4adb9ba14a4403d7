#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliSync.h"

#include "core/TimeRules.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::subscribe(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"timezone"_s, u"Time zone for a feed that names none."_s, u"ZONE"_s));
    parser.addOption(QCommandLineOption(u"verbose"_s, u"List every warning."_s));
    if (!CliArguments::parse(parser, u"subscribe"_s, arguments, context))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return context.fail(u"usage: lanyard subscribe URL [--timezone ZONE]"_s);
    const QString zone = parser.value(u"timezone"_s).trimmed();
    if (!zone.isEmpty() && !TimeRules::zoneFromId(zone).isValid())
        return context.fail(u"subscribe: \"%1\" is not a time zone (use an IANA name such as Europe/Brussels)"_s.arg(zone));

    CliSync sync(context);
    QString error;
    if (sync.manager().subscribe(parser.positionalArguments().constFirst(), zone, &error) == 0)
        return context.fail(u"subscribe: %1"_s.arg(error));
    const QList<SyncReport> reports = sync.wait();
    if (reports.isEmpty())
        return context.fail(u"subscribe: the first sync did not report back"_s);
    const SyncReport &report = reports.constFirst();
    if (!report.ok())
        return context.fail(report.message + u"; nothing was subscribed"_s);
    context.out << "subscribed " << report.url << ": " << report.message << Qt::endl;
    if (parser.isSet(u"verbose"_s)) {
        for (const QString &warning : report.warnings)
            context.out << "warning: " << warning << Qt::endl;
    }
    return 0;
}
