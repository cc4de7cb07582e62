# AgentDesk: `make run` opens the desk on its embedded demo back end; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint format bench stub translations ts clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[stub,dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(BIN)/python -m agentdesk --demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

stub: $(STAMP)
	$(BIN)/python -m backend_stub --port 8765

# regenerate the translation sources from the code (then fill in the Chinese in the .ts)
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -extensions py $$(find agentdesk -name '*.py') -ts resources/translations/agentdesk_zh_CN.ts resources/translations/agentdesk_en.ts

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
