# Runder Tisch Soziales Wohnen Dresden: build, run and test the Plone portal.
# `make start` and `make test` are all a new user needs (see README.md).

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP_VERSION := 26.3
PORT ?= 8080
HOST ?= 127.0.0.1
export PORT HOST

# The portal's time zone. Zope's DateTime reads the process's zone once, when
# it is imported, so TZ must be set before Python starts: zope.conf's
# <environment> comes too late, and the publication date in the edit form
# would be read in one zone and saved in another (docs/operations.md).
export TZ := Europe/Berlin

INSTANCE_ETC ?= instance/etc
INSTANCE_VAR ?= instance/var
export INSTANCE_ETC INSTANCE_VAR

INSTALLED := $(VENV)/.installed
INSTANCE_CONF := $(INSTANCE_ETC)/zope.conf

.PHONY: help
help: ## Show the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(INSTALLED): setup.py requirements.txt constraints.txt
	@scripts/check-system.sh $(PYTHON)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q pip==$(PIP_VERSION)
	$(BIN)/pip install -q -r requirements.txt -c constraints.txt
	@touch $@

.PHONY: install
install: $(INSTALLED) ## Install Plone and the add-on into .venv (pinned)

.PHONY: instance
instance: $(INSTALLED) ## Write instance/etc from instance/templates and the environment
	@$(BIN)/python instance/write_config.py

.PHONY: create-site
create-site: instance ## Create the site "Plone" if missing (DEMO=0: without demo content)
	$(BIN)/zconsole run $(INSTANCE_CONF) scripts/create_site.py

# The timed jobs ask the running site over HTTP (scripts/timed_job.py) and
# open the database themselves only when none answers; they never rewrite
# $(INSTANCE_ETC) (docs/operations.md#timed-jobs).
.PHONY: purge-registrations
purge-registrations: $(INSTALLED) ## Delete sign-up data past its retention (safe to repeat, e.g. daily from cron)
	@$(BIN)/python scripts/timed_job.py purge-registrations

.PHONY: send-reminders
send-reminders: $(INSTALLED) ## Send due reminder mails before workshops (safe to repeat, e.g. hourly from cron)
	@$(BIN)/python scripts/timed_job.py send-reminders

.PHONY: start
start: ## Install if needed, create the site if missing and serve it on $(HOST):$(PORT)
	@scripts/check-system.sh $(PYTHON)
	@$(PYTHON) scripts/check_port.py $(HOST) $(PORT)
	@$(MAKE) --no-print-directory create-site
	@echo "Serving http://$(HOST):$(PORT)/Plone (Ctrl-C stops)"
	$(BIN)/runwsgi $(INSTANCE_ETC)/zope.ini

.PHONY: zeo
zeo: instance ## Serve $(INSTANCE_VAR)/zeo/Data.fs over ZEO on $$ZEO_ADDRESS (foreground)
	@echo "ZEO server on $${ZEO_ADDRESS:-127.0.0.1:8100}; start instances with ZODB_STORAGE=zeo"
	$(BIN)/runzeo -C $(INSTANCE_ETC)/zeo.conf

.PHONY: proxy
proxy: ## Install Varnish if missing and run it on $$PROXY_PORT (6081) in front of $(HOST):$(PORT) (foreground)
	@scripts/install-proxy.sh
	@$(PYTHON) scripts/check_port.py $${PROXY_HOST:-127.0.0.1} $${PROXY_PORT:-6081} PROXY_PORT proxy
	@$(PYTHON) proxy/varnish.py

.PHONY: postgres
postgres: ## Install PostgreSQL if missing, start a local cluster for RelStorage, print its DSN
	@scripts/postgres.sh start

.PHONY: postgres-stop
postgres-stop: ## Stop the local PostgreSQL cluster
	@scripts/postgres.sh stop

.PHONY: backup
backup: $(INSTALLED) ## Back up Data.fs (repozo, incremental) and blobs into $(INSTANCE_VAR)/backups
	$(BIN)/python scripts/backup.py backup

.PHONY: restore
restore: $(INSTALLED) ## Restore the latest backup (DATE=YYYY-MM-DD-HH-MM-SS for an older one); server stopped
	$(BIN)/python scripts/backup.py restore $(if $(DATE),--date $(DATE))

.PHONY: test
test: $(INSTALLED) ## Install what the tests need and run the whole suite
	scripts/install-browser.sh
	scripts/postgres.sh install
	scripts/install-proxy.sh
	$(BIN)/pytest -rs tests

.PHONY: check-pins
check-pins: ## Check that buildout's versions.cfg is generated from constraints.txt
	@$(PYTHON) scripts/pins.py

.PHONY: lint
lint: $(INSTALLED) ## ruff, zpretty and the pin check
	$(BIN)/ruff check src tests scripts instance benchmarks proxy
	$(BIN)/ruff format --check src tests scripts instance benchmarks proxy
	$(BIN)/zpretty --check $$(find src -name '*.zcml' -o -name '*.xml' | grep -v locales)
	@$(PYTHON) scripts/pins.py

.PHONY: format
format: $(INSTALLED) ## Format Python, ZCML and XML in place
	$(BIN)/ruff check --fix src tests scripts instance benchmarks proxy
	$(BIN)/ruff format src tests scripts instance benchmarks proxy
	$(BIN)/zpretty -i $$(find src -name '*.zcml' -o -name '*.xml' | grep -v locales)

.PHONY: i18n
i18n: $(INSTALLED) ## Extract msgids and sync the German catalogue
	scripts/i18n.sh

.PHONY: clean
clean: ## Remove .venv and generated files; never touches instance/var (the data)
	rm -rf $(VENV) instance/etc src/*.egg-info .pytest_cache .ruff_cache test-artifacts .browser
	find src tests -name __pycache__ -prune -exec rm -rf {} +

.PHONY: wipe-data
wipe-data: ## Delete the site data in $(INSTANCE_VAR); asks for CONFIRM=yes
	@if [ "$(CONFIRM)" != "yes" ]; then \
	  echo "This deletes $(INSTANCE_VAR) (Data.fs, blobs, logs, backups). Run: make wipe-data CONFIRM=yes"; \
	  exit 1; fi
	rm -rf $(INSTANCE_VAR)
