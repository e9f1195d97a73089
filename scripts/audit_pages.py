"""Audits web pages for WCAG 2.1 AA with axe-core in headless Chromium, and checks that
no page scrolls sideways on a narrow screen (WCAG 1.4.10 Reflow, 320 CSS pixels) and that
every table cell's box lies inside the viewport (no table scrolls sideways in its box).

Usage: python3 scripts/audit_pages.py [--widths 1280,320] PAGE.html...

axe.min.js comes from the PyPI wheel axe-playwright-python (installed without its
playwright dependency); selenium injects it. Exits 1 if any page has a violation or
overflows, 2 if a tool is missing."""

import argparse
import importlib.util
import json
import os
import sys

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        sys.stderr.write("error: axe-core not found; pip install --no-deps axe-playwright-python\n")
        sys.exit(2)
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    with open(path, encoding="utf-8") as file:
        return file.read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--widths", default="1280,320")
    parser.add_argument("pages", nargs="+")
    arguments = parser.parse_args()
    widths = [int(width) for width in arguments.widths.split(",")]

    try:
        from browser import file_url, open_chromium, set_viewport
    except ImportError as error:
        sys.stderr.write(f"error: {error}; pip install selenium\n")
        sys.exit(2)

    source = axe_source()
    driver = open_chromium()
    problems = 0
    checks = 0
    try:
        for width in widths:
            set_viewport(driver, width)
            for page in arguments.pages:
                checks += 1
                driver.get(file_url(page))
                driver.execute_script(source)
                result = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                    ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));",
                    TAGS)
                violations = json.loads(result)
                overflow = driver.execute_script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
                name = os.path.relpath(page)
                for violation in violations:
                    problems += 1
                    print(f"{name} @ {width}px: {violation['id']}: {violation['help']}")
                    for node in violation["nodes"][:5]:
                        print(f"    {' '.join(node.get('target', []))}: {node.get('failureSummary', '').splitlines()[-1:]}")
                if overflow > 0:
                    problems += 1
                    print(f"{name} @ {width}px: the page scrolls sideways by {overflow}px")
                outside = driver.execute_script(
                    "const w = document.documentElement.clientWidth;"
                    "return [...document.querySelectorAll('td, th')].filter(c => {"
                    "  const r = c.getBoundingClientRect();"
                    "  return r.width > 0 && (r.left < -0.5 || r.right > w + 0.5); }).map(c => c.textContent.trim().slice(0, 40));")
                if outside:
                    problems += 1
                    print(f"{name} @ {width}px: {len(outside)} table cells lie outside the viewport, first: {outside[0]!r}")
    finally:
        driver.quit()
    print(f"audited {len(arguments.pages)} pages at {', '.join(map(str, widths))} px: "
          f"{checks} checks, {problems} problems (axe-core tags {', '.join(TAGS)}; reflow)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
