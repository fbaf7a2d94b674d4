// The few POSIX calls Swift's Glibc module does not show: glibc declares setresgid and
// getresgid (the setgid gatekeeper) only under _GNU_SOURCE, and the pseudo-terminal calls
// (sts-bench's idle sessions) only under _XOPEN_SOURCE, which the module was built without.
// Declared here as glibc defines them; nothing else belongs in this header.
#ifndef STS_CPOSIX_SHIM_H
#define STS_CPOSIX_SHIM_H
#include <sys/types.h>

extern int setresgid(gid_t rgid, gid_t egid, gid_t sgid);
extern int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid);

extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

// posix_spawn's flag to start the child in a session of its own (glibc >= 2.26).
static inline short sts_posix_spawn_setsid(void) { return 0x80; }

#endif
