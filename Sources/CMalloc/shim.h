// glibc's mallopt for Swift, whose Glibc module does not expose it: `HeapMode` fixes the
// thresholds at which malloc maps memory of its own and gives freed memory back.
#ifndef HANDLINGSPLAN_CMALLOC_SHIM_H
#define HANDLINGSPLAN_CMALLOC_SHIM_H

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>

/// Sets M_MMAP_THRESHOLD and M_TRIM_THRESHOLD (bytes); returns whether glibc took both.
static inline int handlingsplan_fix_heap_thresholds(int mmapThreshold, int trimThreshold) {
    return mallopt(M_MMAP_THRESHOLD, mmapThreshold) == 1 && mallopt(M_TRIM_THRESHOLD, trimThreshold) == 1;
}
#else
static inline int handlingsplan_fix_heap_thresholds(int mmapThreshold, int trimThreshold) {
    (void)mmapThreshold;
    (void)trimThreshold;
    return 0;
}
#endif

#endif
