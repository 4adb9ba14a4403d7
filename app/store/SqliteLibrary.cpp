#include "SqliteLibrary.h"

#include "InitialsTokenizer.h"

#include <sqlite3.h>

namespace SqliteLibrary
{

void configureBeforeFirstConnection()
{
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);
    InitialsTokenizer::registerOnEveryConnection();
}

bool countsMemory()
{
    return sqlite3_memory_used() > 0;
}

} // namespace SqliteLibrary
