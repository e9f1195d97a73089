#include "CLazyLibrary.h"

#include <dlfcn.h>
#include <stdio.h>

void *handlingsplan_lazy_open(HandlingsplanLazyLibrary *library) {
    void *handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) handlingsplan_lazy_fail(library, NULL, "%s", dlerror());
    return handle;
}

int handlingsplan_lazy_resolve(HandlingsplanLazyLibrary *library, void *handle, void **slot, const char *name) {
    if ((*slot = dlsym(handle, name)) != NULL) return 1;
    snprintf(library->failure, sizeof library->failure, "%s lacks %s", library->soname, name);
    dlclose(handle);
    return 0;
}

void handlingsplan_lazy_fail(HandlingsplanLazyLibrary *library, void *handle, const char *format, const char *detail) {
    snprintf(library->failure, sizeof library->failure, format, detail ? detail : "");
    if (handle != NULL) dlclose(handle);
}

const char *handlingsplan_lazy_load(HandlingsplanLazyLibrary *library, void (*load)(void)) {
    if (pthread_once(&library->once, load) != 0) return "pthread_once failed";
    return library->loaded ? NULL : library->failure;
}
