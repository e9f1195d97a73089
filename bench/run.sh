#!/usr/bin/env bash
# `make bench`: every benchmark on a release build, figures printed as tables.
# ITERATIONS sets the in-process repetitions (default 50); SMOKE=1 runs each once.
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${ITERATIONS:-50}
if [ "${SMOKE:-0}" = 1 ]; then iterations=1; fi
configuration=${CONFIGURATION:-release}
swift build -c "$configuration" --product bench
# The whole-process comparison uses render as one would ship it (scripts/build-release.sh).
CONFIGURATION=$configuration scripts/build-release.sh
bin=".build/$configuration"

echo "== Start: etikettfilen och mallarna, lästa och granskade, bredvid en genomläsning av samma byte"
"$bin/bench" start --iterations "$iterations"

echo; echo "== Exempelplanerna i processen (layout och varje format)"
"$bin/bench" examples --iterations "$iterations"

echo; echo "== Den regionala webbplatsen i processen (alla sidor)"
"$bin/bench" site --iterations "$iterations"

echo; echo "== Golvet: webbsidan och texten mot en kopia av samma byte som skyddar &<>\" (mål: html ≤ 5×, text ≤ 10×)"
"$bin/bench" golv-text --iterations "$iterations"

echo; echo "== Skala: en syntetisk plan, var storlek i en egen process"
sizes="1000 10000 100000"
if [ "${SMOKE:-0}" = 1 ]; then sizes="100 200"; fi
scale_log=$(mktemp)
for rows in $sizes; do
    n=$iterations
    if [ "$rows" -ge 100000 ]; then n=$(( iterations < 3 ? iterations : 3 )); elif [ "$rows" -ge 10000 ]; then n=$(( iterations < 10 ? iterations : 10 )); fi
    "$bin/bench" scale --rows "$rows" --iterations "$n" | tee -a "$scale_log"
done
# Linear growth: ten times the rows should take about ten times as long.
python3 - "$scale_log" <<'PY'
import sys
medians = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) == 7 and parts[0].isdigit():
        medians.setdefault(parts[1], []).append((int(parts[0]), float(parts[3])))
print("\nTillväxt (kvot mellan medianer; linjärt = kvoten mellan antalet rader):")
for step, points in medians.items():
    ratios = [f"{b[0] // a[0]}× rader → {b[1] / a[1]:.1f}× tid" for a, b in zip(points, points[1:])]
    print(f"  {step:<7}" + "; ".join(ratios))
PY
rm -f "$scale_log"
echo; echo "== Skala, bara Word: toppminne och tid per rad (layout och docx), var storlek i en egen process"
docx_log=$(mktemp)
for rows in $sizes; do
    n=$(( iterations < 10 ? iterations : 10 ))
    if [ "$rows" -ge 100000 ]; then n=$(( iterations < 3 ? iterations : 3 )); fi
    "$bin/bench" scale --rows "$rows" --iterations "$n" --format docx > "$docx_log.$rows"
    cat "$docx_log.$rows" >> "$docx_log"
done
# Constant time per row (±20 %) and peak memory under 250 MiB at 100 000 rows are the targets.
python3 - "$docx_log" <<'PY'
import sys
rows, table = None, []
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) == 7 and parts[0].isdigit() and parts[1] == "docx":
        rows, median = int(parts[0]), float(parts[3])
    elif line.startswith("toppminne:") and rows:
        table.append((rows, median, float(parts[1])))
print(f"{'rader':>7}  {'docx ms':>9}  {'µs per rad':>10}  {'toppminne MiB':>13}")
for rows, median, peak in table:
    print(f"{rows:>7}  {median:>9.1f}  {median * 1000 / rows:>10.1f}  {peak:>13.1f}")
if len(table) > 1:
    per_row = [median / rows for rows, median, _ in table]
    print(f"tid per rad, största mot minsta storlek: {per_row[-1] / per_row[0]:.2f}× (mål 0,8–1,2×); "
          f"toppminne vid {table[-1][0]} rader: {table[-1][2]:.0f} MiB (mål under 250 MiB)")
PY
rm -f "$docx_log" "$docx_log".*

echo; echo "== Golvet: Word (render mot libzip och en återanvänd zlib-ström för samma delar)"
"$bin/bench" docx-floor --iterations "$iterations"
# The writer alone on synthetic plans: its processor time per row should stay the same.
for rows in $sizes; do
    n=$(( iterations < 3 ? iterations : 3 ))
    if [ "$rows" -ge 100000 ]; then n=1; fi
    "$bin/bench" docx-floor --rows "$rows" --iterations "$n" | grep -E "^syntetisk|per rad"
done

echo; echo "== Import: en syntetisk plan med 200 aktiviteter i Word, läst med render import"
"$bin/bench" import --activities 200 --iterations "$iterations"

echo; echo "== Region: många planer av seed-storlek"
plans=290
if [ "${SMOKE:-0}" = 1 ]; then plans=4; fi
"$bin/bench" region --plans "$plans"

echo; echo "== PDF: alla exempel i en körning av LibreOffice (sekunder per dokument)"
"$bin/bench" pdf

echo; echo "== Hela processer: render mot pandoc (Markdown in) och docxtpl, väggtid och CPU-tid"
RUNS=$(( ${SMOKE:-0} == 1 ? 1 : ${RUNS:-15} )) python3 bench/compare_pandoc.py ".build-static/$configuration/render"

echo; echo "== Ändra → skriva: en rad i en planfil till färdiga dokument (debug), och typkontroll per planstorlek"
bench/edit_render.sh
