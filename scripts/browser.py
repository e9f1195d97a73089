"""Headless Chromium from Debian's chromium and chromium-driver, driven by selenium,
shared by the accessibility audit and the screenshot script. Works offline: the
driver and browser are given by path, so selenium never tries to download one."""

import os
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
DRIVER_CANDIDATES = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]


def _first_existing(paths, name):
    for path in paths:
        if os.path.exists(path):
            return path
    found = shutil.which(name)
    if found:
        return found
    sys.exit(f"error: {name} not found (tried {', '.join(paths)}); install Debian's chromium and chromium-driver")


def open_chromium(file_access=True):
    """Headless Chromium; `file_access=False` leaves out --allow-file-access-from-files,
    so pages opened from the disk are as restricted as in a reader's browser."""
    options = webdriver.ChromeOptions()
    options.binary_location = _first_existing(CHROMIUM_CANDIDATES, "chromium")
    arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--force-device-scale-factor=1"]
    if file_access:
        arguments.append("--allow-file-access-from-files")
    for argument in arguments:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=_first_existing(DRIVER_CANDIDATES, "chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def set_viewport(driver, width, height=900):
    """Emulates a screen `width` CSS pixels wide, narrower than a desktop window may be."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })


def file_url(path):
    return "file://" + os.path.abspath(path)
