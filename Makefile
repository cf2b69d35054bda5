# octocom-streamlit: the two commands a fresh machine needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := .make
# Both bundles (the Streamlit component and the anywidget ESM) come from one `npm run build`.
BUNDLE := octocom_streamlit/_frontend/component/index.html octocom_streamlit/_frontend/jupyter/widget.js
FRONTEND_SOURCES := $(shell find frontend/src -type f 2>/dev/null) frontend/index.html frontend/vite.config.ts \
	frontend/vite.jupyter.config.ts frontend/package.json

.PHONY: demo test lint typecheck test-frontend test-python test-oldest-streamlit bench frontend screenshots clean

demo: $(BUNDLE) $(STAMP)/venv  ## Run the demo gallery on the offline preview widget
	$(PY) -m streamlit run demos/gallery/app.py --server.address 127.0.0.1 --browser.gatherUsageStats false

test: $(BUNDLE) $(STAMP)/venv $(STAMP)/chromium lint typecheck test-frontend test-python test-oldest-streamlit  ## Run every test

lint: $(STAMP)/venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)/venv frontend/node_modules
	$(PY) -m mypy
	cd frontend && npx tsc --noEmit

test-frontend: frontend/node_modules
	cd frontend && npx vitest run

test-python: $(STAMP)/venv $(BUNDLE) $(STAMP)/chromium
	$(PY) -m pytest $(PYTEST_ARGS)

# The oldest Streamlit that pyproject.toml admits: the Streamlit-facing tests run against it too.
OLDEST_STREAMLIT := 1.46.0
OLDEST_PY := .venv-oldest/bin/python

test-oldest-streamlit: $(BUNDLE) $(STAMP)/venv-oldest $(STAMP)/chromium
	$(OLDEST_PY) -m pytest -p no:cacheprovider tests/unit tests/e2e/test_core_delivery.py \
		tests/e2e/test_mounting.py tests/e2e/test_widget_features.py tests/e2e/test_loader.py \
		tests/e2e/test_first_run_traps.py

$(STAMP)/venv-oldest: pyproject.toml frontend/node_modules Makefile
	@mkdir -p $(STAMP)
	test -x $(OLDEST_PY) || $(PYTHON) -m venv .venv-oldest
	$(OLDEST_PY) -m pip install --quiet -e ".[test,jupyter]" "streamlit==$(OLDEST_STREAMLIT)"
	@touch $@

screenshots: $(BUNDLE) $(STAMP)/venv $(STAMP)/chromium  ## Refresh the README's screenshots (docs/)
	OCTOCOM_UPDATE_SCREENSHOTS=1 $(PY) -m pytest tests/e2e/test_gallery.py tests/e2e/test_widget_features.py tests/e2e/test_loader.py

bench: $(STAMP)/venv $(BUNDLE) $(STAMP)/chromium  ## Benchmarks: print a table, write BENCHMARKS.md
	$(PY) -m bench

frontend: $(BUNDLE)

$(BUNDLE) &: frontend/node_modules $(FRONTEND_SOURCES)
	cd frontend && npm run build

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

$(STAMP)/venv: pyproject.toml frontend/node_modules
	@mkdir -p $(STAMP)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,jupyter]"
	@touch $@

$(STAMP)/chromium:
	@mkdir -p $(STAMP)
	bash scripts/ensure-chromium.sh
	@touch $@

clean:
	rm -rf $(VENV) .venv-oldest $(STAMP) frontend/node_modules octocom_streamlit/_frontend
