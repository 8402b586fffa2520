# The two commands a new user needs (see README.md):
#   make demo   — install what is missing, build, parse the bundled corpus
#   make check  — install what is missing, build with ASan/UBSan, run every test
# and for the parser's developers (see bench/README.md):
#   make bench            — throughput against ICU's uconv
#   make bench-pdf        — PDFs against pdftotext -bbox-layout
#   make valgrind-pdf     — every PDF in the tree under Valgrind (parse and show)
#   make bench-import     — jixiao import (SQLite, PostgreSQL) against jixiao parse
#   make accuracy         — accuracy on documents rendered by real converters
#                           (REGEN=1 regenerates them; ACCURACY_ARGS="--list" shows mismatches)
#   make accuracy-sample  — the same on the committed sample corpus/converted
#   make accuracy-reports — score and budget tables of evaluation reports, rendered
#                           by real converters (corpus/gen/reports.py; REGEN=1 as above)
#   make accuracy-selfeval — self-evaluation tables (绩效自评表: indicators with actuals,
#                           funds rows), rendered by real converters (corpus/gen/selfeval.py)
#   make accuracy-seeds   — the reference target tables of ../shared/seeds printed by
#                           Chromium, wkhtmltopdf and LibreOffice and dumped (corpus/gen/seeds.py)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build/release
CHECK_BUILD ?= build/check
OUT ?= build/demo
ACCURACY ?= bench/data/accuracy
ACCURACY_ARGS ?=
REPORTS ?= bench/data/reports
SELFEVAL ?= bench/data/selfeval
SEEDS ?= bench/data/seeds

.PHONY: all deps build demo check clean fuzz bench bench-pdf valgrind-pdf bench-import accuracy accuracy-sample accuracy-reports accuracy-selfeval accuracy-seeds

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

# PDFs against pdftotext -bbox-layout (needs the PDFs `make accuracy` renders)
bench-pdf: build
	@sh bench/pdf.sh $(BUILD) bench/data/accuracy.work/writer-pdf

# Valgrind's memcheck on every PDF in the tree, parse and show (slow; not in check)
valgrind-pdf: build
	@sh scripts/valgrind-pdf.sh $(BUILD)

# The corpus replicated to BENCH_FILES (default 2000) files with distinct bytes
bench-import: build
	@python3 bench/import_bench.py $(BUILD)

# The converted corpus is generated only when $(ACCURACY) holds no document yet
# (ROOT/<converter>/<family>/<file>): the generator needs LibreOffice and is slow.
accuracy: build
	@if [ -n "$(REGEN)" ] || [ -z "$$(find $(ACCURACY) -mindepth 3 -maxdepth 3 -type f \
	      ! -name '*.expected.jsonl' ! -name '.*' 2>/dev/null | head -n 1)" ]; then \
	    [ -f corpus/gen/forms.py ] || { echo "accuracy: corpus/gen/forms.py not found; cannot generate $(ACCURACY)" >&2; exit 2; }; \
	    echo "accuracy: generating $(ACCURACY) with corpus/gen/forms.py (LibreOffice; slow)" >&2; \
	    python3 corpus/gen/forms.py --out $(ACCURACY); \
	fi
	@if [ -d $(ACCURACY)/writer-html ] && { [ -n "$(REGEN)" ] || [ ! -d $(ACCURACY)/stream-tabs-shift ]; }; then \
	    python3 corpus/gen/streams.py $(ACCURACY); \
	fi
	@$(BUILD)/bench/jx-accuracy $(ACCURACY_ARGS) $(ACCURACY)

# The committed sample; its table goes to $(BUILD), not into the source tree.
accuracy-sample: build
	@$(BUILD)/bench/jx-accuracy --md $(BUILD)/accuracy-sample.md $(ACCURACY_ARGS) corpus/converted

# Evaluation-report tables: generated on first use (LibreOffice; about a minute).
accuracy-reports: build
	@if [ -n "$(REGEN)" ] || [ ! -d $(REPORTS)/w3m ]; then \
	    echo "accuracy-reports: generating $(REPORTS) with corpus/gen/reports.py (LibreOffice)" >&2; \
	    python3 corpus/gen/reports.py --out $(REPORTS); \
	fi
	@$(BUILD)/bench/jx-accuracy $(ACCURACY_ARGS) $(REPORTS)

# Self-evaluation tables: generated on first use (LibreOffice, one job: a few minutes).
accuracy-selfeval: build
	@if [ -n "$(REGEN)" ] || [ ! -d $(SELFEVAL)/w3m ]; then \
	    echo "accuracy-selfeval: generating $(SELFEVAL) with corpus/gen/selfeval.py (LibreOffice)" >&2; \
	    python3 corpus/gen/selfeval.py --out $(SELFEVAL); \
	fi
	@$(BUILD)/bench/jx-accuracy $(ACCURACY_ARGS) $(SELFEVAL)

# The reference tables through real converters: rendered on first use (Chromium,
# wkhtmltopdf, LibreOffice; under a minute), from $(JX_SHARED_DIR) or ../shared.
accuracy-seeds: build
	@if [ -n "$(REGEN)" ] || [ ! -d $(SEEDS)/html ]; then \
	    python3 corpus/gen/seeds.py --out $(SEEDS) || exit $$?; \
	fi
	@$(BUILD)/bench/jx-accuracy $(ACCURACY_ARGS) $(SEEDS)

clean:
	rm -rf build
