# The README's two commands are `make run` and `make test`; `make help` lists the rest.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
FORUM := $(VENV)/bin/forum
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help run install test test-fast lint format translations extract-messages demo serve clean

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

install: $(STAMP) translations ## Create .venv and install the app with its dev tools

translations: $(STAMP) ## Compile the Swedish and English UI texts
	$(VENV)/bin/pybabel compile -d forum/translations

extract-messages: install ## Update the message catalogs after changing UI texts
	$(VENV)/bin/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location --sort-output --ignore-dirs ".* .venv node_modules" -o forum/translations/messages.pot .
	$(VENV)/bin/pybabel update -i forum/translations/messages.pot -d forum/translations --no-fuzzy-matching

run: install ## Set up (venv, migrations, demo data) and serve on http://127.0.0.1:5000
	$(FORUM) init
	$(FORUM) demo --if-empty
	$(FORUM) serve

serve: install ## Serve without touching the data
	$(FORUM) serve

demo: install ## Load the demo data into an empty database
	$(FORUM) init
	$(FORUM) demo --if-empty

lint: install ## ruff
	$(VENV)/bin/ruff check .

format: install ## ruff format + fixes
	$(VENV)/bin/ruff check --fix .

test: lint ## Lint, then run the whole test suite
	$(VENV)/bin/pytest

test-fast: install ## The suite without browser tests
	$(VENV)/bin/pytest -m "not browser"

clean: ## Remove caches (keeps .venv and instance/)
	rm -rf .pytest_cache .ruff_cache build *.egg-info
