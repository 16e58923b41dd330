# geoatlas: the two commands of the README, and what they need.
#   make map    set up, then build the seed map
#   make test   set up, then run every check (format, lint, types, tests)
#   make bench  set up, then run the benchmarks and print their figures

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ASSETS := geoatlas/render/assets
ASSETS_STAMP := $(ASSETS)/node_modules/.installed
BROWSER_STAMP := $(VENV)/.browser

.PHONY: setup map test lint types pytest bench gazetteer clean

setup: $(STAMP) $(ASSETS_STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# Leaflet and its plugins come pinned from the npm registry (package-lock.json),
# so an --offline map can inline them; no copy of them is committed.
$(ASSETS_STAMP): $(ASSETS)/package.json $(ASSETS)/package-lock.json
	cd $(ASSETS) && npm ci --silent --no-audit --no-fund
	touch $@

# Browser tests drive Debian's Chromium; install it when we may (root or CI).
$(BROWSER_STAMP):
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium not found: browser tests will be skipped (apt-get install chromium)"; fi
	touch $@

map: setup
	$(VENV)/bin/geoatlas map seeds/ --manifest seeds/manifest.csv --offline -o build/frontline.html

lint: $(STAMP)
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

types: $(STAMP)
	$(VENV)/bin/mypy

pytest: setup $(BROWSER_STAMP)
	$(VENV)/bin/pytest -q

test: lint types pytest

BENCH_STAMP := $(VENV)/.bench

# The benchmarks' reference (spaCy's French NER) is installed only for them.
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[dev,bench]'
	touch $@

bench: setup $(BENCH_STAMP) $(BROWSER_STAMP)
	$(PY) benchmarks/bench_places.py
	$(PY) benchmarks/bench_events.py
	$(PY) benchmarks/bench_map.py
	$(PY) benchmarks/measure_fuzzy.py
	$(PY) benchmarks/measure_hromada_points.py
	$(PY) benchmarks/measure_claims.py benchmarks/claims_sample.jsonl

gazetteer: $(STAMP)
	$(VENV)/bin/geoatlas gazetteer build -o data/gazetteer.geojson

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
