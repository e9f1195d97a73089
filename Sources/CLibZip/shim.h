// libzip for Swift: reading and writing ZIP archives in memory.
#ifndef HANDLINGSPLAN_CLIBZIP_SHIM_H
#define HANDLINGSPLAN_CLIBZIP_SHIM_H

#include <zip.h>

#endif
