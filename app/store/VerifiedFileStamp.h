#pragma once

#include <QString>

/**
 * Whether a database file is exactly as a Lanyard process left it when it last closed it
 * cleanly, after that process had checked it (or found it so itself): then the next start need
 * not read every page again with SQLite's quick check (about 120 ms on a 70 MB file).
 *
 * The stamp is a small file beside the database (`<path>-verified`) holding the file's device,
 * inode, size, and modification and change times in nanoseconds. Any write to the file, by any
 * program, changes its change time (which no program can set back), and replacing the file
 * changes its inode; so a file damaged, truncated, replaced or written from outside since then
 * no longer matches, and is checked. A write-ahead log beside the file (a process still has it
 * open, or was killed) means it is not as left, either.
 */
namespace VerifiedFileStamp
{
/** True when `path` is unchanged since the stamp was recorded, and no write-ahead log is beside it. */
bool matches(const QString &path);
/** Records the file as it is now, if no write-ahead log is beside it (no connection is open anywhere). */
void recordIfClosed(const QString &path);
/** Removes the stamp (the file was moved aside or must be checked next time). */
void forget(const QString &path);
/** Where the stamp of `path` is kept. */
QString stampPath(const QString &path);
} // namespace VerifiedFileStamp
