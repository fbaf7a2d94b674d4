// The few POSIX calls Swift's Glibc module does not show: glibc declares setresgid and
// getresgid only under _GNU_SOURCE, which the module was built without. Declared here as
// glibc defines them; nothing else belongs in this header.
#ifndef STS_CPOSIX_SHIM_H
#define STS_CPOSIX_SHIM_H
#include <sys/types.h>

extern int setresgid(gid_t rgid, gid_t egid, gid_t sgid);
extern int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid);

#endif
