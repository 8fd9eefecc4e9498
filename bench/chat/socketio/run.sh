#!/usr/bin/env bash
# Socket.IO reference for the chat fan-out benchmark. Env (CLIENTS, CHAT_GROUPS,
# RATE, DURATION, WARMUP) is passed through to bench.mjs; see its header.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[socketio-bench] npm ci" >&2
  npm ci --no-audit --no-fund --silent >&2
  echo "$want" > "$stamp"
fi
exec node bench.mjs
