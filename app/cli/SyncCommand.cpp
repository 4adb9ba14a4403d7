#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliSync.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

int CliCommands::sync(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    if (!CliArguments::parse(parser, u"sync"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"sync: unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    CliSync sync(context);
    if (parser.isSet(u"conference"_s)) {
        QString error;
        const auto subscription = sync.resolve(parser.value(u"conference"_s), &error);
        if (!subscription)
            return context.fail(u"sync: %1"_s.arg(error));
        sync.manager().sync(subscription->id, SyncTrigger::Manual);
    } else if (sync.manager().syncAll(SyncTrigger::Manual) == 0 && !sync.manager().isBusy() && sync.friendReports().isEmpty()) {
        if (parser.isSet(u"json"_s))
            context.printJson(QJsonArray());
        else
            context.out << "no subscriptions (add one with: lanyard subscribe URL)" << Qt::endl;
        return 0;
    }
    const QList<SyncReport> reports = sync.wait();
    bool anyFailed = false;
    QJsonArray array;
    for (const SyncReport &report : reports) {
        anyFailed = anyFailed || !report.ok();
        if (parser.isSet(u"json"_s))
            array.append(CliSync::toJson(report));
        else
            context.out << CliSync::line(report) << Qt::endl;
    }
    if (parser.isSet(u"json"_s))
        context.printJson(array);
    // Friends' calendars refresh with the subscriptions; a failure keeps the last good copy.
    for (const auto &[name, error] : sync.friendReports()) {
        if (error.isEmpty())
            context.err << "lanyard: friend " << name << ": calendar refreshed" << Qt::endl;
        else
            context.err << "lanyard: friend " << name << ": " << error << "; keeping the last good copy" << Qt::endl;
    }
    return anyFailed ? 1 : 0;
}
