// The libzip functions render uses, each calling the library loaded by
// `handlingsplan_libzip_load`. They are hidden, so the libzip loaded later binds its own
// calls to itself, never to these.
#define ZIP_EXTERN __attribute__((visibility("hidden")))
#include "CLibZip.h"

#include <CLazyLibrary.h>
#include <dlfcn.h>
#include <stdio.h>

// The library these headers describe: its ABI changed with the shared object's version 5
// in libzip 1.10.
#if LIBZIP_VERSION_MAJOR == 1 && LIBZIP_VERSION_MINOR < 10
#define HANDLINGSPLAN_LIBZIP_SONAME "libzip.so.4"
#else
#define HANDLINGSPLAN_LIBZIP_SONAME "libzip.so.5"
#endif

// X(return type, name, parameters, arguments, value when libzip could not be loaded)
#define HANDLINGSPLAN_LIBZIP_FUNCTIONS(X) \
    X(int, zip_close, (zip_t *archive), (archive), -1) \
    X(int, zip_error_code_zip, (const zip_error_t *error), (error), ZIP_ER_INTERNAL) \
    X(int, zip_fclose, (zip_file_t *file), (file), -1) \
    X(zip_int64_t, zip_file_add, (zip_t *archive, const char *name, zip_source_t *source, zip_flags_t flags), \
      (archive, name, source, flags), -1) \
    X(int, zip_file_set_dostime, (zip_t *archive, zip_uint64_t index, zip_uint16_t time, zip_uint16_t date, \
                                  zip_flags_t flags), (archive, index, time, date, flags), -1) \
    X(zip_file_t *, zip_fopen_index, (zip_t *archive, zip_uint64_t index, zip_flags_t flags), (archive, index, flags), NULL) \
    X(zip_int64_t, zip_fread, (zip_file_t *file, void *buffer, zip_uint64_t length), (file, buffer, length), -1) \
    X(zip_error_t *, zip_get_error, (zip_t *archive), (archive), &unloaded_error) \
    X(zip_int64_t, zip_get_num_entries, (zip_t *archive, zip_flags_t flags), (archive, flags), -1) \
    X(zip_t *, zip_open_from_source, (zip_source_t *source, int flags, zip_error_t *error), (source, flags, error), NULL) \
    X(int, zip_set_file_compression, (zip_t *archive, zip_uint64_t index, zip_int32_t method, zip_uint32_t flags), \
      (archive, index, method, flags), -1) \
    X(zip_source_t *, zip_source_buffer, (zip_t *archive, const void *data, zip_uint64_t length, int freep), \
      (archive, data, length, freep), NULL) \
    X(zip_source_t *, zip_source_buffer_create, (const void *data, zip_uint64_t length, int freep, zip_error_t *error), \
      (data, length, freep, error), NULL) \
    X(int, zip_source_close, (zip_source_t *source), (source), -1) \
    X(zip_error_t *, zip_source_error, (zip_source_t *source), (source), &unloaded_error) \
    X(int, zip_source_open, (zip_source_t *source), (source), -1) \
    X(zip_int64_t, zip_source_read, (zip_source_t *source, void *buffer, zip_uint64_t length), (source, buffer, length), -1) \
    X(int, zip_source_seek, (zip_source_t *source, zip_int64_t offset, int whence), (source, offset, whence), -1) \
    X(zip_int64_t, zip_source_tell, (zip_source_t *source), (source), -1) \
    X(int, zip_stat_index, (zip_t *archive, zip_uint64_t index, zip_flags_t flags, zip_stat_t *stat), \
      (archive, index, flags, stat), -1)

#define HANDLINGSPLAN_LIBZIP_PROCEDURES(X) \
    X(zip_discard, (zip_t *archive), (archive)) \
    X(zip_error_fini, (zip_error_t *error), (error)) \
    X(zip_error_init, (zip_error_t *error), (error)) \
    X(zip_source_free, (zip_source_t *source), (source)) \
    X(zip_source_keep, (zip_source_t *source), (source)) \
    X(zip_stat_init, (zip_stat_t *stat), (stat))

// What the error accessors return when there is no library: an internal error, which the
// Swift side never sees, as it stops at the failed load.
static zip_error_t unloaded_error = {ZIP_ER_INTERNAL, 0, NULL};

#define HANDLINGSPLAN_LAZY_TABLE libzip
#define HANDLINGSPLAN_LAZY_LOADED handlingsplan_libzip_load

static struct {
    HANDLINGSPLAN_LIBZIP_FUNCTIONS(HANDLINGSPLAN_LAZY_POINTER)
    HANDLINGSPLAN_LIBZIP_PROCEDURES(HANDLINGSPLAN_LAZY_PROCEDURE_POINTER)
} libzip;

static HandlingsplanLazyLibrary library = HANDLINGSPLAN_LAZY_LIBRARY(HANDLINGSPLAN_LIBZIP_SONAME);

static void load(void) {
    void *handle = handlingsplan_lazy_open(&library);
    if (handle == NULL) return;
    // The loaded library must be at least the version these headers describe.
    const char *(*version)(void) = (const char *(*)(void))dlsym(handle, "zip_libzip_version");
    unsigned major = 0, minor = 0;
    if (version == NULL || sscanf(version(), "%u.%u", &major, &minor) != 2
        || major != LIBZIP_VERSION_MAJOR || minor < LIBZIP_VERSION_MINOR) {
        return handlingsplan_lazy_fail(&library, handle, HANDLINGSPLAN_LIBZIP_SONAME " is version %s, older than " LIBZIP_VERSION,
                                       version ? version() : "unknown");
    }
    HANDLINGSPLAN_LIBZIP_FUNCTIONS(HANDLINGSPLAN_LAZY_RESOLVE_FUNCTION)
    HANDLINGSPLAN_LIBZIP_PROCEDURES(HANDLINGSPLAN_LAZY_RESOLVE_PROCEDURE)
    library.loaded = 1;
}

const char *handlingsplan_libzip_load(void) { return handlingsplan_lazy_load(&library, load); }

HANDLINGSPLAN_LIBZIP_FUNCTIONS(HANDLINGSPLAN_LAZY_FORWARD)
HANDLINGSPLAN_LIBZIP_PROCEDURES(HANDLINGSPLAN_LAZY_FORWARD_PROCEDURE)
