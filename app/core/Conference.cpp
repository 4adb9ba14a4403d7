#include "Conference.h"

#include "TimeRules.h"

QTimeZone Conference::timeZone() const
{
    return TimeRules::zoneFromId(timeZoneId);
}
