// zlib for Swift: the deflate stream the ZIP writer compresses every part with.
#ifndef HANDLINGSPLAN_CZLIB_SHIM_H
#define HANDLINGSPLAN_CZLIB_SHIM_H

#include <zlib.h>

#endif
