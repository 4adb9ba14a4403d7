#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliSync.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace
{
QJsonValue instant(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

int setUrl(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return context.fail(u"usage: lanyard subscriptions set-url ID URL"_s);
    CliSync sync(context);
    QString error;
    const auto subscription = sync.resolve(arguments[0], &error);
    if (!subscription)
        return context.fail(u"subscriptions set-url: %1"_s.arg(error));
    if (!sync.manager().changeUrl(subscription->id, arguments[1], &error))
        return context.fail(u"subscriptions set-url: %1"_s.arg(error));
    const QList<SyncReport> reports = sync.wait();
    if (reports.isEmpty() || !reports.constFirst().ok())
        return context.fail(reports.isEmpty() ? u"the sync did not report back"_s : reports.constFirst().message);
    const SyncReport &report = reports.constFirst();
    context.out << "subscription " << subscription->id << " now reads " << report.url << ": " << report.message << Qt::endl;
    return 0;
}

int remove(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.fail(u"usage: lanyard subscriptions remove ID"_s);
    CliSync sync(context);
    QString error;
    const auto subscription = sync.resolve(arguments[0], &error);
    if (!subscription || !sync.manager().unsubscribe(subscription->id, &error))
        return context.fail(u"subscriptions remove: %1"_s.arg(error));
    context.out << "unsubscribed " << subscription->url << " (the programme stays; remove it with: lanyard conferences remove "
                << (subscription->conferenceId.isEmpty() ? u"ID"_s : subscription->conferenceId) << ")" << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::subscriptions(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == u"set-url"_s)
        return setUrl(context, arguments.mid(1));
    if (!arguments.isEmpty() && arguments.constFirst() == u"remove"_s)
        return remove(context, arguments.mid(1));

    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    if (!CliArguments::parse(parser, u"subscriptions"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"subscriptions: unknown subcommand \"%1\" (set-url, remove)"_s.arg(parser.positionalArguments().constFirst()));

    SubscriptionStore store(context.database);
    QString error;
    const QList<Subscription> all = store.all(&error);
    if (!error.isEmpty())
        return context.fail(error);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Subscription &s : all) {
            array.append(QJsonObject{{u"id"_s, s.id},
                                     {u"url"_s, s.url},
                                     {u"conference"_s, s.conferenceId},
                                     {u"timeZone"_s, s.timeZone},
                                     {u"website"_s, s.website},
                                     {u"lastSuccess"_s, instant(s.lastSuccessAt)},
                                     {u"lastAttempt"_s, instant(s.lastAttemptAt)},
                                     {u"lastError"_s, s.lastError}});
        }
        context.printJson(array);
        return 0;
    }
    for (const Subscription &s : all) {
        context.out << s.id << "\t" << (s.conferenceId.isEmpty() ? u"-"_s : s.conferenceId) << "\t" << s.url << "\t"
                    << (s.lastSuccessAt.isValid() ? u"last synced "_s + s.lastSuccessAt.toUTC().toString(Qt::ISODate) : u"never synced"_s);
        if (!s.website.isEmpty())
            context.out << "\twebsite " << s.website;
        if (!s.lastError.isEmpty())
            context.out << "\tlast error: " << s.lastError;
        context.out << Qt::endl;
    }
    return 0;
}
