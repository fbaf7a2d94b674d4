// The only door to libncursesw. SwiftPM drops the -D flags pkg-config would give, so the
// wide-character API is switched on here, before the include.
#ifndef STS_CNCURSESW_SHIM_H
#define STS_CNCURSESW_SHIM_H

// _DEFAULT_SOURCE keeps glibc's default declarations: without it, _XOPEN_SOURCE alone
// renames struct fields (sys/ucontext.h) and this module clashes with Glibc/Dispatch.
#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Globals and function-like macros Swift 6 cannot use directly.
static inline WINDOW *sts_stdscr(void) { return stdscr; }
static inline int sts_lines(void) { return LINES; }
static inline int sts_cols(void) { return COLS; }
static inline int sts_colors(void) { return COLORS; }
static inline int sts_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t sts_attr_bold(void) { return A_BOLD; }
static inline attr_t sts_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t sts_attr_reverse(void) { return A_REVERSE; }
static inline attr_t sts_attr_dim(void) { return A_DIM; }
static inline attr_t sts_attr_normal(void) { return A_NORMAL; }
static inline int sts_key_resize(void) { return KEY_RESIZE; }
static inline int sts_key_code_yes(void) { return KEY_CODE_YES; }
static inline int sts_key_f(int n) { return KEY_F(n); }
static inline int sts_err(void) { return ERR; }

// Puts one grapheme (a base character and its combining marks, NUL-terminated) at y, x.
static inline int sts_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// Signals: the handler only records which signal came; the main loop notices it on its
// next wake-up (input is read with a timeout) and restores the terminal before exiting.
// SA_RESTART is left off so a blocking read is interrupted at once.
static volatile sig_atomic_t sts_pending_signal = 0;
static void sts_on_signal(int sig) { sts_pending_signal = sig; }
static inline void sts_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = sts_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    signal(SIGPIPE, SIG_IGN);
    // A launcher may hand us a blocked signal mask (it is inherited across exec): without
    // SIGWINCH there is no resize, without SIGHUP no clean exit when SSH drops.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}
static inline int sts_take_signal(void) {
    int sig = sts_pending_signal;
    sts_pending_signal = 0;
    return sig;
}

// True when the input descriptor was hung up (an SSH connection that dropped).
static inline int sts_input_hung_up(int fd) {
    struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

static inline const char *sts_codeset(void) { return nl_langinfo(CODESET); }

// newterm on the process's own stdout/stdin (globals Swift 6 will not touch). Returns NULL,
// without exiting, when TERM names no known terminal.
static inline SCREEN *sts_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline void sts_flush_stdout(void) { fflush(stdout); }

// 1 when TERM's terminfo entry can move the cursor to a row and column (`cup`), 0 when it
// cannot (TERM=dumb, a printing terminal), -1 when TERM names no terminfo entry. Reads the
// entry without touching the terminal, and drops it again.
#include <ncursesw/term.h>
static inline int sts_terminal_addresses_cursor(const char *term) {
    int err = 0;
    if (setupterm(term, 1, &err) != OK) return -1;
    char *cup = tigetstr("cup");
    int addresses = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return addresses;
}

#endif
