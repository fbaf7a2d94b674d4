// The only door to libsqlite3. Swift imports the functions directly; nothing else is needed
// here except what Swift cannot express (SQLITE_TRANSIENT is defined on the Swift side, and
// sqlite3_config is variadic).
#include <sqlite3.h>

/// Turns off SQLite's memory-use statistics, which take a global mutex on every allocation
/// (sqlite3_status is never read here). Only has effect before SQLite is initialised;
/// returns SQLITE_MISUSE after.
static inline int sts_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
