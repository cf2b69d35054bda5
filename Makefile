# octocom-streamlit: the two commands a fresh machine needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := .make
# Both bundles (the Streamlit component and the anywidget ESM) come from one `npm run build`.
BUNDLE := octocom_streamlit/_frontend/component/index.html octocom_streamlit/_frontend/jupyter/widget.js
FRONTEND_SOURCES := $(shell find frontend/src -type f 2>/dev/null) frontend/index.html frontend/vite.config.ts \
	frontend/vite.jupyter.config.ts frontend/package.json

.PHONY: demo test lint typecheck check-protocol protocol test-frontend test-pytest test-python test-browsers \
	test-browsers-then-other-versions test-other-versions test-oldest test-newest bench bench-references \
	frontend screenshots clean

demo: $(BUNDLE) $(STAMP)/venv  ## Run the demo gallery on the offline preview widget
	$(PY) -m streamlit run demos/gallery/app.py --server.address 127.0.0.1 --browser.gatherUsageStats false

test: $(BUNDLE) $(STAMP)/venv $(STAMP)/browsers lint typecheck check-protocol test-frontend \
	test-pytest  ## Run every test

lint: $(STAMP)/venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)/venv frontend/node_modules
	$(PY) -m mypy
	cd frontend && npx tsc --noEmit

# The TypeScript types and constants of the wire come from octocom_streamlit/protocol/.
protocol: $(STAMP)/venv frontend/node_modules  ## Regenerate frontend/src/protocol/generated.ts
	$(PY) scripts/generate_protocol.py

check-protocol: $(STAMP)/venv frontend/node_modules  ## Fail if generated.ts is not what the Python protocol generates
	$(PY) scripts/generate_protocol.py --check

test-frontend: frontend/node_modules
	cd frontend && npx vitest run

# Every pytest run, two at a time on the two cores: the main run (the longest, ~12-13 min) in one
# lane; the three-engine suite (~8 min) and then the lean runs on the other Python and Streamlit
# versions (~3 min each, one after the other) in the other. Never three at once: the end-to-end
# tests wait on reruns and timers, and a third run on two cores made them time out. A failing
# suite stops none of the others; the target fails when any did.
test-pytest: $(BUNDLE) $(STAMP)/venv $(STAMP)/browsers
	$(MAKE) --no-print-directory -j2 test-python test-browsers-then-other-versions

# Inside test-pytest's -j2 both slots are taken, so the inner make runs the lean runs one at a time.
test-browsers-then-other-versions:
	@status=0; \
	$(MAKE) --no-print-directory test-browsers || status=1; \
	$(MAKE) --no-print-directory -k test-oldest test-newest || status=1; \
	exit $$status

# The suite (less tests/browsers, which test-browsers runs), then the package's docstring examples and the benchmark statistics' as doctests
# (conftest.py prepares them and leaves out the two modules that are Streamlit scripts). A run of its own, because
# --doctest-modules over tests/ would import the Streamlit apps there. Only this venv runs
# the doctests: they pin one Python's and one Streamlit's output, and the lean runs below
# test the same code.
test-python: $(STAMP)/venv $(BUNDLE) $(STAMP)/chromium
	$(PY) -m pytest --ignore=tests/browsers $(PYTEST_ARGS)
	$(PY) -m pytest --doctest-modules octocom_streamlit bench/stats.py bench/readme.py

# The three-engine suite: the same tests in Debian's chromium (Playwright), firefox-esr (Marionette)
# and WebKitGTK's MiniBrowser (webkit2gtk-driver's WebKitWebDriver, on an Xvfb display of its own).
test-browsers: $(STAMP)/venv $(BUNDLE) $(STAMP)/browsers  ## Chromium, Firefox and WebKit: tests/browsers
	$(PY) -m pytest -p no:cacheprovider -q tests/browsers

# The lean set: the unit tests and the end-to-end files that drive a Streamlit app. It also
# runs on the oldest Python that pyproject.toml's classifiers list with the oldest Streamlit
# it admits, and on the newest Python with the newest Streamlit (the default venv's python3
# runs everything).
LEAN_TESTS := tests/unit tests/e2e/test_core_delivery.py tests/e2e/test_mounting.py \
	tests/e2e/test_widget_features.py tests/e2e/test_loader.py tests/e2e/test_first_run_traps.py
EXTRA_PYTHONS := 3.10 3.13
OLDEST_PYTHON := $(firstword $(EXTRA_PYTHONS))
NEWEST_PYTHON := $(lastword $(EXTRA_PYTHONS))
OLDEST_STREAMLIT := 1.46.0

# The two lean runs are independent: both at once (the machine has two cores). `make test` runs
# them through test-pytest, after the three-engine suite.
test-other-versions: $(BUNDLE) $(STAMP)/chromium
	$(MAKE) --no-print-directory -j2 -k test-oldest test-newest

test-oldest: $(BUNDLE) $(STAMP)/venv-oldest $(STAMP)/chromium  ## Python 3.10 and Streamlit 1.46.0
	.venv-oldest/bin/python -m pytest -p no:cacheprovider -q $(LEAN_TESTS)

test-newest: $(BUNDLE) $(STAMP)/venv-newest $(STAMP)/chromium  ## Python 3.13 and the newest Streamlit
	.venv-newest/bin/python -m pytest -p no:cacheprovider -q $(LEAN_TESTS)

# .venv-oldest, .venv-newest: the interpreter from pyenv or PATH (scripts/find-python.sh).
$(STAMP)/venv-oldest: pyproject.toml Makefile | $(BUNDLE)
	@mkdir -p $(STAMP)
	test -x .venv-oldest/bin/python || "$$(bash scripts/find-python.sh $(OLDEST_PYTHON))" -m venv .venv-oldest
	.venv-oldest/bin/python -m pip install --quiet --upgrade pip
	.venv-oldest/bin/python -m pip install --quiet -e ".[test,jupyter]" "streamlit==$(OLDEST_STREAMLIT)"
	@touch $@

$(STAMP)/venv-newest: pyproject.toml Makefile | $(BUNDLE)
	@mkdir -p $(STAMP)
	test -x .venv-newest/bin/python || "$$(bash scripts/find-python.sh $(NEWEST_PYTHON))" -m venv .venv-newest
	.venv-newest/bin/python -m pip install --quiet --upgrade pip
	.venv-newest/bin/python -m pip install --quiet -e ".[test,jupyter]"  # unit tests use ChatWidget too
	@touch $@

screenshots: $(BUNDLE) $(STAMP)/venv $(STAMP)/chromium  ## Refresh the README's screenshots (docs/)
	OCTOCOM_UPDATE_SCREENSHOTS=1 $(PY) -m pytest tests/e2e/test_gallery.py tests/e2e/test_widget_features.py tests/e2e/test_loader.py

bench: $(STAMP)/venv $(BUNDLE) $(STAMP)/browsers  ## Benchmarks: print a table, write BENCHMARKS.md (no network)
	$(PY) -m bench

# The only step of the benchmarks that needs a network (npm, PyPI): it fills .make/bench/ with
# the payload figure's reference frontends, which `make bench` then reads (or reports skipped).
bench-references: $(STAMP)/venv  ## Fetch and build the benchmarks' reference frontends, once
	$(PY) -m bench.reference_builds

frontend: $(BUNDLE)

$(BUNDLE) &: frontend/node_modules $(FRONTEND_SOURCES)
	cd frontend && npm run build

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

$(STAMP)/venv: pyproject.toml | $(BUNDLE)
	@mkdir -p $(STAMP)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,test-notebooks,test-browsers,jupyter]"
	@touch $@

# Debian's browsers, installed when missing (scripts/ensure-browsers.sh): chromium for every browser
# suite; firefox-esr, webkit2gtk-driver and xvfb too for tests/browsers.
$(STAMP)/chromium: scripts/ensure-browsers.sh
	@mkdir -p $(STAMP)
	bash scripts/ensure-browsers.sh chromium
	@touch $@

$(STAMP)/browsers: scripts/ensure-browsers.sh
	@mkdir -p $(STAMP)
	bash scripts/ensure-browsers.sh chromium firefox webkit
	@touch $@

clean:
	rm -rf $(VENV) .venv-oldest .venv-newest $(STAMP) frontend/node_modules \
		octocom_streamlit/_frontend
