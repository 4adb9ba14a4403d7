#pragma once

#include "ImportContext.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

/**
 * The c3voc "schedule v2" draft: a flat schedule.events[] with absolute start and end times, rooms
 * and tracks referenced by guid or slug from conference.rooms[] and conference.tracks[],
 * participants instead of persons, and texts that may be translation maps. What a participant
 * entry or a list of persons beside the events (the draft's Person) says about a speaker is kept
 * as PersonDetails.
 *
 * Events whose state says they will not take place (CANCELED, WITHDRAWN, DELETED, REJECTED, and
 * not yet scheduled: DRAFT, SUBMITTED) are skipped with a warning.
 */
class ScheduleV2JsonReader
{
public:
    explicit ScheduleV2JsonReader(ImportContext &context);

    /** Reads the whole document into the context's schedule; an error means nothing usable. */
    std::optional<ImportError> read(const QJsonObject &root);

private:
    void readConference(const QJsonObject &object);
    std::optional<ImportError> readEvent(const QJsonValue &value, const QString &path);
    void readRecording(Event &event, const QJsonValue &recording, const FeedLocation &where);
    QString roomName(const QJsonValue &reference) const;
    QString trackName(const QJsonValue &reference) const;
    FeedLocation at(const QString &path) const;

    ImportContext &m_context;
    QHash<QString, QString> m_roomsByKey;
    QHash<QString, QString> m_tracksBySlug;
    QStringList m_languages;
    QString m_zoneName;

    /** An event's times as written, kept until the zone is known. */
    struct PendingTimes
    {
        QString start;
        QString end;
        QString duration;
        FeedLocation where;
    };
    QList<PendingTimes> m_pending;
    struct PendingDay
    {
        int index;
        QString date;
        QString start;
        QString end;
        FeedLocation where;
    };
    QList<PendingDay> m_days;
};
