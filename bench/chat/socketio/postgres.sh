# shellcheck shell=bash
# A throw-away PostgreSQL for the Socket.IO + PostgreSQL chat reference. Sourced, not run:
#
#   source bench/chat/socketio/postgres.sh
#   pg_start    # initdb + start; exports BENCH_PG_URL, BENCH_PG_PID, BENCH_PG_DIR
#   ...         # server.mjs (STORE=postgres) connects to BENCH_PG_URL
#   pg_stop     # also run by the EXIT/INT/TERM traps pg_start sets
#
# The cluster is created for the run and deleted after it: data directory, log and unix socket
# all in one `mktemp -d` directory, on the same disk as Souk's benchmark database (/tmp).
# It listens on 127.0.0.1 on a free port and trusts every connection there: it holds nothing
# but benchmark rows and lives for a few minutes. The settings that make a message durable are
# set explicitly and checked after start: fsync = on and synchronous_commit = on, so an INSERT
# returns only once its WAL record is flushed (fdatasync) to disk, as a Souk push does.
# Everything else is PostgreSQL 15's default but shared_buffers (64 MB, modest on a 2-core VM
# that also runs the load generator) and max_connections (the pool plus a few).
#
# PostgreSQL refuses to run as root. When this script runs as root, initdb, pg_ctl and the
# server run as PG_OS_USER (default `nobody`) through runuser, which owns the temp directory.
# A caller that needs its own EXIT trap calls pg_stop from it.

PG_OS_USER=${PG_OS_USER:-nobody}

# Run a PostgreSQL program as the cluster's owner (see above), from inside the cluster's
# directory: that user may not be allowed to read the caller's working directory.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$BENCH_PG_DIR" && runuser -u "$PG_OS_USER" -- "$@")
  else
    (cd "$BENCH_PG_DIR" && "$@")
  fi
}

pg_fail() {
  echo "[postgres] $*" >&2
  exit 1
}

pg_start() {
  local tool port log
  for tool in initdb pg_ctl psql python3; do
    command -v "$tool" >/dev/null || pg_fail "$tool not found on PATH (the Socket.IO + PostgreSQL reference needs PostgreSQL's initdb, pg_ctl and psql)"
  done
  BENCH_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/chat-bench-pg.XXXXXX")
  export BENCH_PG_DIR
  trap pg_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if [ "$(id -u)" -eq 0 ]; then
    id "$PG_OS_USER" >/dev/null 2>&1 || pg_fail "running as root, and PG_OS_USER=$PG_OS_USER does not exist: PostgreSQL refuses to run as root; set PG_OS_USER to an unprivileged user"
    chown "$PG_OS_USER": "$BENCH_PG_DIR"
    pg_as_owner test -w "$BENCH_PG_DIR" \
      || pg_fail "$PG_OS_USER cannot write $BENCH_PG_DIR (is TMPDIR=${TMPDIR:-/tmp} readable by everyone?)"
  fi
  log=$BENCH_PG_DIR/postgres.log

  # --no-sync: initdb's own files need not survive a crash; the server's writes are synced.
  pg_as_owner initdb -D "$BENCH_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$BENCH_PG_DIR/initdb.log" 2>&1 \
    || pg_fail "initdb failed: $(tail -n 20 "$BENCH_PG_DIR/initdb.log")"

  # A port nothing listens on now; if something takes it before postgres binds, start fails
  # with "could not bind" in the log below.
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg_as_owner pg_ctl -D "$BENCH_PG_DIR/data" -l "$log" -w -t 60 start -o "\
    -c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$BENCH_PG_DIR \
    -c fsync=on -c synchronous_commit=on -c shared_buffers=64MB -c max_connections=40" \
    >/dev/null 2>&1 \
    || pg_fail "PostgreSQL did not start: $(tail -n 20 "$log" 2>/dev/null)"

  # Check, rather than trust, that a commit waits for the disk.
  local settings
  settings=$(psql -h "$BENCH_PG_DIR" -p "$port" -U postgres -d postgres -XAt \
    -c 'SHOW fsync' -c 'SHOW synchronous_commit' 2>&1 | tr '\n' ' ') \
    || pg_fail "psql could not connect: $settings $(tail -n 20 "$log")"
  [ "$settings" = "on on " ] \
    || pg_fail "expected fsync = on and synchronous_commit = on, got: $settings"

  BENCH_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  BENCH_PG_PID=$(head -n 1 "$BENCH_PG_DIR/data/postmaster.pid")
  export BENCH_PG_URL BENCH_PG_PID
  echo "[postgres] $(postgres --version | sed 's/^postgres (PostgreSQL) //') on 127.0.0.1:$port," \
    "pid $BENCH_PG_PID, fsync = on, synchronous_commit = on, data in $BENCH_PG_DIR" >&2
}

pg_stop() {
  [ -n "${BENCH_PG_DIR:-}" ] || return 0
  if [ -f "$BENCH_PG_DIR/data/postmaster.pid" ]; then
    # immediate: the data is thrown away next, there is nothing to shut down cleanly for.
    pg_as_owner pg_ctl -D "$BENCH_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$BENCH_PG_DIR"
  unset BENCH_PG_DIR BENCH_PG_URL BENCH_PG_PID
}
