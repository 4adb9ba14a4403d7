#pragma once

#include "CliContext.h"
#include "core/Event.h"
#include "store/ScheduleStore.h"

#include <optional>

/** The event a verb's ID argument names (whole id or unambiguous prefix); a message when none. */
inline std::optional<Event> cliResolveEvent(const CliContext &context, const QString &typed, QString *errorMessage)
{
    const auto id = context.resolveEventId(typed, errorMessage);
    if (!id)
        return std::nullopt;
    auto event = context.schedule.event(*id);
    if (!event && errorMessage)
        *errorMessage = QStringLiteral("no event with id \"%1\"").arg(typed);
    return event;
}
