#ifndef KFL_CSQLITE_SHIM_H
#define KFL_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro that does not import into Swift.
static inline sqlite3_destructor_type kfl_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

// Whether SQLite's WAL journal is safe for a file depends on the file system
// that holds it (its shared memory needs one machine). Linux's statfs lives
// in <sys/vfs.h>, which Swift's Glibc module does not include: `f_type` of
// the file system holding `path`, 0 when it cannot be told.
#if defined(__linux__)
#include <sys/vfs.h>
static inline unsigned long kfl_filesystem_type(const char *path) {
    struct statfs info;
    return statfs(path, &info) == 0 ? (unsigned long)info.f_type : 0;
}
#else
// macOS: Swift reads statfs's f_fstypename from Darwin directly.
#endif
#endif
