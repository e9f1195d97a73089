// Linked into the test bundle: before any test runs, XDG_CACHE_HOME and TMPDIR point into a
// fresh folder of this test process (removed when it exits), so neither the tests nor the
// `render` processes they start read or write the user's ~/.cache/render, and a run of the
// suite leaves no temporary folders behind (its Word files, PDFs and packages run to
// hundreds of megabytes).
#ifndef CACHE_ISOLATION_H
#define CACHE_ISOLATION_H

/// The test process's own cache folder (what XDG_CACHE_HOME was set to), or "" when none could be made.
const char *cache_isolation_folder(void);

/// Waits (at most five seconds) until the test executable is old enough for the caches to
/// trust its identity (`FileIdentity.program`): more than two seconds after it was linked.
void cache_isolation_wait_for_trusted_program(void);

/// Waits (at most five seconds) until the file at `path`, an executable the tests start or a
/// template they read, is old enough for the caches to trust its identity.
void cache_isolation_wait_for_trusted_file(const char *path);

#endif
