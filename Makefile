# Two commands on a fresh machine (see README): `make report` and `make test`.
# Both create the virtual environment first if it is missing or stale.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PLUGINS := $(sort $(dir $(wildcard plugins/*/pyproject.toml)))
SAMPLE := src/newslens/data/sample
OUT ?= reports/sample

.PHONY: setup report test lint clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(wildcard plugins/*/pyproject.toml)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[analyst,report,dask,dev,browser]' $(foreach p,$(PLUGINS),-e $(p))
	touch $@

# The analyst's report on the bundled sample: findings files in $(OUT)/findings, and the
# executed notebook plus an offline HTML report (no request leaves the machine) in $(OUT).
report: setup
	$(BIN)/newslens analyze $(SAMPLE) --out $(OUT)/findings
	$(BIN)/newslens report notebooks/report.ipynb --out $(OUT)

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

clean:
	rm -rf $(VENV) reports
