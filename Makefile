# The two commands a new user needs (see README.md):
#   make demo   – build kfl and open it on the built-in synthetic demo county
#   make test   – run the whole test suite (unit, golden screens, key sessions, tmux)
# Installing and packaging (see README.md, «Installer»):
#   make install [PREFIX=/usr/local] [DESTDIR=]   – static release build, man pages, completions, README
#   make uninstall [PREFIX=…] [DESTDIR=…]          – removes exactly those files
#   make dist                                      – dist/kfl_<version>_<arch>.deb and .tar.gz
#   make package-test                              – builds the .deb and proves it runs without Swift
.PHONY: demo test build bench clean static install uninstall dist package-test

PREFIX ?= /usr/local
DESTDIR ?=
# Apart from the dynamic debug/release builds in .build: the runtime and Foundation linked in.
STATIC_BUILD := .build-static
STATIC_KFL := $(STATIC_BUILD)/release/kfl
# Linked for start-up, since `kfl show` spends most of its time starting (issue 13; README,
# «Ytelse»): with libstdc++ linked in (STATIC_LINK_DIR holds only its archive and is searched
# before the compiler's folder, so -lstdc++ takes the archive: no libstdc++.so to load and bind),
# and with none of kfl's own symbols in the dynamic symbol table (nothing looks them up, but every
# library's lookups searched them first). It stays position-independent: -no-pie would save
# another ~0,9 ms (the loader rewrites ~80 000 pointers at start) but give up address
# randomisation for a program that opens files it is sent. Linux only, like --static-swift-stdlib.
STATIC_LINK_DIR := $(CURDIR)/$(STATIC_BUILD)/link
STDCXX_ARCHIVE := $(shell clang -print-file-name=libstdc++.a 2>/dev/null)
STATIC_FLAGS := -c release --product kfl --static-swift-stdlib --disable-local-rpath --build-path $(STATIC_BUILD)
ifeq ($(shell uname -s),Linux)
STATIC_FLAGS += -Xswiftc -L$(STATIC_LINK_DIR) -Xlinker --no-export-dynamic
endif
# `kfl --version` shows the commit; a plain `swift build` has none.
KFL_BUILD_COMMIT ?= $(shell git rev-parse HEAD 2>/dev/null)
export KFL_BUILD_COMMIT

# What `make install` puts where; `make uninstall` removes exactly these.
INSTALLED_BIN := $(DESTDIR)$(PREFIX)/bin/kfl
INSTALLED_MAN := $(DESTDIR)$(PREFIX)/share/man/man1/kfl.1
INSTALLED_MAN_NN := $(DESTDIR)$(PREFIX)/share/man/nn/man1/kfl.1
INSTALLED_README := $(DESTDIR)$(PREFIX)/share/doc/kfl/README.md
INSTALLED_BASH := $(DESTDIR)$(PREFIX)/share/bash-completion/completions/kfl
INSTALLED_ZSH := $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_kfl

demo:
	@scripts/ensure-system-libraries
	swift build -c release --product kfl
	.build/release/kfl

test:
	@scripts/ensure-system-libraries --with-tmux
	swift build --build-tests
	swift test --skip-build

build:
	swift build -c release --product kfl

bench:
	@scripts/ensure-system-libraries --with-bench
	scripts/bench

static:
	@scripts/ensure-system-libraries
	@mkdir -p $(STATIC_LINK_DIR)
	@if [ -f "$(STDCXX_ARCHIVE)" ]; then ln -sf "$(STDCXX_ARCHIVE)" $(STATIC_LINK_DIR)/libstdc++.a; fi
	swift build $(STATIC_FLAGS)

# Builds first where swift is on PATH; `sudo make install` (whose PATH has no
# swift) installs what `make static` built.
install:
	@if command -v swift >/dev/null; then $(MAKE) --no-print-directory static; \
	elif [ ! -x $(STATIC_KFL) ]; then echo "kfl: bygg først med «make static» (uten sudo)" >&2; exit 1; fi
	install -d $(dir $(INSTALLED_BIN)) $(dir $(INSTALLED_MAN)) $(dir $(INSTALLED_MAN_NN)) $(dir $(INSTALLED_README)) \
		$(dir $(INSTALLED_BASH)) $(dir $(INSTALLED_ZSH))
	install -m 755 -s $(STATIC_KFL) $(INSTALLED_BIN)
	install -m 644 doc/kfl.1 $(INSTALLED_MAN)
	install -m 644 doc/nn/kfl.1 $(INSTALLED_MAN_NN)
	install -m 644 README.md $(INSTALLED_README)
	install -m 644 doc/completions/kfl.bash $(INSTALLED_BASH)
	install -m 644 doc/completions/_kfl $(INSTALLED_ZSH)

uninstall:
	rm -f $(INSTALLED_BIN) $(INSTALLED_MAN) $(INSTALLED_MAN_NN) $(INSTALLED_README) $(INSTALLED_BASH) $(INSTALLED_ZSH)
	-rmdir $(dir $(INSTALLED_README)) 2>/dev/null

dist: static
	@scripts/ensure-system-libraries --with-package
	scripts/dist $(STATIC_KFL)

package-test: dist
	scripts/package-test

clean:
	swift package clean
	rm -rf $(STATIC_BUILD) dist
