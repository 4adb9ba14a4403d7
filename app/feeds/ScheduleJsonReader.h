#pragma once

#include "FrabDays.h"
#include "ImportContext.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

/**
 * schedule.json v1 as frab and pretalx write it: schedule.conference.days[].rooms{name: [events]},
 * the same day, room and event model as schedule.xml (the time rules are shared, see FrabDays).
 *
 * Room order comes from conference.rooms[] where the feed gives it. JSON object key order is not
 * to be trusted (and QJsonObject sorts keys anyway), so without it rooms are ordered by the first
 * day they appear on, then by name: the same order on every machine and every re-import.
 */
class ScheduleJsonReader
{
public:
    explicit ScheduleJsonReader(ImportContext &context);

    /** Reads the whole document into the context's schedule; an error means nothing usable. */
    std::optional<ImportError> read(const QJsonObject &root);

private:
    std::optional<ImportError> readConference(const QJsonObject &object, const QString &path);
    std::optional<ImportError> readDay(const QJsonValue &value, qsizetype index, const QString &path);
    std::optional<ImportError> readEvent(const QJsonValue &value, qsizetype dayIndex, const QString &roomName, const QString &path);
    FeedLocation at(const QString &path) const;

    ImportContext &m_context;
    FrabDays m_days;
    /** Each room's first day (index into the days), for the room order without conference.rooms[]. */
    QHash<QString, qsizetype> m_roomFirstDay;
};
