#pragma once

#include <QDateTime>
#include <QString>

/**
 * A side trip the user plans around the programme: where (optional), when, who goes. User data:
 * it lives apart from feed data, survives every update and is in the backup. Times are UTC
 * instants, shown in the conference's zone like everything else.
 */
struct Trip
{
    /** "trip-" and hex digits; unique across databases, so backups merge by it. */
    QString id;
    QString conferenceId;
    QString title;
    /** A place of the conference (catalogue or user-made), or empty. */
    QString placeId;
    QDateTime start;
    QDateTime end;
    QString notes;
    /** Who is going, as the user writes it ("Ann, Bo and me"). */
    QString who;
    QDateTime createdAt;
    QDateTime updatedAt;
    /** When the trip as a whole last changed (milliseconds): the later of two copies wins a merge. */
    QDateTime changedAt;

    qint64 durationSeconds() const { return start.secsTo(end); }
    bool operator==(const Trip &other) const = default;
};
