#ifndef KFL_CNCURSESW_SHIM_H
#define KFL_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags: the wide-character API must be asked for
// here. Only NCURSES_WIDECHAR: feature macros such as _XOPEN_SOURCE would change
// glibc's struct definitions (fd_set) and clash with Foundation's Dispatch module.
#define NCURSES_WIDECHAR 1
#include <limits.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif
#if __has_include(<ncursesw/term.h>)
#include <ncursesw/term.h>
#else
#include <term.h>
#endif

// ---------------------------------------------------------------------------
// Globals and macros Swift cannot import (Swift 6 rejects mutable C globals;
// function-like macros never import).

static inline WINDOW *kfl_stdscr(void) { return stdscr; }
static inline FILE *kfl_stdin(void) { return stdin; }
static inline FILE *kfl_stdout(void) { return stdout; }
static inline int kfl_colors(void) { return COLORS; }
static inline int kfl_color_pairs(void) { return COLOR_PAIRS; }
static inline int kfl_max_x(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline int kfl_max_y(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int kfl_key_f(int n) { return KEY_F(n); }
static inline int kfl_cchar_max(void) { return CCHARW_MAX; }

/// Wide-character attributes for TerminalUI's TextAttributes bits
/// (bold 1, dim 2, reverse 4, underline 8, italic 16).
static inline attr_t kfl_attributes(unsigned bits) {
    attr_t a = WA_NORMAL;
    if (bits & 1u) a |= WA_BOLD;
    if (bits & 2u) a |= WA_DIM;
    if (bits & 4u) a |= WA_REVERSE;
    if (bits & 8u) a |= WA_UNDERLINE;
#ifdef WA_ITALIC
    if (bits & 16u) a |= WA_ITALIC;
#endif
    return a;
}

/// The key code ncurses returns for a terminfo key capability such as
/// "kLFT5" (Ctrl-Left in xterm), or -1 when the terminal does not define it.
static inline int kfl_key_code_for_capability(const char *name) {
    char *sequence = tigetstr(name);
    if (sequence == NULL || sequence == (char *)-1) return -1;
    int code = key_defined(sequence);
    return code > 0 ? code : -1;
}

/// Whether the current locale's charset can encode `wc` (so ncurses can show it).
static inline int kfl_can_encode(wchar_t wc) {
    char buffer[MB_LEN_MAX];
    mbstate_t state;
    memset(&state, 0, sizeof state);
    return wcrtomb(buffer, wc, &state) != (size_t)-1;
}

// ---------------------------------------------------------------------------
// Signal plumbing for the terminal guard. Stateless on purpose: the guard's
// state lives in one Swift type (KFLTerminal/TerminalGuard.swift), where the
// compiler keeps it private; these only hide how `struct sigaction` is laid
// out on each platform.

/// Installs `handler` for `sig` (SA_SIGINFO, on the alternate signal stack)
/// and stores the previous action in `previous`. A signal that was ignored
/// (SIGHUP under nohup) stays ignored. Returns 1 when installed.
static inline int kfl_install_handler(int sig, void (*handler)(int, siginfo_t *, void *), struct sigaction *previous) {
    if (sigaction(sig, NULL, previous) != 0) return 0;
    if (!(previous->sa_flags & SA_SIGINFO) && previous->sa_handler == SIG_IGN) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    return sigaction(sig, &action, previous) == 0;
}

/// Puts back an action saved by `kfl_install_handler`.
static inline void kfl_restore_action(int sig, const struct sigaction *previous) { sigaction(sig, previous, NULL); }

/// The default action for `sig` (SIG_DFL is a cast Swift cannot import).
static inline void kfl_default_action(int sig) { signal(sig, SIG_DFL); }

/// A parent may hand down a blocked signal mask (tmux started from a thread
/// that blocks signals, for one): unblock what an interactive program must
/// receive, or resizes and SIGTERM would never arrive.
static inline void kfl_unblock_interactive_signals(void) {
    sigset_t wanted;
    sigemptyset(&wanted);
    int interactive[] = { SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGCONT, SIGTSTP };
    for (size_t i = 0; i < sizeof interactive / sizeof interactive[0]; i++) sigaddset(&wanted, interactive[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

#endif
