#!/usr/bin/env python3
"""Whole-process timings of our release-built `render` against pandoc on the same content,
written as a user would write it for pandoc: Markdown. The Markdown of each example plan is
made here from render's own plain text (one paragraph per line), by the small writer
`markdown()` below, so it has the plan's headings, paragraphs, lists and activities.

Runs alternate (render, pandoc, docxtpl where installed, render, …) so all see the same
machine load; each figure is the median of RUNS runs, wall-clock time and CPU time
(user + sys of the process and its children, from os.wait4) side by side. Per plan and
format, and for the batch of every example plan in both formats in one go. Beside each
Word document, in the same rounds, the floor: `start-floor` (built beside render) starts the
same binary and parses the same command line, then exits; what render spends above it is
its work, and pandoc's time over the floor is the most any change to that work could reach."""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("RUNS", "15"))
RENDER = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/render")
# Built beside render by scripts/build-release.sh: render's start and argument parsing alone.
FLOOR = os.path.join(os.path.dirname(RENDER), "start-floor")
TARGET = 10  # a one-document run should be at least this many times faster than pandoc (Markdown → DOCX)

# docxtpl fills a Word template with the same blocks; a whole Python process per document.
DOCXTPL_SCRIPT = """
import json, sys
from docxtpl import DocxTemplate
template = DocxTemplate(sys.argv[1])
template.render(json.load(open(sys.argv[2], encoding="utf-8")))
template.save(sys.argv[3])
"""


def measured(command, env=None):
    """Wall and CPU milliseconds of one run of `command` (in `env`, else this environment)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"misslyckades: {' '.join(command)}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def alternate(commands, envs=None):
    """Median (wall, cpu) per command, over RUNS alternating rounds after one that is not
    counted: the first run of a newly built binary reads it from the disk."""
    for index, command in enumerate(commands):
        measured(command, envs[index] if envs else None)
    samples = [[] for _ in commands]
    for _ in range(RUNS):
        for index, command in enumerate(commands):
            samples[index].append(measured(command, envs[index] if envs else None))
    return [(statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)) for runs in samples]


SETEXT = {"=": "##", "-": "###", "~": "####"}


def escaped(text):
    return re.sub(r"([\\`*_<>\[\]#|])", r"\\\1", text)


def markdown(text):
    """render's plain text (--width 0) as Markdown: the title block as pandoc's title, the
    underlined headings as ATX headings, indented lines (the activities' fields) as nested
    lists; the contents list is left out, as pandoc makes its own."""
    lines = text.split("\n")
    out, title, index, indents = [], None, 0, []
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        rule = line[:1] if line and len(set(line)) == 1 and line[0] in SETEXT and len(line) >= 3 else None
        if rule == "=" and title is None and index + 2 < len(lines) and set(lines[index + 2]) == {"="}:
            title = following
            index += 3
            continue
        underline = following[:1] if following and len(set(following)) == 1 and following[0] in SETEXT else None
        if line.strip() and underline and len(following) >= len(line.rstrip()) and not line.startswith(" "):
            if line == "Innehåll":  # the contents list: skip to the next heading
                index += 2
                while index + 1 < len(lines) and not (lines[index + 1][:1] in SETEXT and set(lines[index + 1]) == {lines[index + 1][0]}
                                                      and lines[index].strip()):
                    index += 1
                continue
            out.append(f"{SETEXT[underline]} {escaped(line.strip())}")
            indents = []
            index += 2
            continue
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if indent and stripped:
            while indents and indents[-1] > indent:
                indents.pop()
            if not indents or indents[-1] < indent:
                indents.append(indent)
            item = stripped[2:] if stripped.startswith("- ") else stripped
            out.append("    " * (len(indents) - 1) + "- " + escaped(item))
        elif stripped.startswith("- "):
            indents = []
            out.append("- " + escaped(stripped[2:]))
        else:
            if not stripped:
                indents = []
            elif out and out[-1] and not out[-1].startswith(("- ", "    ")):
                out[-1] += "\\"  # lines of one block (the cover's) stay lines
            out.append(escaped(line))
        index += 1
    header = ["---", f"title: {json.dumps(title or '', ensure_ascii=False)}", "lang: sv", "---", ""]
    return "\n".join(header + out).rstrip() + "\n"


def blocks(markdown_text):
    """The Markdown's blocks for docxtpl: headings by level, list items and paragraphs."""
    result = []
    for line in markdown_text.split("---\n", 2)[2].split("\n"):
        text = re.sub(r"\\(.)", r"\1", line.strip()).rstrip("\\")
        if not text:
            continue
        heading = re.match(r"(#+) (.*)", text)
        if heading:
            result.append({"typ": f"h{len(heading.group(1)) - 1}", "text": heading.group(2)})
        elif text.startswith("- "):
            result.append({"typ": "li", "text": text[2:]})
        else:
            result.append({"typ": "p", "text": text})
    return result


def docxtpl_template(path):
    """A Word template whose loop writes each block in its style (needs python-docx)."""
    from docx import Document
    document = Document()
    document.add_paragraph("{{ titel }}", style="Title")
    document.add_paragraph("{%p for b in block %}")
    for kind, style in [("h1", "Heading 1"), ("h2", "Heading 2"), ("h3", "Heading 3"), ("li", "List Bullet")]:
        document.add_paragraph(f"{{%p {'if' if kind == 'h1' else 'elif'} b.typ == '{kind}' %}}")
        document.add_paragraph("{{ b.text }}", style=style)
    document.add_paragraph("{%p else %}")
    document.add_paragraph("{{ b.text }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    document.save(path)


def main():
    if not shutil.which("pandoc"):
        sys.exit("pandoc saknas: apt-get install pandoc")
    try:
        import docxtpl  # noqa: F401
        has_docxtpl = True
    except ImportError:
        has_docxtpl = False
    has_floor = os.access(FLOOR, os.X_OK)
    work = tempfile.mkdtemp(prefix="jamfor-pandoc-")
    source = os.path.join(work, "källa")
    target = os.path.join(work, "ut")
    os.makedirs(target)
    listed = subprocess.run([RENDER, "list"], check=True, capture_output=True, text=True).stdout.splitlines()[1:]
    # The plans: what `render json` writes (reports and analyses have no open data).
    ids = [i for i in (line.split()[0] for line in listed)
           if subprocess.run([RENDER, "json", i], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0]
    subprocess.run([RENDER, *ids, "--out", source, "--quiet", "--format", "txt", "--width", "0"], check=True)
    sources = {}
    for plan in ids:
        with open(os.path.join(source, f"{plan}.txt"), encoding="utf-8") as text:
            md = markdown(text.read())
        sources[plan] = os.path.join(source, f"{plan}.md")
        with open(sources[plan], "w", encoding="utf-8") as out:
            out.write(md)
        if has_docxtpl:
            with open(os.path.join(source, f"{plan}.json"), "w", encoding="utf-8") as out:
                title = re.search(r'^title: (.*)$', md, re.M).group(1)
                json.dump({"titel": json.loads(title), "block": blocks(md)}, out, ensure_ascii=False)
    template = os.path.join(source, "mall.docx")
    if has_docxtpl:
        docxtpl_template(template)
    version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    print(f"{RUNS} varv per mätning, växelvis, median; {version}; render: {RENDER}")
    print(f"pandoc läser Markdown som skrivits ur planernas text ({', '.join(f'{i}.md' for i in ids)}).")
    if not has_docxtpl:
        print("docxtpl finns inte (python3 -m pip install docxtpl), så det mäts inte.")
    print()

    def pandoc(plan, fmt, name):
        output = os.path.join(target, f"{name}.pandoc.{fmt}")
        return ["pandoc", "-f", "markdown", sources[plan], "-o", output] + (["-t", "html5", "-s"] if fmt == "html" else [])

    def docxtpl_command(plan):
        return [sys.executable, "-c", DOCXTPL_SCRIPT, template, os.path.join(source, f"{plan}.json"),
                os.path.join(target, f"{plan}.docxtpl.docx")]

    rows = []
    for plan in ids:
        for fmt in ("docx", "html"):
            commands = [[RENDER, plan, "--format", fmt, "--out", target, "--quiet"], pandoc(plan, fmt, plan)]
            if fmt == "docx" and has_docxtpl:
                commands.append(docxtpl_command(plan))
            if fmt == "docx" and has_floor:
                commands.append([FLOOR, *commands[0][1:]])
            timings = alternate(commands)
            ours, theirs = timings[0], timings[1]
            tpl = timings[2] if fmt == "docx" and has_docxtpl else None
            floor = timings[-1] if fmt == "docx" and has_floor else None
            rows.append((plan, fmt, ours, theirs, tpl, floor))
    batch = " && ".join(" ".join(f"'{part}'" for part in pandoc(plan, fmt, plan)) for plan in ids for fmt in ("docx", "html"))
    commands = [[RENDER, *ids, "--out", target, "--quiet", "--format", "docx,html"], ["sh", "-c", batch]]
    if has_docxtpl:
        commands.append(["sh", "-c", " && ".join(" ".join(f"'{part}'" for part in docxtpl_command(plan)) for plan in ids)])
    timings = alternate(commands)
    rows.append(("alla planer", "docx+html", timings[0], timings[1], timings[2] if has_docxtpl else None, None))

    head = f"{'dokument':<18}{'format':<11}{'render ms':>16}{'pandoc ms':>18}{'pandoc/render':>16}"
    head += f"{'docxtpl ms':>18}{'docxtpl/render':>16}" if has_docxtpl else ""
    print(head)
    print(f"{'':<29}{'vägg / cpu':>16}{'vägg / cpu':>18}{'vägg / cpu':>16}" + (f"{'vägg / cpu':>18}{'vägg / cpu':>16}" if has_docxtpl else ""))
    for plan, fmt, ours, theirs, tpl, _ in rows:
        line = (f"{plan:<18}{fmt:<11}{ours[0]:>8.1f} /{ours[1]:>6.1f}{theirs[0]:>10.1f} /{theirs[1]:>6.1f}"
                f"{theirs[0] / ours[0]:>9.1f} /{theirs[1] / ours[1]:>5.1f}")
        if tpl:
            line += f"{tpl[0]:>10.1f} /{tpl[1]:>6.1f}{tpl[0] / ours[0]:>9.1f} /{tpl[1] / ours[1]:>5.1f}"
        print(line)
    documents = [row for row in rows[:-1] if row[1] == "docx"]
    single = [theirs[0] / ours[0] for _, _, ours, theirs, _, _ in documents]
    single_cpu = [theirs[1] / ours[1] for _, _, ours, theirs, _, _ in documents]
    verdict = "uppnått" if min(single) >= TARGET else "inte uppnått"
    print(f"\nMål: ett dokument minst {TARGET}× snabbare än pandoc (Markdown → DOCX), väggtid: "
          f"lägst {min(single):.1f}×, median {statistics.median(single):.1f}× — {verdict} "
          f"(CPU-tid: lägst {min(single_cpu):.1f}×, median {statistics.median(single_cpu):.1f}×).")
    if has_floor:
        # What no change to render's own work can go below: the same binary started and the
        # same command line parsed (the Swift runtime, the argument parser), nothing written.
        print(f"\nGolvet: {os.path.basename(FLOOR)}, samma binär som startar och tolkar samma kommandorad men inte skriver "
              "något; arbetet = render − golvet; pandoc/golvet = den högsta kvot render kan nå med dagens start.")
        print(f"{'dokument':<18}{'golv ms':>16}{'arbetet ms':>16}{'pandoc/golvet':>16}{'arbetet för 10×':>18}")
        print(f"{'':<18}{'vägg / cpu':>16}{'vägg / cpu':>16}{'vägg':>16}{'vägg ms':>18}")
        for plan, _, ours, theirs, _, floor in documents:
            budget = theirs[0] / TARGET - floor[0]
            print(f"{plan:<18}{floor[0]:>8.1f} /{floor[1]:>6.1f}{ours[0] - floor[0]:>8.1f} /{ours[1] - floor[1]:>6.1f}"
                  f"{theirs[0] / floor[0]:>15.1f}×{budget:>18.1f}")
    # render keeps the hyphenation dictionary's image, the read reference document and the
    # parsed label file in the user's cache folder (XDG_CACHE_HOME or ~/.cache/render), so
    # every run above but the first found them there. A run with a cache folder that cannot
    # be written finds none of them: it is what a first run costs.
    cold = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "ingen-cache", "fil"))
    open(os.path.join(work, "ingen-cache"), "w").close()
    print("\nUtan cachemapp, alltså som en första körning (avstavningsordlistan, referensdokumentet och etikettfilen "
          "läses och tolkas; sedan läses de ur användarens cachemapp):")
    for plan in ids:
        command = [RENDER, plan, "--format", "docx", "--out", target, "--quiet"]
        warm, first = alternate([command, command], [None, cold])
        print(f"  {plan:<18}docx  {first[0]:>6.1f} /{first[1]:>6.1f} ms (med cachemappen {warm[0]:.1f} /{warm[1]:.1f} ms)")
    with open(os.path.join(work, "resultat.json"), "w") as out:
        json.dump([{"dokument": p, "format": f, "render": o, "pandoc": t, "docxtpl": x, "golv": g}
                   for p, f, o, t, x, g in rows], out, indent=2)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
