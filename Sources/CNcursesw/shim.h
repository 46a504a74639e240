#ifndef KFL_CNCURSESW_SHIM_H
#define KFL_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags: wide-character API must be asked for here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#endif
