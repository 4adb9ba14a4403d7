#pragma once

/**
 * Named points at which a test stops the program as a crash would (SIGKILL), so that a
 * crash-safety test kills at the moment it means instead of hoping that a kill at a random moment
 * lands there. In every build, and inert unless the environment names a point:
 *
 *     LANYARD_TEST_STOP_AT=import-commit lanyard --db test.sqlite import feed.xml
 *
 * The program then prints "lanyard: stopped at test point import-commit" on stderr and kills
 * itself there. The points:
 *
 * - `export-write`: half of an export is in its temporary file (agenda/ExportFile.cpp).
 * - `import-write`: inside the transaction of an import (a file's or a sync's), the previous
 *   events deleted and half of the new ones written (store/ScheduleStore.cpp).
 * - `import-commit`: inside that transaction, everything written, just before the commit.
 * - `sync-body-half`: half of the body a server announced has arrived (sync/FeedFetchJob.cpp).
 * - `sync-imported`: a sync's import is committed, its subscription not yet updated
 *   (sync/SyncManager.cpp).
 */
namespace TestStop
{
/** Kills the whole process at once when LANYARD_TEST_STOP_AT names `point`; otherwise nothing. */
void at(const char *point);
} // namespace TestStop
