#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QTimeZone>

/** A conference as a feed describes it. The id is stable: derived from the acronym (or title). */
struct Conference
{
    QString id;
    QString title;
    QString acronym;
    QString subtitle;
    QString venue;
    QString city;
    QString url;
    /** IANA zone id ("Australia/Hobart"), or a fixed offset id ("UTC+01:00") when the feed names none. */
    QString timeZoneId;
    QDate start;
    QDate end;
    /** Local time at which one conference day turns into the next (after-midnight talks). */
    QTime dayChange;

    QTimeZone timeZone() const;
    bool operator==(const Conference &other) const = default;
};
