# The README's two commands are `make run` and `make test`; `make help` lists the rest.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
FORUM := $(VENV)/bin/forum
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.DEFAULT_GOAL := help
.PHONY: help run install test test-fast test-js lint format translations extract-messages demo serve serve-dev clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	@# The build backend's notes (editable install, deprecations) are for packagers, not for
	@# someone running `make run`: keep the terminal to the address and the demo logins.
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The JavaScript tools (eslint), exactly as package-lock.json pins them. The browser needs
# none of this: it loads static/js as it is.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

# `make run` needs only Python: the targets that serve the app skip node_modules.
install: $(STAMP) $(NODE_STAMP) translations ## Create .venv and node_modules with the dev tools

translations: $(STAMP) ## Compile the Swedish and English UI texts
	$(VENV)/bin/pybabel compile -d forum/translations

extract-messages: $(STAMP) translations ## Update the message catalogs after changing UI texts
	$(VENV)/bin/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k _n:1,2 --no-location --sort-output --ignore-dirs ".* .venv node_modules" -o forum/translations/messages.pot .
	$(VENV)/bin/pybabel update -i forum/translations/messages.pot -d forum/translations --no-fuzzy-matching

run: $(STAMP) translations ## Set up (venv, migrations, demo data) and serve (gevent) on http://127.0.0.1:5000
	$(FORUM) init
	$(FORUM) demo --if-empty
	$(FORUM) serve

serve: $(STAMP) translations ## Serve without touching the data
	$(FORUM) serve

serve-dev: $(STAMP) translations ## Werkzeug's development server with the reloader
	$(FORUM) serve --dev

demo: $(STAMP) translations ## Load the demo data into an empty database
	$(FORUM) init
	$(FORUM) demo --if-empty

lint: install ## ruff (Python) and eslint (JavaScript)
	$(VENV)/bin/ruff check .
	node_modules/.bin/eslint .

format: install ## ruff format + fixes
	$(VENV)/bin/ruff check --fix .

test: lint ## Lint, the JavaScript unit tests, then the whole pytest suite
	node --test tests/js/
	$(VENV)/bin/pytest

test-js: install ## The JavaScript unit tests only (Node's test runner)
	node --test tests/js/

test-fast: $(STAMP) translations ## The suite without browser tests
	$(VENV)/bin/pytest -m "not browser"

clean: ## Remove caches (keeps .venv and instance/)
	rm -rf .pytest_cache .ruff_cache build *.egg-info
