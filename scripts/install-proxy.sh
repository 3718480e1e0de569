#!/usr/bin/env bash
# Install Debian's Varnish (the caching proxy of `make proxy` and of
# tests/operations/test_caching_proxy.py) if varnishd is missing.
# As root (e.g. in CI) it installs; otherwise it prints the command and
# fails. Idempotent: a second run only checks.
set -euo pipefail

if ! command -v varnishd >/dev/null 2>&1 && [ ! -x /usr/sbin/varnishd ]; then
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Varnish is missing. Install Debian's package as root, then rerun:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y varnish" >&2
    exit 1
  fi
  echo "Installing Debian's varnish ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    varnish >/dev/null
  # On a machine with systemd the package starts its own service on port
  # 6081 (PROXY_PORT's default) with Debian's example VCL. We installed it
  # for `make proxy`, which runs its own varnishd: stop that service again.
  if [ -d /run/systemd/system ] && systemctl is-enabled --quiet varnish 2>/dev/null; then
    echo "Stopping and disabling Debian's varnish service (make proxy runs its own) ..."
    systemctl disable --now varnish varnishncsa >/dev/null 2>&1 || true
  fi
fi

VARNISHD=$(command -v varnishd || echo /usr/sbin/varnishd)
echo "Caching proxy ready: $("$VARNISHD" -V 2>&1 | head -n 1)."
