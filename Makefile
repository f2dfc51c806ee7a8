# Bookflow — the two commands of the README, and the few helpers around them.
#   make run    installs what is missing, builds, opens Bookflow
#   make test   installs what is missing, builds, runs the whole suite (ctest)
#   make install   builds and installs into $(DESTDIR)$(PREFIX) (PREFIX defaults to /usr/local)
#   make deb       builds and packs build/bookflow_<version>_<arch>.deb with CPack
#   make screenshots  retakes the README's pictures (docs/screenshots) from the real app, under xvfb-run
# The one list of Debian packages the project needs lives here and nowhere else.
# (desktop-file-utils and dpkg-dev: the install test validates the desktop entry and builds the
# .deb, whose dependencies dpkg-shlibdeps computes.)

DEBIAN_PACKAGES := cmake ninja-build g++ make \
	qt6-base-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev \
	qtkeychain-qt6-dev libqt6sql6-sqlite qt6-svg-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
	libxkbcommon-dev libgl-dev \
	dbus gnome-keyring xvfb xauth \
	desktop-file-utils dpkg-dev

PRESET ?= default
BUILD_DIR := build
JOBS ?= $(shell nproc)
PREFIX ?= /usr/local

.PHONY: all deps configure build run test install deb screenshots clean format

all: build

# Installs only the packages that are missing; does nothing (and needs no network) when all are there.
deps:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(PRESET); fi

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty). Run 'xvfb-run -a make run' for a virtual one."; exit 2; \
	fi
	./$(BUILD_DIR)/app/bookflow $(ARGS)

# The suite runs inside its own D-Bus session with an unlocked gnome-keyring (tests/with-keyring.sh),
# so the keychain tests use a real Secret Service without touching the user's own keyring.
test: build
	dbus-run-session -- tests/with-keyring.sh ctest --preset $(PRESET) -j $(JOBS) $(CTEST_ARGS)

# The README's pictures, from the real app on the demo workspace (tools/screenshots).
screenshots: configure
	cmake --build --preset $(PRESET) -j $(JOBS) --target bookflow-screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" ./$(BUILD_DIR)/tools/screenshots/bookflow-screenshots docs/screenshots

# DESTDIR (empty unless given) is the staging root packagers use: make install DESTDIR=/tmp/stage
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)"

# The package installs into /usr whatever PREFIX says (Debian's place for packaged programs).
deb: build
	cd $(BUILD_DIR) && cpack -G DEB
	@ls -1 $(BUILD_DIR)/bookflow_*.deb

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
