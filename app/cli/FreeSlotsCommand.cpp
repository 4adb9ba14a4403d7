#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/FreeSlots.h"
#include "agenda/FriendPlans.h"
#include "core/TimeRules.h"
#include "store/FriendStore.h"
#include "store/ScheduleStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int CliCommands::freeSlots(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"day"_s, u"Only this conference day."_s, u"YYYY-MM-DD"_s));
    parser.addOption(QCommandLineOption(u"min"_s, u"Only gaps of at least this many minutes (default 30)."_s, u"MINUTES"_s));
    parser.addOption(
        QCommandLineOption(u"with"_s, u"Only times when these friends are free too (names, comma-separated)."_s, u"NAME[,NAME...]"_s));
    if (!CliArguments::parse(parser, u"free-slots"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"free-slots: unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    QString error;
    const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
    if (!conference)
        return context.fail(error);
    int minimum = 30;
    if (parser.isSet(u"min"_s)) {
        bool ok = false;
        minimum = parser.value(u"min"_s).toInt(&ok);
        if (!ok || minimum < 1 || minimum > 24 * 60)
            return context.fail(
                u"free-slots: --min takes a whole number of minutes from 1 to 1440, not \"%1\""_s.arg(parser.value(u"min"_s)));
    }
    QList<QDate> days;
    for (const Day &day : context.schedule.days(conference->id))
        days.append(day.date);
    if (parser.isSet(u"day"_s)) {
        const QDate day = QDate::fromString(parser.value(u"day"_s), Qt::ISODate);
        if (!day.isValid())
            return context.fail(u"free-slots: --day takes a date as YYYY-MM-DD, not \"%1\""_s.arg(parser.value(u"day"_s)));
        if (!days.contains(day)) {
            QStringList names;
            for (const QDate &date : std::as_const(days))
                names.append(date.toString(Qt::ISODate));
            return context.fail(
                u"free-slots: %1 is not a day of %2 (its days: %3)"_s.arg(day.toString(Qt::ISODate), conference->id, names.join(u", "_s)));
        }
        days = {day};
    }

    // Friends named with --with: each must exist; their talks and busy blocks take time like the user's own.
    QStringList with;
    QList<Friend> friends;
    if (parser.isSet(u"with"_s)) {
        FriendStore store(context.database);
        for (const QString &option : parser.values(u"with"_s)) {
            for (const QString &typed : option.split(u',', Qt::SkipEmptyParts)) {
                const auto person = store.byName(typed.trimmed());
                if (!person) {
                    QStringList known;
                    for (const Friend &each : store.all())
                        known.append(each.name);
                    return context.fail(u"free-slots: there is no friend called %1 (%2)"_s.arg(
                        typed.trimmed(),
                        known.isEmpty() ? u"add one with: lanyard friends add NAME FILE|URL"_s : u"friends: "_s + known.join(u", "_s)));
                }
                if (!with.contains(person->name)) {
                    with.append(person->name);
                    friends.append(*person);
                }
            }
        }
        if (with.isEmpty())
            return context.fail(u"free-slots: --with takes one or more friends' names, separated by commas"_s);
    }
    const FriendPlans plans = FriendPlans::build(friends, context.schedule);
    const QList<Conflicts::Interval> othersBusy = plans.busyOf(with);

    const QTimeZone zone = conference->timeZone();
    const bool json = parser.isSet(u"json"_s);
    QJsonArray array;
    for (const QDate &day : std::as_const(days)) {
        const QList<FreeSlots::Slot> slots =
            FreeSlots::forDay(context.schedule, context.userData, context.tripSources(), {conference->id, day, minimum, {}, othersBusy});
        if (!json) {
            context.out << day.toString(u"ddd yyyy-MM-dd"_s) << Qt::endl;
            // "Ana: busy 14:30-15:00": what of the friends' own plans (no talk of the programme) falls on the day.
            const FreeSlots::Window window = FreeSlots::dayWindow(context.schedule, conference->id, day);
            for (const FriendPlan &plan : plans.plans()) {
                for (const FriendPlan::Block &block : plan.blocks) {
                    if (!window.isValid() || block.end <= window.start || block.start >= window.end)
                        continue;
                    context.out << "  " << plan.name << ": busy " << block.start.toTimeZone(zone).toString(u"HH:mm"_s) << "-"
                                << block.end.toTimeZone(zone).toString(u"HH:mm"_s) << Qt::endl;
                }
            }
        }
        for (const FreeSlots::Slot &slot : slots) {
            if (json) {
                QJsonObject object{
                    {u"day"_s, day.toString(Qt::ISODate)},
                    {u"start"_s, TimeRules::isoWithOffset(slot.start, zone)},
                    {u"end"_s, TimeRules::isoWithOffset(slot.end, zone)},
                    {u"minutes"_s, slot.minutes()},
                };
                if (!with.isEmpty())
                    object.insert(u"with"_s, QJsonArray::fromStringList(with));
                array.append(object);
                continue;
            }
            const QDateTime start = slot.start.toTimeZone(zone);
            context.out << "  " << start.toString(u"HH:mm"_s) << "-" << slot.end.toTimeZone(zone).toString(u"HH:mm"_s) << " "
                        << TimeRules::offsetString(start.offsetFromUtc()) << "  " << slot.minutes() << " min free" << Qt::endl;
        }
        if (!json && slots.isEmpty())
            context.out << "  no gap of " << minimum << " min or more" << Qt::endl;
    }
    if (json)
        context.printJson(array);
    return 0;
}
