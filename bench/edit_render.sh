#!/usr/bin/env bash
# Edit → render: the time from a one-line change in a plan file to rendered documents
# (incremental debug build, then render), median of RUNS (default 5), in the project and
# in a municipality package made with `render ny`. Then type-checking a generated plan
# by size (bench/generate_plan.py), against the built PlanModel module.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
sizes=${TYPECHECK_SIZES:-"100 200 400 800 1000"}
if [ "${SMOKE:-0}" = 1 ]; then runs=1; sizes="100 200"; export NESTED_SIZES="50 100"; fi
work=$(mktemp -d)
# The project's plan file is edited in place: its own bytes (uncommitted edits included)
# are kept aside and put back however the script ends.
cp examples/Vanersborg.swift "$work/Vanersborg.swift.orig"
restore() { cp "$work/Vanersborg.swift.orig" examples/Vanersborg.swift; }
trap 'restore; rm -rf "$work"' EXIT

median() { python3 -c 'import sys, statistics; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.2f}")' "$@"; }
now() { date +%s.%N; }

# One-line change: the subtitle's text, a different word each run.
edit() { sed -i "/undertitel:/ { s/$2 [0-9]*\"/$2 $3\"/; t; s/$2\"/$2 $3\"/ }" "$1"; }

# cycle LABEL FOLDER FILE BUILD RENDER…: RUNS times edit FILE, build with BUILD (a command
# line, run in FOLDER) and render with RENDER; prints the medians of the whole cycle, of the
# build and of the render (every format), and of the cycle without PDF (LibreOffice's part).
cycle() {
    local label=$1 folder=$2 file=$3 build=$4; shift 4
    (cd "$folder" && $build >/dev/null)
    local totals=() builds=() renders=() without=() cpus=()
    for i in $(seq 1 "$runs"); do
        edit "$file" "barn och unga" "$i"
        local start=$(now)
        (cd "$folder" && /usr/bin/time -f "%U %S" -o "$work/cpu" $build >/dev/null)
        local built=$(now)
        cpus+=("$(awk '{print $1 + $2}' "$work/cpu")")
        (cd "$folder" && "$@" -q)
        local rendered=$(now)
        (cd "$folder" && "$@" -q --format docx,html,txt)
        local finished=$(now)
        totals+=("$(python3 -c "print($rendered - $start)")")
        builds+=("$(python3 -c "print($built - $start)")")
        renders+=("$(python3 -c "print($rendered - $built)")")
        without+=("$(python3 -c "print($built - $start + $finished - $rendered)")")
    done
    echo "$label: median $(median "${totals[@]}") s av $runs (${totals[*]})"
    echo "    bygget $(median "${builds[@]}") s (processor $(median "${cpus[@]}") s), alla format $(median "${renders[@]}") s; utan PDF (Word, webb, text) $(median "${without[@]}") s"
}

cycle "Projektet (examples/Vanersborg.swift → out/vanersborg.*)" . examples/Vanersborg.swift \
    "swift build --product render" .build/debug/render vanersborg --out "$work/out"
restore

package="$work/ale"
scratch="$PWD/.build/municipal-packages/bench"
.build/debug/render ny "$package" --id ale --kommun "Ale kommun" --layout delmal >/dev/null 2>&1
cycle "Kommunens paket (Sources/Planer/Plan.swift → out/ale.*)" "$package" "$package/Sources/Planer/Plan.swift" \
    "swift build --scratch-path $scratch" "$scratch/debug/plan"

echo; echo "Typkontroll av en genererad plan (swiftc -typecheck), per antal aktiviteter. Tillväxt: tidens faktor"
echo "per fördubbling av planen, räknad på processortiden (2,0 är linjärt, 4,0 kvadratiskt)."
swift build --target PlanModel >/dev/null
typecheck() { # shape style: one line per size
    local previous_n="" previous_cpu=""
    for n in $sizes; do
        python3 bench/generate_plan.py "$n" "$1" "$2" > "$work/Plan.swift"
        read -r wall cpu < <( { /usr/bin/time -f "%e %U" swiftc -typecheck -I .build/debug/Modules "$work/Plan.swift" >/dev/null; } 2>&1 | tail -1)
        python3 - "$n" "$wall" "$cpu" "$previous_n" "$previous_cpu" <<'PY'
import math, sys
n, wall, cpu, pn, pc = sys.argv[1:]
line = f"    {int(n):>5} aktiviteter: {float(wall):6.1f} s (processor {float(cpu):5.1f} s)"
if pn and float(pc) > 0:
    growth = (float(cpu) / float(pc)) ** (1 / math.log2(int(n) / int(pn)))
    line += f", tillväxt {growth:.1f}"
print(line.replace(".", ","))
PY
        previous_n=$n previous_cpu=$cpu
    done
}
echo "  Fem fokusområden, mål om fem aktiviteter, varje mål en egen konstant (så som README och render ny skriver):"
typecheck fem mål
echo "  Ett fokusområde med alla mål:"
typecheck ett-fokus mål
echo "  Ett mål med alla aktiviteter, varje aktivitet en egen konstant:"
typecheck ett-mål mål
echo "  Före: hela planen som ett enda nästlat uttryck (fem fokusområden):"
sizes=${NESTED_SIZES:-"100 200"} typecheck fem nästlad
