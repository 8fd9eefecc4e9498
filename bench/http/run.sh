#!/usr/bin/env bash
# HTTP throughput of souk-server against nginx serving a static file of the same size.
#
# Measures an authenticated JSON read (GET /api/v1/users/layla: token lookup, rate limiter,
# SQLite read on a worker thread, JSON encoding) with wrk, then the same number of bytes
# from nginx on the same machine. Prints requests/s, p50 and p99 for both, and the ratio.
#
#   bash bench/http/run.sh            # 10 s per run, 2 threads, 50 connections
#   DURATION=30 CONNECTIONS=100 bash bench/http/run.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
SERVER=${SOUK_SERVER:-$ROOT/build/dev/bin/souk-server}

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "==> Installing bench tools: ${need[*]}"
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -x "$SERVER" ] || { echo "Build first: bash scripts/lib/setup.sh" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The server, with demo data and rate limits raised out of the way (the limiter still runs).
"$SERVER" serve --listen 127.0.0.1:0 --data-dir "$work/data" --demo-data true \
  --log-level warning --rate-requests 100000000 --rate-anonymous 100000000 --new-account-hours 0 ${SOUK_BENCH_ARGS:-} \
  >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do
  grep -q 'listening on' "$work/server.out" 2>/dev/null && break
  sleep 0.1
done
base=$(sed -n 's/^souk-server listening on \(http:[^ ]*\).*/\1/p' "$work/server.out" | head -1)
[ -n "$base" ] || { echo "server did not start" >&2; cat "$work/server.err" >&2; exit 1; }

token=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"login":"layla","password":"souk-demo-2026"}' \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "login failed" >&2; exit 1; }
curl -sf "$base/api/v1/users/layla" -H "Authorization: Bearer $token" >"$work/body.json"
bytes=$(stat -c %s "$work/body.json")

# nginx, serving the very same bytes as a file, one worker per wrk thread.
mkdir -p "$work/www" "$work/nginx"
chmod 755 "$work" "$work/www" # nginx workers drop to an unprivileged user
cp "$work/body.json" "$work/www/layla.json"
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  default_type application/json;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
"$NGINX" -c "$work/nginx.conf" -p "$work/nginx" 2>/dev/null
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nginx_port/layla.json" >/dev/null && break; sleep 0.1; done

# wrk prints latency with units (us, ms, s); report milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'; }
run_wrk() { # url, extra header -> "rps p50 p99"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${@:2}" "$1")
  local errors; errors=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')
  [ -z "$errors" ] || { echo "$out" >&2; echo "non-2xx responses during the run" >&2; exit 1; }
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') \
$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')") \
$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")"
}

echo "==> $("$SERVER" --version 2>/dev/null | head -1), body $bytes bytes, ${DURATION}s, $THREADS threads, $CONNECTIONS connections"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; } # utime + stime, all threads
ticks_before=$(cpu_ticks)
read -r souk_rps souk_p50 souk_p99 < <(run_wrk "$base/api/v1/users/layla" -H "Authorization: Bearer $token")
ticks=$(($(cpu_ticks) - ticks_before))
read -r nginx_rps nginx_p50 nginx_p99 < <(run_wrk "http://127.0.0.1:$nginx_port/layla.json")

printf '%-36s %12s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms"
printf '%-36s %12s %10s %10s\n' "souk GET /api/v1/users/layla (auth)" "$souk_rps" "$souk_p50" "$souk_p99"
printf '%-36s %12s %10s %10s\n' "nginx static file, same bytes" "$nginx_rps" "$nginx_p50" "$nginx_p99"
awk -v a="$souk_rps" -v b="$nginx_rps" 'BEGIN { printf "ratio souk/nginx: %.2f\n", a/b }'
awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v r="$souk_rps" -v d="$DURATION" \
  'BEGIN { printf "souk-server CPU per request: %.1f us\n", t / hz / (r * d) * 1e6 }'
