#pragma once

#include <QDateTime>
#include <QString>

class ScheduleStore;

/**
 * PyCon Australia 2013, compiled into the binary: loaded into a new database on first start so
 * that Lanyard shows a real programme with no network and no setup. Loaded once per database: a
 * user who removes it does not get it back on the next start. Its places come with it.
 */
namespace BundledProgramme
{
inline constexpr auto kScheduleResource = ":/data/pyconau2013/schedule.xml";
inline constexpr auto kPlacesResource = ":/data/pyconau2013/places.json";
inline constexpr auto kConferenceId = "pyconau2013";

/**
 * Loads it unless this database already had it once, and its places catalogue (the venue and the
 * places around Hobart) likewise. False with a message on failure.
 */
bool ensureLoaded(ScheduleStore &store, const QDateTime &now, QString *errorMessage);
} // namespace BundledProgramme
