#define _XOPEN_SOURCE 700
#include "CacheIsolation.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static char folder[256];
static pid_t owner;

const char *cache_isolation_folder(void) { return folder; }

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *walk) {
    (void)info;
    (void)flag;
    (void)walk;
    return remove(path);
}

// Only the process that made the folder removes it (not a child that exits after a fork).
static void remove_folder(void) {
    if (folder[0] != '\0' && getpid() == owner) nftw(folder, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

__attribute__((constructor)) static void isolate_cache(void) {
    const char *temporary = getenv("TMPDIR");
    snprintf(folder, sizeof folder, "%s/render-test-cache-XXXXXX", temporary && temporary[0] == '/' ? temporary : "/tmp");
    if (mkdtemp(folder) == NULL) {
        // No folder of our own: no cache at all rather than the user's.
        folder[0] = '\0';
        setenv("XDG_CACHE_HOME", "/dev/null/render-tests", 1);
        return;
    }
    owner = getpid();
    setenv("XDG_CACHE_HOME", folder, 1);
    atexit(remove_folder);
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
