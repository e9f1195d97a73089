// libhyphen for Swift: TeX-pattern hyphenation with the dictionaries LibreOffice uses.
// Debian's libhyphen-dev installs no pkg-config file, so the module map links "hyphen".
#ifndef HANDLINGSPLAN_CLIBHYPHEN_SHIM_H
#define HANDLINGSPLAN_CLIBHYPHEN_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <hyphen.h>

#endif
