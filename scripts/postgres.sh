#!/usr/bin/env bash
# A private PostgreSQL cluster for RelStorage: tests, benchmarks, development.
#
#   scripts/postgres.sh install   install Debian's postgresql if it is missing
#   scripts/postgres.sh start     install if needed, create and start the cluster,
#                                 print the libpq DSN for RELSTORAGE_DSN
#   scripts/postgres.sh stop      stop the cluster
#   scripts/postgres.sh dsn       print the DSN
#
# Environment: PG_DATA (cluster directory, default instance/var/postgres),
# PG_PORT (default 54320), PG_DATABASE (default plone). The cluster listens on
# 127.0.0.1 only and trusts local connections: it is for one machine's tests,
# not for production (see docs/operations.md).
set -euo pipefail

PG_DATA=${PG_DATA:-instance/var/postgres}
PG_PORT=${PG_PORT:-54320}
PG_DATABASE=${PG_DATABASE:-plone}
PG_USER=plone

find_bindir() {
  # Debian installs the server binaries per major version, outside PATH.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    echo "$dir"
  fi
}

install_server() {
  if [ -n "$(find_bindir)" ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The PostgreSQL server is not installed and this script can install it" >&2
    echo "only as root on Debian/Ubuntu. Install it, then run this again:" >&2
    echo "  sudo apt-get install postgresql" >&2
    exit 1
  fi
  echo "Installing PostgreSQL from the Debian packages ..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql >/dev/null
}

# initdb and postgres refuse to run as root; root runs them as "postgres".
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

dsn() {
  echo "dbname=$PG_DATABASE user=$PG_USER host=127.0.0.1 port=$PG_PORT"
}

start() {
  install_server
  local bindir
  bindir=$(find_bindir)
  mkdir -p "$PG_DATA"
  PG_DATA=$(cd "$PG_DATA" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_DATA"
    chmod 700 "$PG_DATA"
  fi
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    as_owner "$bindir/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_owner "$bindir/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    as_owner "$bindir/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/postgres.log" -w \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  if ! as_owner "$bindir/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'" | grep -q 1; then
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$PG_DATABASE"
  fi
  dsn
}

stop() {
  local bindir
  bindir=$(find_bindir)
  if [ -n "$bindir" ] && [ -f "$PG_DATA/PG_VERSION" ]; then
    as_owner "$bindir/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
  fi
}

case "${1:-}" in
  install) install_server ;;
  start) start ;;
  stop) stop ;;
  dsn) dsn ;;
  *)
    echo "usage: $0 install|start|stop|dsn" >&2
    exit 2
    ;;
esac
