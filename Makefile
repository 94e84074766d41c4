PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
export SITE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: install run serve worker test lint format migrations-check bench clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# One worker runs beside the web server; Ctrl-C (or the server exiting) stops both.
run: install
	$(BIN)/regulars migrate --noinput
	$(BIN)/regulars demo
	$(BIN)/regulars worker & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(BIN)/regulars runserver 127.0.0.1:$(PORT)

worker: install
	$(BIN)/regulars worker

serve: install
	$(BIN)/regulars migrate --noinput
	$(BIN)/gunicorn regulars.wsgi --bind 127.0.0.1:$(PORT) --workers 2

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff check --fix .

migrations-check: install
	$(BIN)/regulars makemigrations --check --dry-run

bench: install
	$(BIN)/python -m bench.lookup --quick
	$(BIN)/python -m bench.memory --quick
	$(BIN)/python -m bench.ingest --quick
	$(BIN)/python -m bench.remember --quick
	$(BIN)/python -m bench.worker --quick

clean:
	rm -rf $(VENV) var
