"""Renders every page in a folder in headless Chromium, as a person would see it, at a
desktop width and a phone width, into full-page PNGs: OUT/<page>-<width>.png.

Usage: python3 scripts/screenshots.py [--widths 1280,360] PAGES_DIR OUT_DIR"""

import argparse
import base64
import glob
import os
import sys

from browser import file_url, open_chromium, set_viewport

# Chromium refuses very tall captures; longer pages are cut here.
MAX_HEIGHT = 16000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--widths", default="1280,360")
    parser.add_argument("pages")
    parser.add_argument("out")
    arguments = parser.parse_args()
    pages = sorted(glob.glob(os.path.join(arguments.pages, "*.html")))
    if not pages:
        sys.exit(f"error: no .html files in {arguments.pages}")
    os.makedirs(arguments.out, exist_ok=True)
    driver = open_chromium()
    try:
        for width in [int(width) for width in arguments.widths.split(",")]:
            for page in pages:
                set_viewport(driver, width)
                driver.get(file_url(page))
                height = min(MAX_HEIGHT, driver.execute_script("return document.documentElement.scrollHeight;"))
                set_viewport(driver, width, height)
                shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
                name = os.path.join(arguments.out, f"{os.path.splitext(os.path.basename(page))[0]}-{width}.png")
                with open(name, "wb") as file:
                    file.write(base64.b64decode(shot["data"]))
                print(name)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
