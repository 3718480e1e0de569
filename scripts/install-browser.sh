#!/usr/bin/env bash
# Install what the browser tests (tests/e2e) need and cannot get from pip:
#   - Debian's Chromium at /usr/bin/chromium (Playwright drives it; its own
#     `playwright install` downloads browsers from hosts we cannot reach);
#   - axe-core from the npm registry into .browser/ (git-ignored), whose
#     axe.min.js the accessibility tests inject into each page;
#   - the Nu Html Checker (vnu-jar) from the npm registry into .browser/ and a
#     Java runtime to run it (tests/e2e/test_html_validity.py).
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

AXE_CORE_VERSION=4.14.1
VNU_JAR_VERSION=26.9.27
BROWSER_DIR=.browser
AXE_JS="$BROWSER_DIR/node_modules/axe-core/axe.min.js"
VNU_JAR="$BROWSER_DIR/node_modules/vnu-jar/build/dist/vnu.jar"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "Chromium is missing. Install Debian's package as root, then rerun:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
    exit 1
  fi
  echo "Installing Debian's chromium ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if ! command -v npm >/dev/null; then
  if [ "$(id -u)" != "0" ]; then
    echo "npm is missing (needed for axe-core and vnu-jar). Install it as root, then rerun:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y npm" >&2
    exit 1
  fi
  echo "Installing Debian's npm ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi

if ! command -v java >/dev/null; then
  if [ "$(id -u)" != "0" ]; then
    echo "Java is missing (needed for the Nu Html Checker). Install it as root, then rerun:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y default-jre-headless" >&2
    exit 1
  fi
  echo "Installing Debian's default-jre-headless ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi

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
echo "Browser tests ready: $(/usr/bin/chromium --version 2>/dev/null), axe-core $AXE_CORE_VERSION, vnu-jar $VNU_JAR_VERSION."
