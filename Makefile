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

# Windows installer (docs/INSTALL.md): dist/AgentDesk-<version>-x64.msi, built on Linux with wixl (msitools).
# The build installs msitools, wixl and osslsigncode from Debian when missing; downloads are cached in
# build/msi/cache by the Windows lock's hash. MSI_VERSION=x.y.z overrides pyproject.toml's version.
MSIBUILD := PYTHONPATH=installer $(BIN)/python -m msibuild

.PHONY: msi msi-payload msi-lock msi-test

msi: $(STAMP) translations
	$(MSIBUILD) msi $(if $(MSI_VERSION),--version $(MSI_VERSION))

msi-payload: $(STAMP) translations
	$(MSIBUILD) payload

# re-resolve installer/requirements-win.lock for Windows after a dependency change (UPGRADE=1: newest pins)
msi-lock: $(STAMP)
	$(MSIBUILD) lock $(if $(UPGRADE),--upgrade)

# the installer tests alone: MSI tables (msitools) always, install/run/upgrade/uninstall under Wine
msi-test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/installer
