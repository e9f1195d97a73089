# The two quick-start commands: `make render` and `make test`. Both install what is
# missing first (see scripts/install-deps.sh) and print what they install.

.PHONY: render test deps test-deps build bench

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	swift build

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
