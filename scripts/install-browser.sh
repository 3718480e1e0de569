#!/usr/bin/env bash
# Install what the browser tests (tests/e2e) need and cannot get from pip:
#   - Debian's Chromium at /usr/bin/chromium (Playwright drives it; its own
#     `playwright install` downloads browsers from hosts we cannot reach);
#   - axe-core from the npm registry into .browser/ (git-ignored), whose
#     axe.min.js the accessibility tests inject into each page;
#   - the Nu Html Checker (vnu-jar) from the npm registry into .browser/ and a
#     Java runtime to run it (tests/e2e/test_html_validity.py);
#   - Debian's chromium-l10n, so that the browser's own texts (form
#     validation messages such as "Please fill out this field.", the file
#     chooser's "Choose File", date inputs) are German as on a Dresden
#     editor's computer: without it Chromium has only en-US and the
#     German-only scan reads English that no visitor would see;
#   - zbar's `zbarimg` (Debian's zbar-tools), the decoder that reads the QR
#     code of the confirmation mail as a phone would (tests/e2e/test_door.py).
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

AXE_CORE_VERSION=4.14.1
VNU_JAR_VERSION=26.9.27
BROWSER_DIR=.browser
AXE_JS="$BROWSER_DIR/node_modules/axe-core/axe.min.js"
VNU_JAR="$BROWSER_DIR/node_modules/vnu-jar/build/dist/vnu.jar"

# apt_install PACKAGE WHY: install Debian's PACKAGE as root; otherwise say
# WHY it is needed and how to get it, and stop.
apt_install() {
  if [ "$(id -u)" != "0" ]; then
    echo "$2 Install it as root, then rerun:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y $1" >&2
    exit 1
  fi
  echo "Installing Debian's $1 ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

[ -x /usr/bin/chromium ] || apt_install chromium "Chromium is missing."
[ -f /usr/lib/chromium/locales/de.pak ] ||
  apt_install chromium-l10n "Chromium's German texts (chromium-l10n) are missing."
command -v npm >/dev/null ||
  apt_install npm "npm is missing (needed for axe-core and vnu-jar)."
command -v java >/dev/null ||
  apt_install default-jre-headless "Java is missing (needed for the Nu Html Checker)."
command -v zbarimg >/dev/null ||
  apt_install zbar-tools "zbarimg is missing (needed to decode the QR codes of the mails)."

# One npm call for both packages: with --no-save, npm install --prefix
# removes from .browser/ whatever the call does not name.
installed_version() {
  grep -qs "\"version\": \"$2\"" "$BROWSER_DIR/node_modules/$1/package.json"
}
if ! installed_version axe-core "$AXE_CORE_VERSION" || ! installed_version vnu-jar "$VNU_JAR_VERSION"; then
  echo "Installing axe-core $AXE_CORE_VERSION and vnu-jar $VNU_JAR_VERSION into $BROWSER_DIR ..."
  mkdir -p "$BROWSER_DIR"
  npm install --prefix "$BROWSER_DIR" --no-save --no-audit --no-fund --silent \
    "axe-core@$AXE_CORE_VERSION" "vnu-jar@$VNU_JAR_VERSION"
fi

test -s "$AXE_JS"
test -s "$VNU_JAR"
echo "Browser tests ready: $(/usr/bin/chromium --version 2>/dev/null), axe-core $AXE_CORE_VERSION, vnu-jar $VNU_JAR_VERSION, $(zbarimg --version 2>/dev/null | sed 's/^/zbarimg /')."
