# CiteGraph — the two quick-start commands are `make run` and `make test`.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/citegraph
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

APT = $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: run test build deps test-deps spark-deps clean bench lint fuzz fuzz-smoke

# Install libgraphviz-dev (pkg-config libgvc) and the DejaVu fonts the maps use, only when missing.
deps:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$$missing libgraphviz-dev pkg-config"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	if [ -z "$$missing" ]; then \
	  echo "deps: libgvc $$(pkg-config --modversion libgvc) and DejaVu fonts found"; \
	else \
	  echo "deps: installing$$missing with apt-get"; \
	  $(APT) update -q && $(APT) install -y -q --no-install-recommends $$missing; \
	fi

# The tests also open report.html in a real headless browser (Debian's chromium), validate GraphML with xmllint
# (libxml2-utils) and read the exports back with networkx and igraph (.venv-test, from PyPI).
test-deps: deps
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v xmllint >/dev/null 2>&1 || missing="$$missing libxml2-utils"; \
	if [ -z "$$missing" ]; then \
	  echo "deps: chromium and xmllint found"; \
	else \
	  echo "deps: installing$$missing with apt-get (browser test, GraphML schema test)"; \
	  $(APT) update -q && $(APT) install -y -q --no-install-recommends $$missing; \
	fi
	@if .venv-test/bin/python -c "import networkx, igraph" 2>/dev/null; then \
	  echo "deps: .venv-test has networkx and igraph"; \
	else \
	  echo "deps: creating .venv-test with networkx and igraph (export read-back tests)"; \
	  python3 -m venv .venv-test && .venv-test/bin/pip install -q networkx igraph; \
	fi

# The Spark engine (--engine spark): Debian's OpenJDK 17 when no `java` is on PATH, and pyspark (pinned; keep
# SparkRun.pysparkVersion in step) in .venv-spark, whose spark-submit citegraph finds. Quick when both are there.
PYSPARK_VERSION = 4.0.1
spark-deps:
	@if command -v java >/dev/null 2>&1; then \
	  echo "deps: java found ($$(java -version 2>&1 | head -1))"; \
	else \
	  echo "deps: installing openjdk-17-jre-headless with apt-get (Spark engine)"; \
	  $(APT) update -q && $(APT) install -y -q --no-install-recommends openjdk-17-jre-headless; \
	fi
	@if [ "$$(.venv-spark/bin/python -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null)" = "$(PYSPARK_VERSION)" ]; then \
	  echo "deps: .venv-spark has pyspark $(PYSPARK_VERSION)"; \
	else \
	  echo "deps: creating .venv-spark with pyspark $(PYSPARK_VERSION) (Spark engine)"; \
	  python3 -m venv .venv-spark && .venv-spark/bin/pip install -q pyspark==$(PYSPARK_VERSION); \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

# The main job on seeds/, writing output/ (open output/report.html).
run: build
	$(BIN) analyze seeds --out output

test: test-deps spark-deps
	$(SWIFT) test

# Benchmarks against igraph/NetworKit/leidenalg on ../shared/bench corpora (not part of CI).
# BENCH_ARGS="--large --betweenness" adds the 1M-paper corpus and exact path measures on medium;
# BENCH_ARGS="--spark large --spark-only" the engine rows (in-process vs --engine spark local[2], docs/spark-scale.md).
bench: deps spark-deps
	python3 scripts/bench/run_bench.py $(BENCH_ARGS)

clean:
	rm -rf .build

# Formatting (swift format, configured in .swift-format) and function length (80 lines; parsers' state machines
# listed in scripts/lint/long-functions-allowed.txt). CI runs it before the tests.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift
	python3 scripts/lint/long_functions.py --allow scripts/lint/long-functions-allowed.txt Sources Tests

# libFuzzer on every reader and graph-file reader (scripts/fuzz/run.sh): FUZZ_SECONDS per target (default 60),
# FUZZ_TARGETS to choose; findings go to .fuzz/findings/TARGET and must become regression tests
# (Tests/CLITests/Fixtures/fuzz/TARGET). `fuzz-smoke` is CI's short, repeatable run (fixed seed and run count,
# a debug build: quicker to build, and 300 runs per target need no speed).
fuzz:
	bash scripts/fuzz/run.sh

fuzz-smoke:
	FUZZ_RUNS=$${FUZZ_RUNS:-300} FUZZ_CONFIG=$${FUZZ_CONFIG:-debug} bash scripts/fuzz/run.sh
