# eventlens: `make run` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventlens.duckdb
PORT ?= 8000

.PHONY: install run test lint eval clean vendor chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dask,web,dev]'
	touch $(STAMP)

install: $(STAMP)

## vendor: browser libraries for the web UI from npm (package-lock.json), copied into the package
VENDOR := src/eventlens/web/static/vendor
VENDOR_STAMP := $(VENDOR)/.stamp
$(VENDOR_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y npm; }
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)
	cp node_modules/vega/build/vega.min.js node_modules/vega-lite/build/vega-lite.min.js \
	   node_modules/vega-embed/build/vega-embed.min.js node_modules/cytoscape/dist/cytoscape.min.js \
	   node_modules/world-atlas/countries-110m.json $(VENDOR)/
	touch $(VENDOR_STAMP)

vendor: $(VENDOR_STAMP)

## chromium: Debian's headless browser for the web UI tests (CI runs as root on a fresh machine)
chromium:
	@test -x /usr/bin/chromium || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

## run: extract events from the example corpus, store them and serve the web UI (prints its address)
run: install vendor
	$(BIN)/eventlens extract examples --format table
	$(BIN)/eventlens ingest examples --db $(DB)
	$(BIN)/eventlens serve --db $(DB) --host 127.0.0.1 --port $(PORT)

## test: lint and types, the whole test suite, then the evaluation gate (eval_baseline.json)
test: install vendor chromium
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/eventlens
	$(BIN)/pytest -q -ra
	$(BIN)/eventlens eval check > /dev/null

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/eventlens

eval: install
	$(BIN)/eventlens eval check

clean:
	rm -rf $(VENV) *.duckdb test-artifacts
