"""Searches the built regional site in headless Chromium as a reader would: types a query
into the search field of the start page and prints the results' titles and addresses,
once with the pages opened from the disk (file://) and once from a web server (Python's
http.server on a free local port). Checks that the search field has an accessible name.

Usage: python3 scripts/search_site.py SITE_DIR QUERY
Prints one line per result: "<mode>\t<title>\t<address>", then "searched: ..." with the
counts. Exits 1 if the field has no accessible name or a mode finds nothing, 2 if a tool
is missing."""

import functools
import http.server
import os
import sys
import threading


def results(driver, url, query):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    field = driver.find_element(By.CSS_SELECTOR, "form.sok input[type=search]")
    name = field.accessible_name
    field.send_keys(query)
    field.send_keys(Keys.ENTER)
    WebDriverWait(driver, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, ".sok-status").text
                                    and "…" not in d.find_element(By.CSS_SELECTOR, ".sok-status").text)
    status = driver.find_element(By.CSS_SELECTOR, ".sok-status").text
    links = [(a.text, a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, ".sok-traffar a")]
    return name, status, links


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    site, query = sys.argv[1], sys.argv[2]
    try:
        from browser import file_url, open_chromium
    except ImportError as error:
        sys.stderr.write(f"error: {error}; pip install selenium\n")
        sys.exit(2)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=os.path.abspath(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # Without --allow-file-access-from-files: a reader's browser has no such flag.
    driver = open_chromium(file_access=False)
    failed = False
    try:
        for mode, url in [("file", file_url(os.path.join(site, "index.html"))),
                          ("http", f"http://127.0.0.1:{server.server_address[1]}/index.html")]:
            name, status, links = results(driver, url, query)
            print(f"{mode}\tname\t{name}")
            print(f"{mode}\tstatus\t{status}")
            for text, href in links:
                print(f"{mode}\t{text}\t{href}")
            if not name or not links:
                failed = True
            console = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
            for message in console:
                print(f"{mode}\tconsole\t{message}")
    finally:
        driver.quit()
        server.shutdown()
    print(f"searched: {query}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
