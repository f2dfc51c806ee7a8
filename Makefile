# Bookflow — the two commands of the README, and the few helpers around them.
#   make run    installs what is missing, builds, opens Bookflow
#   make test   installs what is missing, builds, runs the whole suite (ctest)
#   make install   builds and installs into $(DESTDIR)$(PREFIX) (PREFIX defaults to /usr/local)
#   make deb       builds and packs build/bookflow_<version>_<arch>.deb with CPack
#   make bench     builds a Release tree of its own and measures issue 10's figures (bench/results.json)
#   make screenshots  retakes the README's pictures (docs/screenshots) from the real app, under xvfb-run
#   make soak      the long crash-and-resume and fault runs (RELIABILITY.md, reliability/results-*.json)
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

# Fuzzing (make fuzz) and the sanitizer suite (make test-asan), issue 9. clang and its runtimes
# (libFuzzer, ASan, UBSan) are only needed for make fuzz, so they are a list of their own.
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := workflowcodec filterevaluator qboquery qboresponses hubspotresponses
ASAN_BUILD_DIR ?= build-asan
# Leaks are errors; UBSan stops at the first report; Qt's own process-lifetime allocations are
# listed in tests/lsan.supp (each one explained there).
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

PRESET ?= default
BUILD_DIR := build
JOBS ?= $(shell nproc)
PREFIX ?= /usr/local

.PHONY: all deps configure build run test install deb bench screenshots clean format \
	fuzz-deps fuzz-build fuzz fuzz-merge asan-build test-asan

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

# The libFuzzer targets of fuzz/ (fuzz/README.md) in a build tree of their own, made with clang and
# ASan + UBSan; each runs for FUZZ_SECONDS from its seeds (fuzz/corpus/<target>) plus what earlier
# runs found ($(FUZZ_BUILD_DIR)/corpus/<target>), one at a time. Crashes land in fuzz/crashes/;
# the summary (executions, corpus, crashes) is printed and kept in $(FUZZ_BUILD_DIR)/fuzz-summary.txt.
fuzz-deps:
	@missing=""; \
	for p in $(FUZZ_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

fuzz-build: deps fuzz-deps
	@if [ ! -f $(FUZZ_BUILD_DIR)/build.ninja ]; then \
	  cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
	    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOOKFLOW_FUZZ=ON -DBOOKFLOW_BUILD_TESTS=OFF; \
	fi
	cmake --build $(FUZZ_BUILD_DIR) --target fuzzers -j $(JOBS)

fuzz: fuzz-build
	@mkdir -p fuzz/crashes
	@summary=$(FUZZ_BUILD_DIR)/fuzz-summary.txt; \
	printf '%-18s %8s %12s %8s %8s %8s\n' target seconds executions exec/s corpus crashes > $$summary; \
	status=0; \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD_DIR)/corpus/$$t; \
	  log=$(FUZZ_BUILD_DIR)/fuzz-$$t.log; \
	  echo "fuzz_$$t: $(FUZZ_SECONDS) s (log: $$log)"; \
	  before=$$(ls fuzz/crashes | grep -c "^$$t-" || true); \
	  $(FUZZ_BUILD_DIR)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -dict=fuzz/dicts/$$t.dict \
	    -artifact_prefix=fuzz/crashes/$$t- $(FUZZ_BUILD_DIR)/corpus/$$t fuzz/corpus/$$t \
	    > $$log 2>&1 || { status=1; grep -E -A30 "ERROR|FUZZ FAILURE|runtime error" $$log | head -60; }; \
	  runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $$log); \
	  speed=$$(sed -n 's/^stat::average_exec_per_sec: *//p' $$log); \
	  corpus=$$(sed -n 's/^#[0-9]*[[:space:]]*DONE.* corp: \([0-9]*\).*/\1/p' $$log); \
	  after=$$(ls fuzz/crashes | grep -c "^$$t-" || true); \
	  printf '%-18s %8s %12s %8s %8s %8s\n' $$t $(FUZZ_SECONDS) "$${runs:-?}" "$${speed:-?}" \
	    "$${corpus:-?}" $$((after - before)) >> $$summary; \
	done; \
	cat $$summary; \
	exit $$status

# Minimises what the fuzzers found into fuzz/corpus/<target> (only inputs that add coverage), so
# that make test replays it (core_fuzzregressions).
fuzz-merge: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  $(FUZZ_BUILD_DIR)/fuzz/fuzz_$$t -merge=1 fuzz/corpus/$$t $(FUZZ_BUILD_DIR)/corpus/$$t \
	    2>&1 | grep -E "MERGE-OUTER: [0-9]+ new files" | sed "s/^/$$t: /"; \
	done

# The whole suite under ASan + UBSan (g++, preset "asan"), in the same D-Bus/keyring session as
# make test. Warnings are not errors there: GCC's sanitizer instrumentation raises false
# -Wmaybe-uninitialized and the like; make build stays the warnings gate.
asan-build: deps
	@if [ ! -f $(ASAN_BUILD_DIR)/build.ninja ]; then cmake --preset asan -B $(ASAN_BUILD_DIR); fi
	cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)

test-asan: asan-build
	dbus-run-session -- tests/with-keyring.sh env $(SANITIZER_ENV) \
	  ctest --test-dir $(ASAN_BUILD_DIR) -j $(JOBS) --output-on-failure $(CTEST_ARGS)

# DESTDIR (empty unless given) is the staging root packagers use: make install DESTDIR=/tmp/stage
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)"

# The package installs into /usr whatever PREFIX says (Debian's place for packaged programs).
deb: build
	cd $(BUILD_DIR) && cpack -G DEB
	@ls -1 $(BUILD_DIR)/bookflow_*.deb

# The demo workspace on a throw-away data folder, driven to each screen and grabbed; a virtual
# display of its own, so it works the same with or without a desktop.
screenshots: configure
	cmake --build --preset $(PRESET) -j $(JOBS) --target bookflow-screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" ./$(BUILD_DIR)/tools/screenshots/bookflow-screenshots docs/screenshots

# The long reliability runs behind RELIABILITY.md (the quick one is e2e_crashresume in make test):
# bookflow-reliability SIGKILLs bookflow-cli 5 times while it turns 300 HubSpot deals into
# QuickBooks invoices against a bookflow-sandbox process, then does the same through the fault
# mix. Every figure goes to reliability/results-<name>.json, the summary to the terminal; the run
# fails if a document was created twice or an action was lost. SOAK_SEED picks the kill moments
# and the faults.
.PHONY: soak
SOAK_SEED ?= 1
SOAK_DRIVER = $(BUILD_DIR)/tools/reliability/bookflow-reliability
soak: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target bookflow-reliability
	@mkdir -p reliability
	$(SOAK_DRIVER) --enrollments 300 --kills 5 --seed $(SOAK_SEED) --output reliability/results-crash.json
	$(SOAK_DRIVER) --enrollments 300 --kills 5 --faults --seed $(SOAK_SEED) --output reliability/results-faults.json

# The performance figures of issue 10: a Release tree of its own (-O2, the bench programs on, the
# tests off), then the engine's and the GUI's benchmarks; bench/results.json holds every figure
# with its target and how it was measured, and the table is printed. BENCH_BUILD_DIR may move it.
BENCH_BUILD_DIR ?= build-bench
bench: deps
	cmake -S . -B $(BENCH_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DBOOKFLOW_WERROR=ON \
	  -DBOOKFLOW_BUILD_TESTS=OFF -DBOOKFLOW_BUILD_BENCH=ON
	cmake --build $(BENCH_BUILD_DIR) -j $(JOBS) --target bookflow bookflow-bench-engine \
	  bookflow-bench-ui bookflow-bench-report
	QT_QPA_PLATFORM=offscreen $(BENCH_BUILD_DIR)/bench/bookflow-bench-engine \
	  --out $(BENCH_BUILD_DIR)/bench-engine.json
	QT_QPA_PLATFORM=offscreen $(BENCH_BUILD_DIR)/bench/bookflow-bench-ui \
	  --gui $(BENCH_BUILD_DIR)/app/bookflow --out $(BENCH_BUILD_DIR)/bench-ui.json
	$(BENCH_BUILD_DIR)/bench/bookflow-bench-report --build "Release -O2, $(BENCH_BUILD_DIR)" \
	  --out bench/results.json $(BENCH_BUILD_DIR)/bench-engine.json $(BENCH_BUILD_DIR)/bench-ui.json

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
