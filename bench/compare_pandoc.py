#!/usr/bin/env python3
"""Whole-process timings of our release-built `render` against pandoc on the same
content, alternating runs so both see the same machine load. Prints medians and the
ratio pandoc/render per example and format, and for the whole batch."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("RUNS", "15"))
RENDER = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/render")


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def alternate(ours, theirs):
    a, b = [], []
    for _ in range(RUNS):
        a.append(timed(ours))
        b.append(timed(theirs))
    return statistics.median(a), statistics.median(b)


def main():
    if not shutil.which("pandoc"):
        sys.exit("pandoc saknas: apt-get install pandoc")
    work = tempfile.mkdtemp(prefix="jamfor-pandoc-")
    source = os.path.join(work, "källa")
    target = os.path.join(work, "ut")
    os.makedirs(target)
    # The HTML we write is the common content both tools start from.
    subprocess.run([RENDER, "--out", source, "--quiet", "--format", "docx,html"], check=True)
    ids = [line.split()[0] for line in subprocess.run([RENDER, "list"], check=True, capture_output=True,
                                                       text=True).stdout.splitlines()[1:]]
    formats = [f for f in ("docx", "html") if all(os.path.exists(os.path.join(source, f"{i}.{f}")) for i in ids)]
    if not formats:
        sys.exit("render skriver varken docx eller html än; inget att jämföra")
    version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    print(f"{RUNS} varv per mätning, växelvis; {version}; render: {RENDER}\n")
    rows = []
    for plan in ids:
        html = os.path.join(source, f"{plan}.html")
        for fmt in formats:
            ours = [RENDER, plan, "--format", fmt, "--out", target, "--quiet"]
            if fmt == "docx":
                theirs = ["pandoc", html, "-o", os.path.join(target, f"{plan}.pandoc.docx")]
            else:
                theirs = ["pandoc", "-f", "html", "-t", "html5", "-s", html, "-o", os.path.join(target, f"{plan}.pandoc.html")]
            a, b = alternate(ours, theirs)
            rows.append((plan, fmt, a, b))
    pandoc_batch = " && ".join(
        [f"pandoc '{os.path.join(source, i)}.html' -o '{os.path.join(target, i)}.p.docx'" for i in ids if "docx" in formats]
        + [f"pandoc -f html -t html5 -s '{os.path.join(source, i)}.html' -o '{os.path.join(target, i)}.p.html'"
           for i in ids if "html" in formats])
    a, b = alternate([RENDER, "--out", target, "--quiet", "--format", ",".join(formats)], ["sh", "-c", pandoc_batch])
    rows.append(("alla exempel", "+".join(formats), a, b))

    print(f"{'dokument':<24}{'format':<11}{'render ms':>10}{'pandoc ms':>11}{'pandoc/render':>15}")
    for plan, fmt, a, b in rows:
        print(f"{plan:<24}{fmt:<11}{a:>10.1f}{b:>11.1f}{b / a:>15.1f}")
    with open(os.path.join(work, "resultat.json"), "w") as out:
        json.dump([{"dokument": p, "format": f, "render_ms": a, "pandoc_ms": b} for p, f, a, b in rows], out, indent=2)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
