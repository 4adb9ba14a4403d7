#pragma once

struct sqlite3;
struct fts5_api;

/** FTS5's extension interface on `db` (SQLite's documented way: a pointer passed out through fts5(?1)); null when FTS5 is missing. */
fts5_api *fts5ApiOf(sqlite3 *db);
