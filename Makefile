# The two entry points of the README: `make demo` and `make test`.
# Both install any missing Debian package first (as root, or via sudo).

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

# Build, test and demo dependencies, from Debian 12 or 13: one list,
# cmake-modules/deb-packages.txt (also read by action.yml and tests/portability).
DEB_PACKAGES := $(shell ./cmake-modules/deb-packages.sh build test)
# What `make package` needs on top (help2man for the man page).
PACKAGE_PACKAGES := $(shell ./cmake-modules/deb-packages.sh package)

# What `make bench` needs on top: the timer, and PyYAML for the reference parse.
BENCH_PACKAGES := hyperfine python3-yaml time

# What `make fuzz` needs: clang and its libFuzzer/sanitizer runtimes.
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev

# `make fuzz`: each libFuzzer target runs this long (seconds), niced.
FUZZ_SECONDS ?= 60
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_TARGETS ?=
# `make sanitize`: the whole suite under ASan+UBSan in its own build dir.
SANITIZE_BUILD_DIR ?= build-asan

# What `make lint` needs: the clang 14 tools the style is pinned to.
LINT_PACKAGES := clang-format-14 clang-tidy-14

.PHONY: all deps build test demo bench fuzz sanitize package lint clean

all: build

deps:
	@./cmake-modules/install-deps.sh $(DEB_PACKAGES)

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) --timeout 300 -LE lint

# clang-format and clang-tidy 14 over the tree (tests/lint/): the `lint`
# gates of tollgate's own inventory (tests/self/tollgate.yml), run through
# ctest like the other self gates, and kept out of `make test`'s budget.
lint: build
	@./cmake-modules/install-deps.sh $(LINT_PACKAGES)
	ctest --test-dir $(BUILD_DIR) --output-on-failure -L lint

# The Debian package of this build (cmake-modules/TollgateDebian.cmake):
# $(BUILD_DIR)/tollgate_<version>_<codename>_<arch>.deb, stripped, with the
# man page help2man writes from --help. tests/portability/package.sh installs
# it into a clean system and tries it.
package: build
	@./cmake-modules/install-deps.sh $(PACKAGE_PACKAGES)
	cmake $(BUILD_DIR)
	cmake --build $(BUILD_DIR) -j $(JOBS) --target package

demo: build
	./examples/demo.sh $(BUILD_DIR)/tollgate

bench: build
	@./cmake-modules/install-deps.sh $(BENCH_PACKAGES)
	./bench/run.sh $(BUILD_DIR)/tollgate

# Builds the libFuzzer targets (tests/fuzz/) with clang, ASan and UBSan in
# $(FUZZ_BUILD_DIR), then runs each for FUZZ_SECONDS at nice 19; findings go
# to $(FUZZ_BUILD_DIR)/fuzz-artifacts/, figures to fuzz-runs.tsv.
fuzz:
	@./cmake-modules/install-deps.sh $(DEB_PACKAGES) $(FUZZ_PACKAGES)
	cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++-14 -DTOLLGATE_FUZZ=ON -DTOLLGATE_BUILD_TESTS=OFF
	nice -n 19 cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS) --target fuzz_targets
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./tests/fuzz/run.sh $(FUZZ_BUILD_DIR) $(FUZZ_TARGETS)

# The full test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
# Each file compiles about 2x slower than in the plain build (measured side by
# side on the 2-core machine), and the plain clean build + test already takes
# most of .ci/run's 15-minute budget, so CI runs this as its own job:
# ci-templates/github/sanitize.yml.
# Not -Werror (TOLLGATE_DEV): GCC 12 with -fsanitize=address reports false
# -Wrestrict overlaps inside std::string at -O2 (GCC bug 105329); warnings
# are policed by the plain dev build.
#
# The options reach every process of the suite, among them each `tollgate`
# the e2e, CI and self tests start (the sanitized build's binary: tests find
# it through TOLLGATE_TEST_BINARY). Any finding - ASan, LeakSanitizer or
# UBSan - stops that process (halt_on_error, abort_on_error: a SIGABRT no test
# mistakes for an expected exit code) and is written to
# $(SANITIZE_BUILD_DIR)/sanitizer-logs/ rather than to the stderr a test may
# capture and ignore; the target fails when that directory is not empty.
# tests/sanitizer/lsan.supp names the one leak that is a library's (libgit2
# 1.5.1 on repositories of format version 1), with why.
# Limits the runtime itself moves (peak RSS) are stated per test under
# TOLLGATE_SANITIZED (tests/CMakeLists.txt); README "Hardening" lists them.
SANITIZE_LOG_DIR = $(abspath $(SANITIZE_BUILD_DIR))/sanitizer-logs
SANITIZE_ENV = \
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:log_path=$(SANITIZE_LOG_DIR)/asan \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1:log_path=$(SANITIZE_LOG_DIR)/ubsan \
  LSAN_OPTIONS=suppressions=$(abspath tests/sanitizer/lsan.supp):print_suppressions=0

sanitize:
	@./cmake-modules/install-deps.sh $(DEB_PACKAGES)
	cmake -S . -B $(SANITIZE_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DTOLLGATE_DEV=OFF -DTOLLGATE_SANITIZE=address,undefined
	nice -n 10 cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS)
	rm -rf $(SANITIZE_LOG_DIR) && mkdir -p $(SANITIZE_LOG_DIR)
	$(SANITIZE_ENV) nice -n 10 ctest --test-dir $(SANITIZE_BUILD_DIR) --output-on-failure -j $(JOBS) --timeout 900; \
	  status=$$?; \
	  if [ -n "$$(ls -A $(SANITIZE_LOG_DIR))" ]; then \
	    cat $(SANITIZE_LOG_DIR)/*; echo "sanitize: findings above (in $(SANITIZE_LOG_DIR))" >&2; exit 1; \
	  fi; \
	  exit $$status

clean:
	rm -rf $(BUILD_DIR) $(FUZZ_BUILD_DIR) $(SANITIZE_BUILD_DIR)
