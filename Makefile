# Two commands on a fresh machine (see README): `make report` and `make test`.
# Each creates or completes the virtual environment first; CI runs `make test` and then
# `make test-slow` (together `make test-all`).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PLUGINS := $(sort $(dir $(wildcard plugins/*/pyproject.toml)))
EDITABLE_PLUGINS := $(foreach p,$(PLUGINS),-e $(p))
SAMPLE := src/newslens/data/sample
OUT ?= reports/sample
# The analyst's install (JupyterLab, reports); developers add tests, lint, Dask and browsers.
MAIN_EXTRAS := analyst,report
DEV_EXTRAS := analyst,report,dask,dev,browser
# The fast suite: no real-corpus runs, no browser; test-slow runs exactly the rest.
FAST := -m "not slow and not browser"
SLOW := -m "slow or browser"

.PHONY: setup setup-dev report test test-slow test-all lint clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(wildcard plugins/*/pyproject.toml)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[$(MAIN_EXTRAS)]' $(EDITABLE_PLUGINS)
	touch $@

setup-dev: $(VENV)/.installed-dev

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install -e '.[$(DEV_EXTRAS)]' $(EDITABLE_PLUGINS)
	touch $@

# The analyst's report on the bundled sample: findings files in $(OUT)/findings, and the
# executed notebook plus an offline HTML report (no request leaves the machine) in $(OUT).
# One store ($(OUT)/newslens.duckdb) holds the results: the report reads them, not computes
# them again, and a second `make report` computes only what changed.
report: setup
	$(BIN)/newslens analyze $(SAMPLE) --out $(OUT)/findings --store $(OUT)/newslens.duckdb
	$(BIN)/newslens report notebooks/report.ipynb --out $(OUT) -p store=$(OUT)/newslens.duckdb

test: setup-dev
	$(BIN)/python -m pytest $(FAST)

test-slow: setup-dev
	$(BIN)/python -m pytest $(SLOW)

test-all: setup-dev
	$(BIN)/python -m pytest

lint: setup-dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

clean:
	rm -rf $(VENV) reports
