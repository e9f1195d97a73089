#define _XOPEN_SOURCE 700
#include "CacheIsolation.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

// The test process's own folder, and inside it the cache folder and the temporary folder.
static char root[256];
static char cache[300];
static char temporary[300];
static pid_t owner;

const char *cache_isolation_folder(void) { return cache; }

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *walk) {
    (void)info;
    (void)flag;
    (void)walk;
    return remove(path);
}

// Only the process that made the folder removes it (not a child that exits after a fork).
static void remove_root(void) {
    if (root[0] != '\0' && getpid() == owner) nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

__attribute__((constructor)) static void isolate_cache(void) {
    const char *given = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/render-tests-XXXXXX", given && given[0] == '/' ? given : "/tmp");
    if (mkdtemp(root) == NULL) {
        // No folder of our own: no cache at all rather than the user's.
        root[0] = '\0';
        setenv("XDG_CACHE_HOME", "/dev/null/render-tests", 1);
        return;
    }
    owner = getpid();
    atexit(remove_root);
    snprintf(cache, sizeof cache, "%s/cache", root);
    snprintf(temporary, sizeof temporary, "%s/tmp", root);
    if (mkdir(cache, 0700) != 0) {
        cache[0] = '\0';
        setenv("XDG_CACHE_HOME", "/dev/null/render-tests", 1);
    } else {
        setenv("XDG_CACHE_HOME", cache, 1);
    }
    // What the tests and the processes they start write to temporary folders goes here too,
    // and goes with it; without it the system's folder is used as before.
    if (mkdir(temporary, 0700) == 0) setenv("TMPDIR", temporary, 1);
}

void cache_isolation_wait_for_trusted_file(const char *path) {
    struct stat info;
    if (stat(path, &info) != 0) return;
    for (int tries = 0; tries < 50; tries++) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        if (now.tv_sec - info.st_ctim.tv_sec > 2) return;
        struct timespec pause = {0, 100000000};
        nanosleep(&pause, NULL);
    }
}

void cache_isolation_wait_for_trusted_program(void) {
    char path[4096];
    ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0) return;
    path[length] = '\0';
    cache_isolation_wait_for_trusted_file(path);
}
