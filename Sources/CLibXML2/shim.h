// libxml2 for Swift: the parser, the tree and the streaming writer.
#ifndef HANDLINGSPLAN_CLIBXML2_SHIM_H
#define HANDLINGSPLAN_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU. Its headers then pull in ICU types that clash with
// Foundation's copy in debug builds ("'UErrorCode' has different definitions"); none of
// the API used here needs them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>

// `xmlFree` is a global function-pointer variable, which Swift 6 will not touch.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

#endif
