// libhyphen for Swift: TeX-pattern hyphenation with the dictionaries LibreOffice uses.
// Debian's libhyphen-dev installs no pkg-config file, so the module map links "hyphen".
#ifndef HANDLINGSPLAN_CLIBHYPHEN_SHIM_H
#define HANDLINGSPLAN_CLIBHYPHEN_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <hyphen.h>

// glibc's Dl_info and dladdr, which <dlfcn.h> declares only under _GNU_SOURCE (and Swift's
// Glibc module is built without it).
typedef struct {
    const char *dli_fname;
    void *dli_fbase;
    const char *dli_sname;
    void *dli_saddr;
} clibhyphen_dl_info;
int dladdr(const void *address, clibhyphen_dl_info *info);

// The file of the libhyphen library this process runs with (part of the key of a saved
// dictionary image), or NULL when the loader cannot tell.
static inline const char *clibhyphen_library_path(void) {
    clibhyphen_dl_info info;
    return dladdr((const void *)hnj_hyphen_load, &info) != 0 ? info.dli_fname : NULL;
}

#endif
