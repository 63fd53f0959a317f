#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 for the integration tests (idempotent): installs it with apt
# if missing, initialises /tmp/vigil-pg if needed, starts it on 127.0.0.1:55432 if not running,
# and prints the URL for VIGIL_TEST_DATABASE_URL. Trust authentication: local tests only.
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
PGDATA="${VIGIL_PG_DIR:-/tmp/vigil-pg}"
PORT="${VIGIL_PG_PORT:-55432}"
BIN="/usr/lib/postgresql/${PG_VERSION}/bin"
RUN_AS="${VIGIL_PG_USER:-postgres}"

as_pg_user() {
  # The server refuses to run as root; run as the postgres user when we are root.
  if [ "$(id -u)" = "0" ]; then su "$RUN_AS" -c "$*"; else bash -c "$*"; fi
}

if [ ! -x "$BIN/initdb" ]; then
  echo "Installing postgresql-${PG_VERSION}…" >&2
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "postgresql-${PG_VERSION}" >&2
fi

if [ ! -f "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = "0" ]; then chown "$RUN_AS" "$PGDATA"; fi
  chmod 700 "$PGDATA"
  as_pg_user "'$BIN/initdb' -D '$PGDATA' -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >&2
fi

if ! as_pg_user "'$BIN/pg_ctl' -D '$PGDATA' status" >/dev/null 2>&1; then
  as_pg_user "'$BIN/pg_ctl' -D '$PGDATA' -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -k /tmp\" -l '$PGDATA.log' start" >&2
fi

echo "postgres://postgres@127.0.0.1:${PORT}/postgres"
