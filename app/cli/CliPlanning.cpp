#include "CliPlanning.h"

#include "CliContext.h"
#include "core/TimeRules.h"

using namespace Qt::Literals::StringLiterals;

namespace CliPlanning
{

std::optional<QDateTime> parseWhen(const QString &text, const Conference &conference, const QString &option, QString *errorMessage)
{
    const auto parsed = TimeRules::parseDateTime(text);
    if (!parsed) {
        if (errorMessage)
            *errorMessage = u"%1 \"%2\" is not a date and time: write 2013-07-07T09:30 (the conference's time) or "
                            "2013-07-07T09:30:00+10:00"_s.arg(option, text);
        return std::nullopt;
    }
    if (parsed->hasOffset())
        return parsed->instant();
    return TimeRules::localToUtc(parsed->date, parsed->time, conference.timeZone());
}

bool requireStores(const CliContext &context, const QString &verb)
{
    if (context.places && context.trips)
        return true;
    context.fail(u"%1: places and trips are not available here"_s.arg(verb));
    return false;
}

QString kilometres(double km)
{
    return km < 100 ? QString::number(km, 'f', 1) + u" km"_s : QString::number(km, 'f', 0) + u" km"_s;
}

} // namespace CliPlanning
