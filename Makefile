# The two commands of the README. Each installs what is missing first.
SWIFT ?= swift

.PHONY: site test dependencies

dependencies:
	scripts/install-dependencies.sh build

## Builds site/ from Examples/ and Templates/.
site: dependencies
	$(SWIFT) build --product backprop-site
	$$($(SWIFT) build --show-bin-path)/backprop-site build

## Runs every test.
test: dependencies
	$(SWIFT) test
