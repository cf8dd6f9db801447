# The two entry points of the README: `make demo` and `make test`.
# Both install any missing Debian package first (as root, or via sudo).

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

# Build, test and demo dependencies, all from Debian 12.
DEB_PACKAGES := build-essential cmake ninja-build pkg-config git \
  libgit2-dev libyaml-cpp-dev libboost-dev libspdlog-dev libfmt-dev \
  libgtest-dev libgmock-dev libcli11-dev libpugixml-dev nlohmann-json3-dev \
  python3 python3-pytest python3-coverage lcov gcovr diff-cover clang llvm \
  python3-pyflakes pycodestyle nodejs python3-yaml

# What `make bench` needs on top: the timer, and PyYAML for the reference parse.
BENCH_PACKAGES := hyperfine python3-yaml time

.PHONY: all deps build test demo bench clean

all: build

deps:
	@./cmake-modules/install-deps.sh $(DEB_PACKAGES)

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) --timeout 300

demo: build
	./examples/demo.sh $(BUILD_DIR)/tollgate

bench: build
	@./cmake-modules/install-deps.sh $(BENCH_PACKAGES)
	./bench/run.sh $(BUILD_DIR)/tollgate

clean:
	rm -rf $(BUILD_DIR)
