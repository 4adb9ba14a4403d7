#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliSync.h"

#include "core/TimeRules.h"

#include <QEventLoop>

#include <memory>

using namespace Qt::Literals::StringLiterals;

int CliCommands::subscribe(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"timezone"_s, u"Time zone for a feed that names none."_s, u"ZONE"_s));
    parser.addOption(QCommandLineOption(u"verbose"_s, u"List every warning."_s));
    if (!CliArguments::parse(parser, u"subscribe"_s, arguments, context))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return context.fail(u"usage: lanyard subscribe URL [--timezone ZONE] (URL: the feed, or the conference's web page)"_s);
    const QString zone = parser.value(u"timezone"_s).trimmed();
    if (!zone.isEmpty() && !TimeRules::zoneFromId(zone).isValid())
        return context.fail(u"subscribe: \"%1\" is not a time zone (use an IANA name such as Europe/Brussels)"_s.arg(zone));

    QString error;
    const QString typed = SubscriptionStore::normalizeUrl(parser.positionalArguments().constFirst(), &error);
    if (typed.isEmpty())
        return context.fail(u"subscribe: %1"_s.arg(error));

    CliSync sync(context);
    // The address may be the conference's page rather than its feed: find the feed first.
    FeedDiscoveryJob *discovery = sync.manager().discover(QUrl(typed), nullptr);
    std::unique_ptr<FeedDiscoveryJob> owner(discovery);
    {
        // finished() always comes from the event loop, never from inside discover().
        QEventLoop loop;
        QObject::connect(discovery, &FeedDiscoveryJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const DiscoveryResult found = discovery->result();
    if (!found.found())
        return context.fail(u"subscribe: %1; nothing was subscribed"_s.arg(found.error));
    const QString feedUrl = found.feedUrl.toString();
    if (found.viaPage())
        context.out << "found " << found.format << " at " << feedUrl << " (" << found.how << ")" << Qt::endl;
    if (sync.manager().subscribe(feedUrl, zone, &error, found.viaPage() ? typed : QString(), &found.fetched) == 0)
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
