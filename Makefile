# AgentDesk: `make run` opens the desk on its embedded demo back end; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint format bench stub translations ts clean desktop-libs

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[stub,dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Qt's X11 plugin needs these system libraries on Linux (Debian names); installed when missing and we may
QT_XCB_LIBS := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	fonts-wqy-microhei

desktop-libs:
	@if [ "$$(uname -s)" = Linux ] && command -v dpkg-query >/dev/null; then \
	  missing=""; for p in $(QT_XCB_LIBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	    else echo "The desk's window needs these Debian packages:$$missing (sudo apt-get install$$missing)"; exit 1; fi; \
	  fi; \
	  if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then echo "No display: set DISPLAY, or run it under Xvfb: xvfb-run -s '-screen 0 1600x1000x24' make run"; exit 1; fi; \
	fi

run: $(STAMP) translations desktop-libs
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
