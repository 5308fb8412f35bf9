# The two commands a newcomer needs are `make run` and `make test`.
PYTHON_BIN ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install messages migrate demo run test test-quick lint format makemessages

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON_BIN) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[test]"
	touch $@

# Leaflet (served by the site) and axe-core (for the browser tests) come from npm.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

install: $(VENV)/.installed node_modules/.package-lock.json ## Create the virtualenv and install the project

messages: install ## Compile the .po translations
	$(MANAGE) compilemessages --ignore=.venv -v0

migrate: messages ## Apply the database migrations
	$(MANAGE) migrate --no-input -v0

demo: migrate ## Load the Kortrijk demo content (safe to repeat)
	$(MANAGE) load_demo

run: migrate ## Set up and serve the demo site on http://127.0.0.1:8000
	$(MANAGE) load_demo --if-empty
	$(MANAGE) runserver $(HOST):$(PORT)

test: messages ## Run every test on SQLite and PostgreSQL, with Elasticsearch
	bash scripts/test.sh

test-quick: messages ## Run the tests once, on SQLite only, reusing the test database
	$(VENV)/bin/pytest --reuse-db -q $(ARGS)

lint: install ## Check formatting, lint and missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run -v1

format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

makemessages: install ## Update the .po files from the source (each app keeps its own)
	$(MANAGE) makemessages -l nl -l fr -l en -v0 --ignore=.venv --ignore=tests \
		--ignore=static --ignore=media --ignore=scripts --ignore=benchmarks
