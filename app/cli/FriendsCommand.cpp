#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/FriendCalendar.h"
#include "agenda/FriendPlans.h"
#include "core/Clock.h"
#include "store/FriendStore.h"
#include "store/ScheduleStore.h"
#include "sync/FriendRefresh.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kUsage = u"usage: lanyard friends [--json] | friends add NAME FILE|URL | friends remove NAME"_s;

QList<Conference> allConferences(const ScheduleStore &schedule)
{
    QList<Conference> result;
    for (const ConferenceSummary &summary : schedule.conferences())
        result.append(summary.conference);
    return result;
}

QJsonValue instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

/** The calendar behind a source: read from the file, or fetched once under the sync limits. */
std::optional<QByteArray> readSource(CliContext &context, const QString &source, QString *error)
{
    if (!Friend::isUrlSource(source))
        return FriendCalendar::readFile(source, error);
    FriendRefresh refresh(*context.network, context.database, context.schedule, context.clock);
    refresh.setLimits(FetchLimits::fromSettings());
    FeedFetchJob *job = refresh.fetch(QUrl(source), &refresh);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &FeedFetchJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!job->result().error.isEmpty() || job->result().status != FetchResult::Status::Fetched) {
        *error = job->result().error.isEmpty() ? u"%1: no calendar in the answer"_s.arg(source) : job->result().error;
        return std::nullopt;
    }
    return job->result().body;
}

int add(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return context.fail(u"friends add takes a name and a calendar file or address\n"_s + kUsage);
    const QString name = arguments.at(0).trimmed();
    FriendStore store(context.database);
    QString error = FriendStore::validateName(arguments.at(0));
    if (!error.isEmpty())
        return context.fail(u"friends add: "_s + error);
    if (const auto existing = store.byName(name))
        return context.fail(
            u"friends add: there is already a friend called %1 (remove them first, or pick another name)"_s.arg(existing->name));
    const QString source = FriendCalendar::normalizeSource(arguments.at(1), &error);
    if (source.isEmpty())
        return context.fail(u"friends add: "_s + error);
    const auto bytes = readSource(context, source, &error);
    if (!bytes)
        return context.fail(u"friends add: %1; %2 was not added"_s.arg(error, name));
    error = FriendCalendar::check(*bytes, source, allConferences(context.schedule));
    if (!error.isEmpty())
        return context.fail(u"friends add: %1; %2 was not added"_s.arg(error, name));

    Friend person{name, source, *bytes, context.clock.now(), context.clock.now(), {}};
    if (!store.add(person, &error))
        return context.fail(u"friends add: "_s + error);
    const FriendPlans plans = FriendPlans::build({person}, context.schedule);
    const FriendPlan &plan = plans.plans().constFirst();
    context.out << "added " << name << ": " << plan.entries << " calendar entries, " << plan.eventIds.size()
                << " matched in the programme, " << plan.blocks.size() << " busy elsewhere" << Qt::endl;
    return 0;
}

int remove(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.fail(u"friends remove takes one name\n"_s + kUsage);
    QString error;
    FriendStore store(context.database);
    if (!store.remove(arguments.at(0), &error))
        return context.fail(u"friends remove: "_s + error);
    context.out << "removed " << arguments.at(0).trimmed() << Qt::endl;
    return 0;
}

int list(CliContext &context, bool json)
{
    QString error;
    FriendStore store(context.database);
    const QList<Friend> friends = store.all(&error);
    if (!error.isEmpty())
        return context.fail(u"friends: "_s + error);
    const FriendPlans plans = FriendPlans::build(friends, context.schedule);
    QJsonArray array;
    for (const Friend &person : friends) {
        const FriendPlan *plan = plans.plan(person.name);
        const int matched = plan ? int(plan->eventIds.size()) : 0;
        const int busy = plan ? int(plan->blocks.size()) : 0;
        if (json) {
            array.append(QJsonObject{
                {u"name"_s, person.name},
                {u"source"_s, person.source},
                {u"entries"_s, plan ? plan->entries : 0},
                {u"matched"_s, matched},
                {u"busy"_s, busy},
                {u"refreshedAt"_s, instantOrNull(person.refreshedAt)},
                {u"lastError"_s, person.lastError.isEmpty() ? QJsonValue() : QJsonValue(person.lastError)},
            });
            continue;
        }
        context.out << person.name << "\t" << person.source << "\t" << matched << " matched, " << busy << " busy elsewhere\t"
                    << "refreshed " << person.refreshedAt.toUTC().toString(Qt::ISODate);
        if (!person.lastError.isEmpty())
            context.out << "\tlast refresh failed: " << person.lastError;
        context.out << Qt::endl;
    }
    if (json)
        context.printJson(array);
    else if (friends.isEmpty())
        context.out << "no friends yet (add one with: lanyard friends add NAME FILE|URL)" << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::friends(CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == u"add"_s)
        return add(context, arguments.mid(1));
    if (action == u"remove"_s)
        return remove(context, arguments.mid(1));
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    if (!CliArguments::parse(parser, u"friends"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"friends: unknown action \"%1\"\n%2"_s.arg(parser.positionalArguments().constFirst(), kUsage));
    return list(context, parser.isSet(u"json"_s));
}
