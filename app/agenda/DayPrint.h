#pragma once

#include "core/Event.h"
#include "store/UserDataStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QStringList>
#include <QTimeZone>

class PrintPage;

/** What a printed day shows: one conference day's events and the user's priorities for them. */
struct DayPrintInput
{
    QString conferenceTitle;
    QString timeZoneId;
    QTimeZone zone;
    QDate day;
    /** The columns, in the conference's order. */
    QStringList rooms;
    QList<Event> events;
    QHash<QString, Priority> priorities;
};

/**
 * One day as a timetable on paper: rooms across, time down. When the rooms do not fit the width
 * they go on to further pages, and a long day is cut into spans of hours; every page has the hour
 * column and the room names, and says which rooms and hours it shows. Bookmarked talks are shaded
 * and marked with their priority; very short ones become a single line.
 */
namespace DayPrint
{
/** How many pages the day takes on pages whose body is `body` points. */
int pageCount(const DayPrintInput &input, const QSizeF &body);
void draw(const DayPrintInput &input, PrintPage &page);
} // namespace DayPrint
