# Each target sets itself up on a fresh clone: it creates .venv and installs tacitus into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint eval clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/tacitus code src/tacitus/examples/vladivostok-summit.txt --published 2019-04-25 --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

eval: $(STAMP)
	$(BIN)/tacitus eval news-dev
	$(BIN)/tacitus eval plover-gsr
	$(BIN)/tacitus eval petrarch-unittest

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
