// The libxml2 functions render uses, each calling the library loaded by
// `handlingsplan_libxml2_load`. They are hidden, so the libxml2 loaded later binds its own
// calls to itself, never to these. The C library's headers come first, so that only
// libxml2's declarations are made hidden.
#include <CLazyLibrary.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma GCC visibility push(hidden)
#include "CLibXML2.h"
#pragma GCC visibility pop

// X(return type, name, parameters, arguments, value when libxml2 could not be loaded)
#define HANDLINGSPLAN_LIBXML2_FUNCTIONS(X) \
    X(xmlDocPtr, xmlCtxtReadMemory, (xmlParserCtxtPtr context, const char *buffer, int size, const char *url, \
                                     const char *encoding, int options), (context, buffer, size, url, encoding, options), NULL) \
    X(xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *document), (document), NULL) \
    X(xmlParserCtxtPtr, xmlNewParserCtxt, (void), (), NULL) \
    X(xmlChar *, xmlNodeGetContent, (const xmlNode *node), (node), NULL) \
    X(xmlNsPtr, xmlSearchNs, (xmlDocPtr document, xmlNodePtr node, const xmlChar *prefix), (document, node, prefix), NULL)

#define HANDLINGSPLAN_LIBXML2_PROCEDURES(X) \
    X(xmlFreeDoc, (xmlDocPtr document), (document)) \
    X(xmlFreeParserCtxt, (xmlParserCtxtPtr context), (context)) \
    X(xmlInitParser, (void), ())

#define HANDLINGSPLAN_LAZY_TABLE libxml2
#define HANDLINGSPLAN_LAZY_LOADED handlingsplan_libxml2_load

static struct {
    HANDLINGSPLAN_LIBXML2_FUNCTIONS(HANDLINGSPLAN_LAZY_POINTER)
    HANDLINGSPLAN_LIBXML2_PROCEDURES(HANDLINGSPLAN_LAZY_PROCEDURE_POINTER)
    xmlFreeFunc *free;
} libxml2;

static HandlingsplanLazyLibrary library = HANDLINGSPLAN_LAZY_LIBRARY("libxml2.so.2");

static void load(void) {
    void *handle = handlingsplan_lazy_open(&library);
    if (handle == NULL) return;
    // The loaded library must be at least the version these headers describe
    // (`xmlParserVersion` is its LIBXML_VERSION as a string, "20914" for 2.9.14).
    const char **version = (const char **)dlsym(handle, "xmlParserVersion");
    if (version == NULL || *version == NULL || atoi(*version) < LIBXML_VERSION) {
        return handlingsplan_lazy_fail(&library, handle, "libxml2.so.2 is version %s, older than " LIBXML_DOTTED_VERSION,
                                       version && *version ? *version : "unknown");
    }
    HANDLINGSPLAN_LIBXML2_FUNCTIONS(HANDLINGSPLAN_LAZY_RESOLVE_FUNCTION)
    HANDLINGSPLAN_LIBXML2_PROCEDURES(HANDLINGSPLAN_LAZY_RESOLVE_PROCEDURE)
    HANDLINGSPLAN_LAZY_RESOLVE(free, "xmlFree")
    // libxml2 sets up its global state once, before any thread uses it.
    libxml2.xmlInitParser();
    library.loaded = 1;
}

const char *handlingsplan_libxml2_load(void) { return handlingsplan_lazy_load(&library, load); }

HANDLINGSPLAN_LIBXML2_FUNCTIONS(HANDLINGSPLAN_LAZY_FORWARD)
HANDLINGSPLAN_LIBXML2_PROCEDURES(HANDLINGSPLAN_LAZY_FORWARD_PROCEDURE)

void clibxml2_free(void *pointer) {
    if (handlingsplan_libxml2_load() == NULL) (*libxml2.free)(pointer);
}
