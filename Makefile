# The two set-up commands of the README:
#   make demo   installs missing Debian packages, builds, runs the news pipeline on examples/news/
#   make test   the same set-up, then every test (ctest: unit, Lua, end-to-end, quality)
# Other targets: build, deps, test-asan, test-tsan, valgrind, soak, fuzz, bench, install, clean.

BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
PREFIX     ?= /usr/local

# Every Debian package the build, the tests and the benchmarks use.
DEB_PACKAGES = cmake make gcc pkg-config python3 \
  liblua5.4-dev lua5.4 libuv1-dev libutf8proc-dev libjansson-dev \
  zlib1g-dev libzstd-dev libpcre2-dev libxxhash-dev libexttextcat-dev libexttextcat-data \
  libsqlite3-dev sqlite3 libhiredis-dev redis-server libcmocka-dev uthash-dev \
  gzip zstd clang libclang-rt-14-dev valgrind time
# Hyperscan is x86-64 only; elsewhere the pattern sets use their fallback.
ifeq ($(shell uname -m),x86_64)
DEB_PACKAGES += libhyperscan-dev
endif

.PHONY: all deps build demo test test-asan test-tsan valgrind soak fuzz bench install clean

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "make: installing $$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	  else \
	    echo "make: missing packages; run as root:"; \
	    echo "  apt-get update && apt-get install -y $$missing"; exit 1; \
	  fi; \
	fi

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	$(BUILD)/saring run scripts/news.lua examples/news/*.txt -o $(BUILD)/demo.jsonl --stats $(BUILD)/demo-stats.json --csv $(BUILD)/demo.csv
	@echo
	@echo "The first two records of $(BUILD)/demo.jsonl (text shortened, tags counted):"
	@python3 bench/lib/show_records.py $(BUILD)/demo.jsonl 2

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DSARING_SANITIZE=ON
	cmake --build $(BUILD)-asan -j$(JOBS)
	cd $(BUILD)-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  SARING_SANITIZED=1 ctest --output-on-failure -j$(JOBS) -E '^quality/'

test-tsan: deps
	cmake -S . -B $(BUILD)-tsan -DCMAKE_BUILD_TYPE=Debug -DSARING_TSAN=ON
	cmake --build $(BUILD)-tsan -j$(JOBS)
	cd $(BUILD)-tsan && SARING_SANITIZED=1 ctest --output-on-failure -R 'unit/test_(pool|hash)|e2e/test_(run|limits)$$'

# valgrind memcheck on an end-to-end smoke run of the news pipeline.  PCRE2's
# JIT code is off (SARING_REGEX_JIT=0): valgrind cannot follow it and reports
# its word-wide reads at a subject's end as uninitialised.
valgrind: build
	SARING_REGEX_JIT=0 valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	  $(BUILD)/saring run scripts/news.lua examples/news/ -w 2 -q -o $(BUILD)/valgrind.jsonl

# The daemon for SOAK_MINUTES (default 10) under a steady drop rate with
# hostile files mixed in: flat memory and no lost document (tests/soak/).
SOAK_MINUTES ?= 10
soak: build
	python3 tests/soak/soak.py --saring $(BUILD)/saring --minutes $(SOAK_MINUTES)

# Each libFuzzer target for FUZZ_SECONDS (default 30) on its seed corpus.
fuzz: deps
	bash tests/fuzz/run_all.sh

bench: build
	bench/run

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-tsan build-fuzz
