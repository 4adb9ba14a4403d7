#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "core/EventJson.h"
#include "store/ScheduleStore.h"
#include "store/SubscriptionStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace
{
int removeConference(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.fail(u"usage: lanyard conferences remove ID"_s);
    QString error;
    if (!context.schedule.removeConference(arguments.constFirst(), &error))
        return context.fail(error);
    // Its subscription goes too, or the next sync would bring the conference back.
    if (!SubscriptionStore(context.database).removeForConference(arguments.constFirst(), &error))
        return context.fail(error);
    context.out << "removed conference " << arguments.constFirst()
                << " (bookmarks, notes and trips are kept and return if it is imported again)" << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::conferences(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == u"remove"_s)
        return removeConference(context, arguments.mid(1));

    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    if (!CliArguments::parse(parser, u"conferences"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"conferences: unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    QString error;
    const QList<ConferenceSummary> all = context.schedule.conferences(&error);
    if (!error.isEmpty())
        return context.fail(error);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const ConferenceSummary &summary : all)
            array.append(EventJson::conferenceToJson(summary.conference, summary.eventCount));
        context.printJson(array);
        return 0;
    }
    for (const ConferenceSummary &summary : all) {
        const Conference &c = summary.conference;
        context.out << c.id << "\t" << c.title << "\t" << c.start.toString(Qt::ISODate) << " to " << c.end.toString(Qt::ISODate) << "\t"
                    << c.timeZoneId << "\t" << summary.eventCount << " events" << Qt::endl;
    }
    return 0;
}
