// libxml2 for Swift: the parser and the tree it builds.
//
// libxml2 is loaded when a part is first parsed (`handlingsplan_libxml2_load`), not when
// render starts: a run whose reference document comes from the cache parses no XML, and
// loading libxml2 with the ICU and liblzma it links cost every start about 0.6 ms and 65
// page faults. The functions declared below that render uses are defined in LibXML2.c and
// call the loaded library. `libxml` here is Debian's /usr/include/libxml2/libxml (libxml2-dev).
#ifndef HANDLINGSPLAN_CLIBXML2_H
#define HANDLINGSPLAN_CLIBXML2_H

// Debian builds libxml2 with ICU. Its headers then pull in ICU types that clash with
// Foundation's copy in debug builds ("'UErrorCode' has different definitions"); none of
// the API used here needs them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>

/// Loads libxml2 once per process. Returns NULL when it is loaded, otherwise why it could
/// not be (the loader's own words, for the Swedish message around them); after a failure
/// every function render uses returns its failure value without calling anything.
const char *handlingsplan_libxml2_load(void);

/// Frees what libxml2 allocated (`xmlFree`, a global function-pointer variable, which Swift
/// 6 will not touch).
void clibxml2_free(void *pointer);

#endif
