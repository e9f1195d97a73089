// libzip for Swift: reading ZIP archives in memory, and writing them for comparison.
//
// libzip is loaded when an archive is first read or written (`handlingsplan_libzip_load`),
// not when render starts: a run whose reference document comes from the cache reads no
// archive, and loading libzip with the libcrypto it links cost every start about 130 page
// faults. The functions declared by <zip.h> that render uses are defined in LibZip.c and
// call the loaded library.
#ifndef HANDLINGSPLAN_CLIBZIP_H
#define HANDLINGSPLAN_CLIBZIP_H

#include <zip.h>

/// Loads libzip once per process. Returns NULL when it is loaded, otherwise why it could
/// not be (the loader's own words, for the Swedish message around them); after a failure
/// every function below returns its failure value without calling anything.
const char *handlingsplan_libzip_load(void);

#endif
