#!/usr/bin/env bash
# Runs a command with the services the test suite uses:
#  - a throwaway PostgreSQL cluster on loopback (NEWSLEDGER_TEST_PG is set to its URL);
#  - Debian's chromium for the browser tests (NEWSLEDGER_CHROMIUM is set to its path).
# Each is installed from Debian's packages when missing. Where that is impossible the
# variable stays unset and the tests that need it are skipped with the reason printed.
set -u
note() { echo "test-services: $*" >&2; }

apt_install() {
  command -v apt-get >/dev/null 2>&1 || { note "no apt-get to install $*"; return 1; }
  if [ "$(id -u)" != 0 ]; then note "not root, cannot install $*"; return 1; fi
  if [ -z "${NEWSLEDGER_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
    export NEWSLEDGER_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
}

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/postgres" ] && { echo "$d"; return 0; }
  done
  return 1
}

PGDIR=""
start_pg() {
  local bin port user
  bin=$(pg_bin) || { apt_install postgresql && bin=$(pg_bin); } || { note "PostgreSQL unavailable; its tests will be skipped"; return 0; }
  PGDIR=$(mktemp -d /tmp/newsledger-pg.XXXXXX)
  user=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd -r -M postgres >/dev/null 2>&1 || true
    chown postgres "$PGDIR"; user=postgres
  fi
  run() { if [ "$user" = "$(id -un)" ]; then "$@"; else runuser -u "$user" -- "$@"; fi; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  if ! run "$bin/initdb" -D "$PGDIR/data" -U newsledger --auth=trust -E UTF8 >"$PGDIR/initdb.log" 2>&1; then
    note "initdb failed (see $PGDIR/initdb.log); PostgreSQL tests will be skipped"; return 0
  fi
  if ! run "$bin/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $PGDIR -c fsync=off" start >/dev/null 2>&1; then
    note "PostgreSQL did not start (see $PGDIR/server.log); its tests will be skipped"; return 0
  fi
  run "$bin/createdb" -h 127.0.0.1 -p "$port" -U newsledger newsledger_test >/dev/null 2>&1
  export NEWSLEDGER_TEST_PG="postgresql://newsledger@127.0.0.1:$port/newsledger_test"
  PG_STOP=("$bin/pg_ctl" -D "$PGDIR/data" -m fast stop)
  PG_USER=$user
  note "PostgreSQL on 127.0.0.1:$port"
}

stop_pg() {
  if [ -n "${PG_STOP:-}" ]; then
    if [ "$PG_USER" = "$(id -un)" ]; then "${PG_STOP[@]}" >/dev/null 2>&1; else runuser -u "$PG_USER" -- "${PG_STOP[@]}" >/dev/null 2>&1; fi
  fi
  [ -n "$PGDIR" ] && rm -rf "$PGDIR"
}

find_chromium() {
  local c
  for c in /usr/bin/chromium /usr/bin/chromium-browser; do [ -x "$c" ] && { echo "$c"; return 0; }; done
  return 1
}

start_browser() {
  local c
  c=$(find_chromium) || { apt_install chromium && c=$(find_chromium); } || { note "chromium unavailable; browser tests will be skipped"; return 0; }
  export NEWSLEDGER_CHROMIUM="$c"
}

trap stop_pg EXIT
start_pg
if [ "${NEWSLEDGER_NO_BROWSER:-}" = "" ]; then start_browser; fi
"$@"
