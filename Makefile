# The two commands of the README, and the benchmark. Each installs what is missing first.
SWIFT ?= swift

PREFIX ?= /usr/local
DESTDIR ?=
# The build `make install` installs: release, unless a test installs the debug build it already has.
CONFIGURATION ?= release

.PHONY: site test bench dependencies install uninstall

dependencies:
	scripts/install-dependencies.sh build

## Builds site/ from Examples/ and Templates/.
site: dependencies
	$(SWIFT) build --product backprop-site
	$$($(SWIFT) build --show-bin-path)/backprop-site build

## Runs every test: a short fuzz run over example files, the site in a validator and a real browser,
## `make install` into a scratch folder and the installed program used from there, then the Swift
## tests (engine, examples, figures, pages, the command line, and that site/ is what `make site` makes).
test: dependencies
	Fuzz/run.sh --seconds 45
	scripts/check-site.sh
	scripts/install-check.sh
	$(SWIFT) test

## Times the site build, the figures and the engine against graphviz and numpy (release build;
## installs graphviz and numpy first). Not part of `make test`.
bench:
	SWIFT=$(SWIFT) Benchmarks/run.sh

## Installs the release binary, its man pages and bash, zsh and fish completions under
## $(DESTDIR)$(PREFIX) (default /usr/local): then `backprop-site` works in any folder.
install: dependencies
	$(SWIFT) build -c $(CONFIGURATION) --product backprop-site
	$(SWIFT) package --disable-sandbox plugin generate-manual --multi-page --configuration $(CONFIGURATION)
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 "$$($(SWIFT) build -c $(CONFIGURATION) --show-bin-path)/backprop-site" "$(DESTDIR)$(PREFIX)/bin/backprop-site"
	install -m 644 .build/plugins/GenerateManual/outputs/backprop-site/*.1 "$(DESTDIR)$(PREFIX)/share/man/man1/"
	"$(DESTDIR)$(PREFIX)/bin/backprop-site" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/backprop-site"
	"$(DESTDIR)$(PREFIX)/bin/backprop-site" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_backprop-site"
	"$(DESTDIR)$(PREFIX)/bin/backprop-site" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/backprop-site.fish"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/backprop-site. Try: backprop-site init mi-curso"

## Removes what `make install` installed.
uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/backprop-site" "$(DESTDIR)$(PREFIX)"/share/man/man1/backprop-site*.1 \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions/backprop-site" \
		"$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_backprop-site" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/backprop-site.fish"
