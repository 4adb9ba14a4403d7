#pragma once

#include "core/Conference.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct CliContext;

/** What the places, trips and free-slots verbs share. */
namespace CliPlanning
{
/**
 * A date and time as typed: "2013-07-07T09:30:00+10:00" (or Z) is that instant; without an offset
 * ("2013-07-07T09:30", "2013-07-07 09:30") it is wall time in the conference's zone. `option`
 * names the option in the message ("--from").
 */
std::optional<QDateTime> parseWhen(const QString &text, const Conference &conference, const QString &option, QString *errorMessage);
/** False (after printing why) when the context was made without places and trips. */
bool requireStores(const CliContext &context, const QString &verb);
/** "07.6 km" style: one decimal below 100 km, none above. */
QString kilometres(double km);
} // namespace CliPlanning
