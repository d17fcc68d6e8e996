# Two entry points for a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

.PHONY: setup run test lint bench
setup: $(STAMP)

run: $(STAMP)  ## open the reader on the bundled corpus
	$(BIN)/kzreader

test: $(STAMP)  ## lint + the whole test suite
	$(BIN)/ruff check --no-cache kzreader tests bench docs
	$(BIN)/pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check --no-cache kzreader tests bench docs

bench: $(STAMP)  ## performance figures (not part of the suite)
	$(BIN)/python -m bench
