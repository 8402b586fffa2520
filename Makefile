# The two commands a new user needs (see README.md):
#   make demo   — install what is missing, build, parse the bundled corpus
#   make check  — install what is missing, build with ASan/UBSan, run every test
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build/release
CHECK_BUILD ?= build/check
OUT ?= build/demo

.PHONY: all deps build demo check clean fuzz bench

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DJX_TESTS=OFF >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@mkdir -p $(OUT)
	@sh scripts/demo.sh $(BUILD)/jixiao $(OUT)

check: deps
	@cmake -S . -B $(CHECK_BUILD) -DCMAKE_BUILD_TYPE=Debug -DJX_SANITIZE=ON >/dev/null
	@cmake --build $(CHECK_BUILD) -j $(JOBS)
	@cd $(CHECK_BUILD) && ctest --output-on-failure -j $(JOBS)

fuzz: deps
	@CC=clang cmake -S . -B build/fuzz -DJX_FUZZ=ON -DJX_TESTS=OFF >/dev/null
	@cmake --build build/fuzz -j $(JOBS)

bench: build
	@sh bench/run.sh $(BUILD)

clean:
	rm -rf build
