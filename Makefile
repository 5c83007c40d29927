# newsledger: `make demo` builds .venv and runs the pipeline on the bundled sample corpus;
# `make test` runs the whole test suite (installing what it needs).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: install demo test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsledger ingest samples/seeds --db $(DEMO_DB)
	$(BIN)/newsledger incidents --db $(DEMO_DB)
	$(BIN)/newsledger eval --gold samples/gold/seeds.yaml --db $(DEMO_DB)
	@echo
	@echo "Explore: $(BIN)/newsledger show INCIDENT_ID --db $(DEMO_DB)"
	@echo "Export:  $(BIN)/newsledger export --format json --db $(DEMO_DB) --out ledger.json"
	@echo "Browse:  $(BIN)/newsledger serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

test: install
	scripts/with-test-services.sh $(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/resolve.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
