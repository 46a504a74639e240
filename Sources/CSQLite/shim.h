#ifndef KFL_CSQLITE_SHIM_H
#define KFL_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro that does not import into Swift.
static inline sqlite3_destructor_type kfl_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
#endif
