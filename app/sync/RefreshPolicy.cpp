#include "RefreshPolicy.h"

#include <algorithm>

namespace RefreshPolicy
{

QDateTime conferenceBegin(const Conference &conference)
{
    return QDateTime(conference.start, QTime(0, 0), conference.timeZone()).toUTC();
}

QDateTime conferenceEnd(const Conference &conference)
{
    // After-midnight talks of the last day belong to it until the day change.
    const QTime dayChange = conference.dayChange.isValid() ? conference.dayChange : QTime(0, 0);
    return QDateTime(conference.end.addDays(1), dayChange, conference.timeZone()).toUTC();
}

std::optional<qint64> interval(const std::optional<Conference> &conference, const QDateTime &now, qint64 during)
{
    if (!conference || !conference->start.isValid() || !conference->end.isValid())
        return during;
    if (now >= conferenceEnd(*conference))
        return std::nullopt;
    const QDateTime begin = conferenceBegin(*conference);
    if (now >= begin)
        return during;
    if (now >= begin.addDays(-7))
        return std::max(during, kWeekBeforeSeconds);
    return std::max(during, kEarlierSeconds);
}

bool isDue(const std::optional<Conference> &conference, const QDateTime &lastAttempt, const QDateTime &now, qint64 during)
{
    const std::optional<qint64> every = interval(conference, now, during);
    if (!every)
        return false;
    // A last attempt "in the future" means the clock was set back (--now): refresh then too.
    return !lastAttempt.isValid() || lastAttempt > now || lastAttempt.secsTo(now) >= *every;
}

std::optional<int> retryDelay(const QList<int> &delaysMs, int attempt)
{
    if (attempt < 1 || attempt > delaysMs.size())
        return std::nullopt;
    return delaysMs[attempt - 1];
}

} // namespace RefreshPolicy
