# The two commands of the README, and the benchmark. Each installs what is missing first.
SWIFT ?= swift

.PHONY: site test bench dependencies

dependencies:
	scripts/install-dependencies.sh build

## Builds site/ from Examples/ and Templates/.
site: dependencies
	$(SWIFT) build --product backprop-site
	$$($(SWIFT) build --show-bin-path)/backprop-site build

## Runs every test: a short fuzz run over example files, the site in a validator and a real browser,
## then the Swift tests (engine, examples, figures, pages, the command line, and that site/ is what
## `make site` makes).
test: dependencies
	Fuzz/run.sh --seconds 45
	scripts/check-site.sh
	$(SWIFT) test

## Times the site build, the figures and the engine against graphviz and numpy (release build;
## installs graphviz and numpy first). Not part of `make test`.
bench:
	SWIFT=$(SWIFT) Benchmarks/run.sh
