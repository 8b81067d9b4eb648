# Two entry points (see README): `make demo` and `make test`. Both set up .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# The core install: numpy + onnxruntime, and the bundled default model.
$(VENV)/.core: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

# torch is pinned and installed first with pip: 2.13.0 is a CPU build; an unpinned torch
# would pull a multi-GB CUDA build.
$(VENV)/.full: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[train,dev,spark,serve,campaigns]"
	touch $@ $(VENV)/.core

# Headless Chromium (a Debian package) for tests/test_serve_page.py. Never fails the build: where apt is
# missing or not ours to use, that test skips itself. The stamp is written only once chromium is there.
$(VENV)/.chromium: | $(BIN)/python
	command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium >/dev/null) || true
	command -v chromium >/dev/null 2>&1 && touch $@ || true

.PHONY: demo test bench model lint
demo: $(VENV)/.core
	$(BIN)/scamdetect classify --examples

test: $(VENV)/.full $(VENV)/.chromium
	$(BIN)/python -m pytest -q

bench: $(VENV)/.full
	$(BIN)/python -m benchmarks.run

model: $(VENV)/.full
	$(BIN)/python -m training.train_default

lint: $(VENV)/.full
	$(BIN)/ruff check scamdetect training tests benchmarks
