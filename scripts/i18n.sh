#!/usr/bin/env bash
# Extract the rundtisch.policy msgids and merge them into the German catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
domain=rundtisch.policy
locales=src/rundtisch/policy/locales
i18ndude=.venv/bin/i18ndude
"$i18ndude" rebuild-pot --pot "$locales/$domain.pot" --create "$domain" src/rundtisch/policy
"$i18ndude" sync --pot "$locales/$domain.pot" "$locales"/*/LC_MESSAGES/"$domain".po
.venv/bin/python scripts/i18n_fill_de.py "$locales"/de/LC_MESSAGES/"$domain".po
