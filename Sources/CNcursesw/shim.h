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
// Terminal safety net: restore the terminal when the process dies.
//
// The state below is `static`, so each Swift object file that calls these
// functions would get its own copy: call them from ONE Swift file only
// (KFLTerminal/TerminalGuard.swift).

/// All guard state, in a function-local static: Swift's importer emits
/// those reliably (it drops tentative file-scope definitions).
struct kfl_guard_state {
    struct termios saved_termios;
    volatile sig_atomic_t termios_saved;
    volatile sig_atomic_t armed;
    struct sigaction previous[NSIG];
    volatile sig_atomic_t handled[NSIG];
    int atexit_registered;
};

static struct kfl_guard_state *kfl_guard(void) {
    static struct kfl_guard_state state;
    return &state;
}

static const int kfl_fatal_signals[] = {
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGTRAP, SIGFPE,
};

/// Async-signal-safe: tcsetattr and write only.
static void kfl_restore_tty(int leave_alternate_screen) {
    if (kfl_guard()->termios_saved) tcsetattr(STDIN_FILENO, TCSANOW, &kfl_guard()->saved_termios);
    static const char full[] = "\033[0m\033[?25h\033[?1049l";
    static const char light[] = "\033[0m\033[?25h";
    ssize_t ignored;
    if (leave_alternate_screen) ignored = write(STDOUT_FILENO, full, sizeof full - 1);
    else ignored = write(STDOUT_FILENO, light, sizeof light - 1);
    (void)ignored;
}

/// Restores the terminal, puts back the previous handler (the Swift runtime's
/// backtracer, or the default) and re-raises, so the process still dies (or
/// reports) exactly as it would have.
static void kfl_on_fatal_signal(int sig) {
    struct kfl_guard_state *g = kfl_guard();
    if (g->armed) {
        g->armed = 0;
        kfl_restore_tty(1);
    }
    if (sig > 0 && sig < NSIG && g->handled[sig]) sigaction(sig, &g->previous[sig], NULL);
    else signal(sig, SIG_DFL);
    raise(sig);
}

static void kfl_on_exit(void) {
    if (kfl_guard()->armed) {
        kfl_guard()->armed = 0;
        endwin();
        kfl_restore_tty(0);
    }
}

/// Saves the terminal modes of fd 0 (call before initscr/newterm) and installs
/// the handlers. Signals that were ignored (e.g. SIGHUP under nohup) stay ignored.
static inline void kfl_guard_arm(void) {
    struct kfl_guard_state *g = kfl_guard();
    if (tcgetattr(STDIN_FILENO, &g->saved_termios) == 0) g->termios_saved = 1;
    for (size_t i = 0; i < sizeof kfl_fatal_signals / sizeof kfl_fatal_signals[0]; i++) {
        int sig = kfl_fatal_signals[i];
        struct sigaction previous;
        if (sigaction(sig, NULL, &previous) != 0) continue;
        if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = kfl_on_fatal_signal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_ONSTACK;
        if (sigaction(sig, &action, &g->previous[sig]) == 0) g->handled[sig] = 1;
    }
    // A parent may hand down a blocked signal mask (tmux started from a thread
    // that blocks signals, for one): unblock what an interactive program must
    // receive, or resizes and SIGTERM would never arrive.
    sigset_t wanted;
    sigemptyset(&wanted);
    int interactive[] = { SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGCONT, SIGTSTP };
    for (size_t i = 0; i < sizeof interactive / sizeof interactive[0]; i++) sigaddset(&wanted, interactive[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    if (!g->atexit_registered) {
        atexit(kfl_on_exit);
        g->atexit_registered = 1;
    }
    g->armed = 1;
}

/// After endwin: restore the saved modes, show the cursor, reset attributes,
/// and put the previous signal handlers back.
static inline void kfl_guard_disarm(void) {
    struct kfl_guard_state *g = kfl_guard();
    if (!g->armed) return;
    g->armed = 0;
    kfl_restore_tty(0);
    for (int sig = 1; sig < NSIG; sig++) {
        if (g->handled[sig]) {
            sigaction(sig, &g->previous[sig], NULL);
            g->handled[sig] = 0;
        }
    }
}

#endif
