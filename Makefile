# eventlens: `make run` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventlens.duckdb

.PHONY: install run test lint eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dask,web,dev]'
	touch $(STAMP)

install: $(STAMP)

## run: extract events from the example corpus and show them
run: install
	$(BIN)/eventlens extract examples --format table

## test: lint, the whole test suite, then the evaluation gate (eval_baseline.json)
test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q -ra
	$(BIN)/eventlens eval check > /dev/null

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/eventlens

eval: install
	$(BIN)/eventlens eval check

clean:
	rm -rf $(VENV) *.duckdb test-artifacts
