#!/usr/bin/env bash
# PouchDB baseline for the sync benchmark. Env (ROWS, SAMPLES, CLIENTS, ...) is
# passed through to bench.mjs; see the header of bench.mjs.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[pouchdb-bench] npm ci" >&2
  npm ci --no-audit --no-fund --silent >&2
  echo "$want" > "$stamp"
fi
exec node bench.mjs
