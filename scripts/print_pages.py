"""Prints web pages to PDF in headless Chromium (selenium's print_page, A4, the page's own
@page rules) and checks the printed text with pdftotext: "Sida N av M" on every page, no
page that ends with a table caption or header row whose first body row is on the next page,
and no relative link target such as "(tanum.html#mal-1-1)" printed.

Usage: python3 scripts/print_pages.py [--keep DIR] PAGE.html...
Exits 1 if a check fails, 2 if a tool is missing."""

import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", help="write the PDFs into this folder")
    parser.add_argument("pages", nargs="+")
    arguments = parser.parse_args()
    if shutil.which("pdftotext") is None:
        sys.stderr.write("error: pdftotext not found; apt-get install poppler-utils\n")
        sys.exit(2)
    try:
        from browser import file_url, open_chromium
        from selenium.webdriver.common.print_page_options import PrintOptions
    except ImportError as error:
        sys.stderr.write(f"error: {error}; pip install selenium\n")
        sys.exit(2)

    folder = arguments.keep or tempfile.mkdtemp()
    os.makedirs(folder, exist_ok=True)
    driver = open_chromium()
    problems = 0
    printed = 0
    try:
        for page in arguments.pages:
            driver.get(file_url(page))
            # The last header row's words, and each table's caption: what must not end a page.
            tables = driver.execute_script(
                "return [...document.querySelectorAll('table')].map(t => ({"
                " caption: t.caption ? t.caption.innerText.trim() : '',"
                " header: t.tHead ? t.tHead.rows[t.tHead.rows.length - 1].innerText.replace(/\\s+/g, ' ').trim() : ''}));")
            options = PrintOptions()
            options.background = False
            pdf = os.path.join(folder, os.path.splitext(os.path.basename(page))[0] + ".pdf")
            with open(pdf, "wb") as file:
                file.write(base64.b64decode(driver.print_page(options)))
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
            pages = text.split("\f")
            if pages and not pages[-1].strip():
                pages = pages[:-1]
            printed += len(pages)
            name = os.path.relpath(page)
            for number, content in enumerate(pages, start=1):
                if not re.search(rf"Sida {number} av {len(pages)}\b", content):
                    problems += 1
                    print(f"{name}: page {number} has no \"Sida {number} av {len(pages)}\"")
                lines = [line.strip() for line in content.splitlines() if line.strip()]
                body = [line for line in lines if not re.fullmatch(r"Sida \d+ av \d+", line)]
                last = re.sub(r"\s+", " ", " ".join(body[-2:]))
                for table in tables:
                    for kind in ("caption", "header"):
                        words = re.sub(r"\s+", " ", table[kind])
                        if words and number < len(pages) and last.endswith(words[-40:]):
                            problems += 1
                            print(f"{name}: page {number} ends with a table {kind} ({words[:50]!r})")
            for match in re.findall(r"\([^()\s]*\.html#[^()\s]*\)", text.replace("\n", "")):
                problems += 1
                print(f"{name}: a relative link target is printed: {match}")
    finally:
        driver.quit()
    if not arguments.keep:
        shutil.rmtree(folder)
    print(f"printed {len(arguments.pages)} pages to {printed} PDF pages: {problems} problems "
          f"(page numbers, captions and header rows with their first row, relative links)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
