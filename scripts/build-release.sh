#!/usr/bin/env bash
# Builds `render` as it is shipped to users: optimised, with the Swift runtime and
# Foundation linked in statically (so the dynamic loader has only the C libraries left to
# load and relocate at each start), into .build-static/release/render. The default templates are found in the
# checkout's templates/ (or in the resources folder beside the binary when it is moved).
# Linked by the toolchain's lld with packed relative relocations (DT_RELR), so the loader's
# fix-ups of the binary's 85 000 pointers read a 16 KB bitmap. It stays position-independent:
# linking it position-dependent (--no-pie) saved about 180 page faults and 0.5 ms of a 20 ms
# run (farm-bench, 40 pairs), not worth giving up address randomisation in a program that
# reads Word files from elsewhere (`render import`).
# Compiled without the type-metadata accessors by mangled name
# (-disable-concrete-type-metadata-mangled-name-accessors): the runtime's demangling of those
# names checks every generic requirement with a scan of all 7 000 conformance records; direct
# accessors pass what they know (a one-document run: 105 → 86 M instructions with the label
# file's byte reading; the demangler's share 17.8 → 7.2 M, conformance scans 21.9 → 13.7 M).
# `make release` and bench/run.sh build it this way. CONFIGURATION=debug builds it unoptimised.
# Its symbols are not exported (--no-export-dynamic; the static stdlib's link options ask for
# -export-dynamic, for Swift libraries loaded as plug-ins, and render loads only C libraries):
# 180 KB fewer dynamic symbols for the loader to map and search (start-floor 13.9 → 13.7 M
# instructions, 35 fewer page faults).
# C++'s standard library is linked in statically too. The static Swift stdlib names it as
# -lstdc++, which would otherwise load and relocate libstdc++.so at every start: a folder
# that holds only libstdc++.a, searched first, makes the linker take the archive (start-floor:
# 15.8 → 13.9 M instructions, 627 → 572 page faults). Swift's runtime and Foundation's ICU are
# its only users, and no C++ library is loaded beside them (libxml2 and libzip are C).
set -euo pipefail
cd "$(dirname "$0")/.."
static_cxx=.build-static/static-libstdc++
archive=$(clang -print-file-name=libstdc++.a 2>/dev/null || true)
link_cxx=()
if [ -f "$archive" ]; then
    mkdir -p "$static_cxx"
    ln -sfn "$archive" "$static_cxx/libstdc++.a"
    link_cxx=(-Xlinker -L"$PWD/$static_cxx")
else
    echo "libstdc++.a saknas (Debian: libstdc++-12-dev); C++-biblioteket länkas dynamiskt." >&2
fi
# Beside it, start-floor: the same start and argument parsing without the work, the floor
# that bench/compare_pandoc.py prints under every whole-process figure.
for product in render start-floor; do
    swift build -c "${CONFIGURATION:-release}" --product "$product" --static-swift-stdlib --scratch-path .build-static \
        -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs \
        -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors -Xlinker --no-export-dynamic "${link_cxx[@]}" "$@"
done
