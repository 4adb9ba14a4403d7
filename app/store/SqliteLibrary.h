#pragma once

/**
 * Process-wide settings of the SQLite library, made once before its first connection opens
 * (SQLite takes them only then; later they are refused and change nothing).
 */
namespace SqliteLibrary
{
/**
 * Turns off SQLite's memory statistics, which took a global lock and two counters on every one of
 * its allocations (2.5% of an import; SQLite's own advice for speed). Nothing in Lanyard reads them.
 * And makes the search index's tokenizer (InitialsTokenizer) known on every connection.
 */
void configureBeforeFirstConnection();

/** Whether SQLite is counting its memory (false once configured). */
bool countsMemory();
} // namespace SqliteLibrary
