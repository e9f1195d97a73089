#!/usr/bin/env bash
# Builds `render` as it is shipped to users: optimised, with the Swift runtime and
# Foundation linked in statically (so the dynamic loader has only the C libraries left to
# load and relocate at each start), into .build-static/release/render. The default templates are found in the
# checkout's templates/ (or in the resources folder beside the binary when it is moved).
# Linked by the toolchain's lld as a position-dependent executable (--no-pie): its addresses
# are fixed at link time, so the loader has none of the binary's 85 000 pointer fix-ups to
# apply (a position-independent build had them, packed by -z pack-relative-relocs into a
# 16 KB bitmap, DT_RELR) and the pages holding those pointers stay clean file pages, read
# only where used (about 200 page faults fewer at every start; `readelf -r` lists only the
# 1 300 references to the C libraries).
# Compiled without the type-metadata accessors by mangled name
# (-disable-concrete-type-metadata-mangled-name-accessors): the runtime's demangling of those
# names checks every generic requirement with a scan of all 7 000 conformance records; direct
# accessors pass what they know (a one-document run: 105 → 86 M instructions with the label
# file's byte reading; the demangler's share 17.8 → 7.2 M, conformance scans 21.9 → 13.7 M).
# `make release` and bench/run.sh build it this way. CONFIGURATION=debug builds it unoptimised.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c "${CONFIGURATION:-release}" --product render --static-swift-stdlib --scratch-path .build-static \
    -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-pie \
    -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors "$@"
