#!/usr/bin/env bash
# Install what the browser tests (tests/e2e) need and cannot get from pip:
#   - Debian's Chromium at /usr/bin/chromium (Playwright drives it; its own
#     `playwright install` downloads browsers from hosts we cannot reach);
#   - axe-core from the npm registry into .browser/ (git-ignored), whose
#     axe.min.js the accessibility tests inject into each page.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

AXE_CORE_VERSION=4.14.1
BROWSER_DIR=.browser
AXE_JS="$BROWSER_DIR/node_modules/axe-core/axe.min.js"

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
    echo "npm is missing (needed for axe-core). Install it as root, then rerun:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y npm" >&2
    exit 1
  fi
  echo "Installing Debian's npm ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi

if ! grep -qs "\"version\": \"$AXE_CORE_VERSION\"" "$BROWSER_DIR/node_modules/axe-core/package.json"; then
  echo "Installing axe-core $AXE_CORE_VERSION into $BROWSER_DIR ..."
  mkdir -p "$BROWSER_DIR"
  npm install --prefix "$BROWSER_DIR" --no-save --no-audit --no-fund --silent \
    "axe-core@$AXE_CORE_VERSION"
fi

test -s "$AXE_JS"
echo "Browser tests ready: $(/usr/bin/chromium --version 2>/dev/null), axe-core $AXE_CORE_VERSION."
