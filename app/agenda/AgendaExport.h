#pragma once

#include "AgendaItem.h"
#include "TripSources.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class ScheduleStore;
class UserDataStore;

/**
 * Export and restore as the CLI and the GUI both offer them: pick a format, render the agenda (or
 * the backup) of one conference or all, write it safely; restore a JSON backup or take bookmarks
 * from an .ics, whichever the file is.
 */
namespace AgendaExport
{
enum class Format { ICalendar, Csv, Markdown, Backup };

/** "ics", "csv", "md" (or "markdown"), "json" (or "backup"). */
std::optional<Format> formatFromName(const QString &name);
/** "ics", "csv", "md", "json". */
QString suffix(Format format);

/** The agenda (trips included, when given) or the backup (trips and places included, when given). */
QByteArray render(Format format, const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId,
                  const QDateTime &now, const TripSources &trips = {});
/** Through a temporary file and a rename: never a half-written file in place of a good one. */
bool writeFile(const QString &path, const QByteArray &bytes, QString *errorMessage);

struct RestoreOutcome
{
    QString error;
    /** One line saying what changed. */
    QString summary;
    /** Further lines: calendar entries that matched nothing, parts not restored. */
    QStringList details;
    bool ok() const { return error.isEmpty(); }
};
/** A JSON backup (merged in) or an .ics (its events bookmarked), told apart by content. */
RestoreOutcome restoreBytes(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule, UserDataStore &userData,
                            const QString &conferenceId, const QDateTime &now, const TripSources &trips = {});
RestoreOutcome restoreFile(const QString &path, const ScheduleStore &schedule, UserDataStore &userData, const QString &conferenceId,
                           const QDateTime &now, const TripSources &trips = {});
} // namespace AgendaExport
