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
	$(BIN)/python -m pip install --quiet -e '.[analyst,report,dev]' $(foreach p,$(PLUGINS),-e $(p))
	touch $@

report: setup
	$(BIN)/newslens analyze $(SAMPLE) --out $(OUT)

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) reports
