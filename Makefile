# CiteGraph — the two quick-start commands are `make run` and `make test`.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/citegraph
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run test build deps clean bench

# Install libgraphviz-dev (pkg-config libgvc) only when it is missing.
deps:
	@if pkg-config --exists libgvc 2>/dev/null; then \
	  echo "deps: libgvc found ($$(pkg-config --modversion libgvc))"; \
	else \
	  echo "deps: installing libgraphviz-dev and pkg-config with apt-get"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libgraphviz-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

# The main job on seeds/, writing output/.
run: build
	$(BIN) inspect seeds --out output

test: deps
	$(SWIFT) test

# Benchmarks against igraph/NetworKit/leidenalg on ../shared/bench corpora (not part of CI).
# BENCH_ARGS="--large --betweenness" adds the 1M-paper corpus and exact path measures on medium.
bench: deps
	python3 scripts/bench/run_bench.py $(BENCH_ARGS)

clean:
	rm -rf .build
