#pragma once

#include "core/Conference.h"

#include <QDateTime>
#include <QList>

#include <optional>

/**
 * When Lanyard refreshes a subscription by itself. Programmes change most while a conference
 * runs, so it looks every 30 minutes then, less often before, and never once it is over (a
 * manual refresh always works). Pure functions of the conference and the clock's now.
 */
namespace RefreshPolicy
{
inline constexpr qint64 kDuringSeconds = 30 * 60;
inline constexpr qint64 kWeekBeforeSeconds = 6 * 60 * 60;
inline constexpr qint64 kEarlierSeconds = 24 * 60 * 60;

/** The first and last instant of the conference days in its own zone (day_change counted). */
QDateTime conferenceBegin(const Conference &conference);
QDateTime conferenceEnd(const Conference &conference);

/**
 * Seconds between automatic refreshes at `now`; nullopt once the conference is over. A
 * subscription whose conference is not known yet (never synced) is refreshed as if running.
 * `during` is the interval while the conference runs (the user's setting); before it, it is at
 * least 6 hours in the last week and a day earlier.
 */
std::optional<qint64> interval(const std::optional<Conference> &conference, const QDateTime &now, qint64 during = kDuringSeconds);

/** Whether an automatic refresh is due: the interval has passed since the last attempt. */
bool isDue(const std::optional<Conference> &conference, const QDateTime &lastAttempt, const QDateTime &now, qint64 during = kDuringSeconds);

/** Milliseconds to wait before retry number `attempt` (1-based); nullopt when retries are used up. */
std::optional<int> retryDelay(const QList<int> &delaysMs, int attempt);
} // namespace RefreshPolicy
