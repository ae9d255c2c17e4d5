# claimcheck — developer targets. Every target sets up .venv on its own first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint fmt goldens bench bench-large fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Run the audit on the bundled corpus and write reports/audit.md
demo: $(STAMP)
	$(BIN)/claimcheck audit --now 2026-11-23 --fail-on none

## Run the whole test suite (pytest's "no tests collected" counts as failure)
test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

## ruff and mypy
lint: $(STAMP)
	$(BIN)/ruff check claimcheck tests bench
	$(BIN)/ruff format --check claimcheck tests bench
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format claimcheck tests
	$(BIN)/ruff check --fix claimcheck tests

## Regenerate the golden files of the reports (review the diff before committing)
goldens: $(STAMP)
	CLAIMCHECK_UPDATE_GOLDENS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests -k golden

## Longer fuzzing run than CI's budget
fuzz: $(STAMP)
	CLAIMCHECK_FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest -q -p no:cacheprovider tests -k "property or fuzz"

bench: $(STAMP)
	$(BIN)/python -m bench.run --sizes 1000,10000,100000

bench-large: $(STAMP)
	$(BIN)/python -m bench.run --sizes 1000000 --jsonl

clean:
	rm -rf $(VENV) .claimcheck-cache build *.egg-info
