#!/usr/bin/env bash
# Socket.IO reference for the chat fan-out benchmark. Env (CLIENTS, CHAT_GROUPS,
# RATE, DURATION, WARMUP) is passed through to bench.mjs; see its header.
#
#   bash bench/chat/socketio/run.sh                   # Socket.IO in memory
#   STORE=postgres bash bench/chat/socketio/run.sh    # each message INSERTed into PostgreSQL first
#
# STORE=postgres starts a throw-away PostgreSQL for this run (postgres.sh) unless BENCH_PG_URL
# already names one that postgres.sh started (bench/chat/saturation.sh starts one for all its
# steps). The last stdout line is bench.mjs's JSON.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[socketio-bench] npm ci" >&2
  npm ci --no-audit --no-fund --silent >&2
  echo "$want" > "$stamp"
fi

export STORE=${STORE:-memory}
CLK_TCK=$(getconf CLK_TCK)
export CLK_TCK
if [ "$STORE" = postgres ] && [ -z "${BENCH_PG_URL:-}" ]; then
  # shellcheck source-path=SCRIPTDIR source=postgres.sh
  source ./postgres.sh
  pg_start # its trap stops the server when this script exits, so no exec below
fi
node bench.mjs
