#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * The schema, as a list of steps from an empty file. Each step runs in its own transaction and
 * sets PRAGMA user_version; a file from a newer Lanyard (a higher version) is refused, never
 * touched. Feed data (conferences, days, rooms, tracks, events, persons, links) and user data
 * (user_events, trips, user places, hidden filters) are separate tables: user data has no foreign
 * keys into feed data, so a re-import or a removed conference never takes it with it.
 */
namespace Migrations
{
int latestVersion();
/** Reads the file's version; -1 (with a message) when it is not a Lanyard/SQLite database. */
int versionOf(const QSqlDatabase &db, QString *errorMessage);
bool migrate(const QSqlDatabase &db, QString *errorMessage);
} // namespace Migrations
