#!/usr/bin/env bash
# Social figures: a local feed page of 50 and full-text search over a client database with
# 100,000 posts (targets: < 5 ms and < 20 ms), and GET /api/v1/explore requests/s under wrk
# with 100,000 posts on the server.
#
#   bash bench/social/run.sh                 # 10 s of wrk, 2 threads, 50 connections
#   POSTS=200000 DURATION=30 bash bench/social/run.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${SOUK_BIN:-$ROOT/build/dev/bin}
POSTS=${POSTS:-100000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "==> Installing bench tools: ${need[*]}"
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -x "$BIN/souk-social-bench" ] || { echo "Build first: bash scripts/lib/setup.sh" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> Client: $POSTS posts in a local database"
"$BIN/souk-social-bench" local --db "$work/client.db" --posts "$POSTS"

start_server() {
  "$BIN/souk-server" serve --listen 127.0.0.1:0 --data-dir "$work/data" --demo-data true \
    --log-level warning --rate-requests 100000000 --rate-anonymous 100000000 --new-account-hours 0 \
    >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  for _ in $(seq 100); do
    grep -q 'listening on' "$work/server.out" 2>/dev/null && break
    sleep 0.1
  done
  base=$(sed -n 's/^souk-server listening on \(http:[^ ]*\).*/\1/p' "$work/server.out" | head -1)
  [ -n "$base" ] || { echo "server did not start" >&2; cat "$work/server.err" >&2; exit 1; }
}

echo "==> Server: $POSTS posts, GET /api/v1/explore"
start_server # creates the data directory with the demo accounts
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
"$BIN/souk-social-bench" seed-server --db "$work/data/souk.db" --posts "$POSTS"
start_server
token=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"login":"layla","password":"souk-demo-2026"}' \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "login failed" >&2; exit 1; }
bytes=$(curl -sf "$base/api/v1/explore" -H "Authorization: Bearer $token" | wc -c)

to_ms() { awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'; }
run_wrk() { # path -> "rps p50 p99"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency \
    -H "Authorization: Bearer $token" "$base$1")
  local errors; errors=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')
  [ -z "$errors" ] || { echo "$out" >&2; echo "non-2xx responses during the run" >&2; exit 1; }
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') \
$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')") \
$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")"
}
# A page deep in the list, by the cursor of a post about half-way.
cursor=$(curl -sf "$base/api/v1/explore?limit=100" -H "Authorization: Bearer $token" \
  | sed -n 's/.*"next_cursor":"\([^"]*\)".*/\1/p')
echo "    first page: $bytes bytes (20 posts with authors, media and counts); ${DURATION}s, $THREADS threads, $CONNECTIONS connections"
read -r rps p50 p99 < <(run_wrk "/api/v1/explore")
read -r rps2 p502 p992 < <(run_wrk "/api/v1/explore?cursor=$cursor")
printf '%-40s %12s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms"
printf '%-40s %12s %10s %10s\n' "GET /api/v1/explore (first page)" "$rps" "$p50" "$p99"
printf '%-40s %12s %10s %10s\n' "GET /api/v1/explore?cursor=... (page 6)" "$rps2" "$p502" "$p992"
