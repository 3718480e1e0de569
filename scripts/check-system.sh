#!/usr/bin/env bash
# Fail with a clear message when a tool the build needs is missing.
set -u
python=${1:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
  echo "Python 3.11 or newer is needed ('$python' was not found)." >&2
  echo "Debian/Ubuntu: apt-get install python3 python3-venv python3-dev" >&2
  exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Python 3.11 or newer is needed; '$python' is $("$python" --version 2>&1)." >&2
  echo "Choose another interpreter: make start PYTHON=python3.12" >&2
  exit 1
fi
if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  echo "'$python' cannot create virtual environments." >&2
  echo "Debian/Ubuntu: apt-get install python3-venv" >&2
  exit 1
fi
