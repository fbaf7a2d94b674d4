// The only door to libsqlite3. Swift imports the functions directly; nothing else is needed
// here except what Swift cannot express (SQLITE_TRANSIENT is defined on the Swift side).
#include <sqlite3.h>
