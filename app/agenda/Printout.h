#pragma once

#include "TripSources.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QPageLayout>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class ScheduleStore;
class UserDataStore;

/**
 * Printing as the command line and the window both offer it: the personal agenda in time order,
 * or one day of the programme as a timetable, drawn onto a printer or into a PDF with Qt's own
 * paint devices (vector text, so a PDF can be searched and copied from).
 */
namespace Printout
{
enum class Kind { Agenda, Day };

struct Request
{
    Kind kind = Kind::Agenda;
    /** Agenda: empty for every conference. Day: the conference of the day (required). */
    QString conferenceId;
    /** Day: the conference day to print. */
    QDate day;
};

/** "agenda" or "day". */
std::optional<Kind> kindFromName(const QString &name);
/** Portrait for the agenda, landscape for a day's rooms side by side. */
QPageLayout::Orientation orientationFor(Kind kind);
/** The day to print when none is named: `now`'s date in the conference when it is one of its days, else its first day. */
QDate defaultDay(const ScheduleStore &schedule, const QString &conferenceId, const QDateTime &now);

/** Draws the printout onto `device` (already set up: size, orientation); false with a reason. */
bool draw(QPagedPaintDevice &device, const Request &request, const ScheduleStore &schedule, const UserDataStore &userData,
          const TripSources &trips, QString *errorMessage);
/** The printout as an A4 PDF document; nothing (with a reason) when it cannot be made. */
std::optional<QByteArray> pdf(const Request &request, const ScheduleStore &schedule, const UserDataStore &userData,
                              const TripSources &trips, QString *errorMessage);
} // namespace Printout
