// A shared library loaded when it is first needed, for the C targets that stand in for one
// (CLibZip, CLibXML2): each defines the library's functions that render calls, hidden, as
// calls through pointers its `load` fills in once per process with these helpers.
//
//     static HandlingsplanLazyLibrary library = HANDLINGSPLAN_LAZY_LIBRARY("libzip.so.4");
//     static void load(void) {
//         void *handle = handlingsplan_lazy_open(&library);
//         if (handle == NULL || !handlingsplan_lazy_resolve(&library, handle, (void **)&table.zip_close, "zip_close")) return;
//         library.loaded = 1;
//     }
//     const char *handlingsplan_libzip_load(void) { return handlingsplan_lazy_load(&library, load); }
#ifndef HANDLINGSPLAN_CLAZYLIBRARY_H
#define HANDLINGSPLAN_CLAZYLIBRARY_H

#include <pthread.h>

typedef struct {
    const char *soname;
    pthread_once_t once;
    int loaded;
    char failure[512];
} HandlingsplanLazyLibrary;

#define HANDLINGSPLAN_LAZY_LIBRARY(soname) {soname, PTHREAD_ONCE_INIT, 0, ""}

/// Opens the library (now, locally); NULL, with the loader's reason kept, when it cannot.
void *handlingsplan_lazy_open(HandlingsplanLazyLibrary *library);

/// Looks `name` up into `*slot`; 0 when the library lacks it, which is kept as the reason
/// and closes the library.
int handlingsplan_lazy_resolve(HandlingsplanLazyLibrary *library, void *handle, void **slot, const char *name);

/// Keeps why the library cannot be used (`format` with one `%s`, `detail`) and closes it.
void handlingsplan_lazy_fail(HandlingsplanLazyLibrary *library, void *handle, const char *format, const char *detail);

/// Runs `load` once per process; NULL when the library is loaded, otherwise why not.
const char *handlingsplan_lazy_load(HandlingsplanLazyLibrary *library, void (*load)(void));

// What a target makes of its two X-macro lists of the library's functions,
//     X(return type, name, parameters, arguments, value when the library could not be loaded)
// and procedures, X(name, parameters, arguments), given before use:
//     #define HANDLINGSPLAN_LAZY_TABLE  the table of pointers (`libzip`)
//     #define HANDLINGSPLAN_LAZY_LOADED the function that loads it (`handlingsplan_libzip_load`)
// The table's fields:
#define HANDLINGSPLAN_LAZY_POINTER(type, name, parameters, arguments, failure) type (*name) parameters;
#define HANDLINGSPLAN_LAZY_PROCEDURE_POINTER(name, parameters, arguments) void (*name) parameters;
// In `load`, where `library` and `handle` are in scope: each field looked up, or return.
#define HANDLINGSPLAN_LAZY_RESOLVE(field, name) \
    if (!handlingsplan_lazy_resolve(&library, handle, (void **)&HANDLINGSPLAN_LAZY_TABLE.field, name)) return;
#define HANDLINGSPLAN_LAZY_RESOLVE_FUNCTION(type, name, parameters, arguments, failure) HANDLINGSPLAN_LAZY_RESOLVE(name, #name)
#define HANDLINGSPLAN_LAZY_RESOLVE_PROCEDURE(name, parameters, arguments) HANDLINGSPLAN_LAZY_RESOLVE(name, #name)
// The library's functions themselves: each calls through the table once the library is
// loaded, else returns `failure`; a procedure does nothing then.
#define HANDLINGSPLAN_LAZY_FORWARD(type, name, parameters, arguments, failure) \
    type name parameters { return HANDLINGSPLAN_LAZY_LOADED() == NULL ? HANDLINGSPLAN_LAZY_TABLE.name arguments : failure; }
#define HANDLINGSPLAN_LAZY_FORWARD_PROCEDURE(name, parameters, arguments) \
    void name parameters { if (HANDLINGSPLAN_LAZY_LOADED() == NULL) HANDLINGSPLAN_LAZY_TABLE.name arguments; }

#endif
