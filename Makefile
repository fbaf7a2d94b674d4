# sts — one command to try it, one to test it, on a fresh Debian machine.
#   make run     install what is missing, build, open the interface on the demo database
#   make test    install what is missing (also tmux), build, run every test
#   make bench   release build and the benchmarks (not part of make test)
#   make install [PREFIX=/usr/local] [GROUP=sts]   as root: sts setgid root:GROUP (README, shared server)

PREFIX ?= /usr/local
GROUP ?= sts
# What `install` copies: the release build; the end-to-end tests install the debug one.
BINARY ?= .build/release/sts
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libncurses-dev libsqlite3-dev
# sqlite3 and python3: the shared-server test shows neither can open the database as a user.
TEST_PACKAGES := tmux openssh-server openssh-client sqlite3 python3

.PHONY: run test build release bench install install-files deps test-deps clean

# Installs only what dpkg says is missing, so a ready machine does not touch apt at all.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: https://www.swift.org/install/linux/"; exit 1; }

test-deps: deps
	@missing=""; for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

build: deps
	$(SWIFT) build

run: build
	.build/debug/sts --demo

# STS_MAKE_TEST=1: a test whose tool (tmux, sshd, sqlite3) is missing fails, naming it,
# instead of being skipped (test-deps has just installed them).
test: test-deps
	$(SWIFT) build
	STS_MAKE_TEST=1 $(SWIFT) test

release: deps
	$(SWIFT) build -c release

bench: test-deps release
	.build/release/sts-bench

install: release install-files

# sts is installed setgid to GROUP, a group nobody is in (the way crontab(1) guards its spool):
# only through sts can people reach the shared database, and sts checks their role.
install-files:
	@if [ "$$(id -u)" != 0 ]; then \
	  echo "make install: not root, so nothing was installed: it could not make sure the system group $(GROUP) exists"; \
	  echo "  nor install $(PREFIX)/bin/sts owned root:$(GROUP) with mode 2755 (set-group-id). Run: sudo make install"; \
	  exit 2; fi
	@getent group $(GROUP) >/dev/null || { groupadd --system $(GROUP) && echo "created the system group $(GROUP)"; }
	install -d -m 0755 $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/sts/themes $(DESTDIR)$(PREFIX)/share/man/man1
	install -o root -g $(GROUP) -m 2755 $(BINARY) $(DESTDIR)$(PREFIX)/bin/sts
	install -m 0644 Themes/*.theme $(DESTDIR)$(PREFIX)/share/sts/themes/
	install -m 0644 Themes/README.md $(DESTDIR)$(PREFIX)/share/sts/themes/README.md
	install -m 0644 Documentation/sts.1 $(DESTDIR)$(PREFIX)/share/man/man1/sts.1
	@echo "installed $(DESTDIR)$(PREFIX)/bin/sts (root:$(GROUP), mode 2755), its themes and the man page sts(1)"
	@echo "next: sts init --db /var/lib/sts/sts.db --group $(GROUP) --admin LOGIN   (README, \"Running on a shared server\")"

clean:
	rm -rf .build
