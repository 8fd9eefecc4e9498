#!/usr/bin/env bash
# Saturation point of each chat stack: the first rate, stepping up, at which p99 passes
# P99_LIMIT_MS (100) or a delivery is lost. Same workload as bench/chat/run.sh.
#
#   bash bench/chat/saturation.sh
#   RATES="500 1000 2000" DURATION=3 STACKS="socketio-pg socketio" bash bench/chat/saturation.sh
#
# Stacks (STACKS, in this order by default):
#   souk         souk-chat-bench with ENGINES=0 (the 200 protocol clients only; full clients
#                would load the generator, not the server)
#   socketio-pg  Socket.IO, each message INSERTed into PostgreSQL before the broadcast; one
#                throw-away PostgreSQL serves every step (server.mjs recreates the table)
#   socketio     Socket.IO in memory, the floor
# Each step is a fresh run of the stack's benchmark at RATE for DURATION (5) seconds after
# WARMUP (1); a stack stops stepping once it has saturated. Env: RATES, DURATION, WARMUP,
# CLIENTS (200), CHAT_GROUPS (20), P99_LIMIT_MS, STACKS, SOUK_CHAT_BENCH.
#
# All processes share this machine's cores: server, PostgreSQL and load generator. A step
# whose load generator is near a full core (the "gen cores" column) measures the generator as
# much as the server; the table shows it so that such a step is read with care.
# Progress and each step's figures go to stderr; the table and the saturation points to stdout.
# The benchmarks' own logs go to a temporary file, printed when a step fails.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=${SOUK_CHAT_BENCH:-$ROOT/build/dev/bin/souk-chat-bench}
RATES=${RATES:-250 500 1000 1500 2000 3000 4000 6000 8000}
STACKS=${STACKS:-souk socketio-pg socketio}
P99_LIMIT_MS=${P99_LIMIT_MS:-100}
export CLIENTS=${CLIENTS:-200} CHAT_GROUPS=${CHAT_GROUPS:-20}
export DURATION=${DURATION:-5} WARMUP=${WARMUP:-1}

for stack in $STACKS; do
  case $stack in
    souk) [ -x "$BENCH" ] || { echo "Build first: bash scripts/lib/setup.sh (or set SOUK_CHAT_BENCH)" >&2; exit 1; } ;;
    socketio | socketio-pg) command -v node >/dev/null || { echo "$stack needs Node.js" >&2; exit 1; } ;;
    *) echo "unknown stack '$stack' in STACKS (souk, socketio-pg, socketio)" >&2; exit 1 ;;
  esac
done

if [[ " $STACKS " == *" socketio-pg "* ]]; then
  # shellcheck source-path=SCRIPTDIR source=socketio/postgres.sh
  source "$ROOT/bench/chat/socketio/postgres.sh"
  pg_start # exports BENCH_PG_URL, which socketio/run.sh then uses; its trap stops it at exit
fi
steplog=$(mktemp "${TMPDIR:-/tmp}/chat-saturation.XXXXXX")
results=$(mktemp "${TMPDIR:-/tmp}/chat-saturation-results.XXXXXX")
# Replaces pg_start's EXIT trap, so it stops PostgreSQL too. INT and TERM exit through it.
trap 'rm -f "$steplog" "$results"; if declare -F pg_stop >/dev/null; then pg_stop; fi' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# One step: the stack's benchmark at RATE=$2; prints its JSON line (the last line of stdout).
run_step() {
  local stack=$1 rate=$2
  case $stack in
    souk) RATE=$rate ENGINES=0 "$BENCH" ;;
    socketio-pg) RATE=$rate STORE=postgres bash "$ROOT/bench/chat/socketio/run.sh" ;;
    socketio) RATE=$rate STORE=memory bash "$ROOT/bench/chat/socketio/run.sh" ;;
  esac 2>"$steplog" | tail -n 1
}

echo "==> stepping $RATES messages/s, ${DURATION} s each after ${WARMUP} s warm-up," \
  "$CLIENTS clients in $CHAT_GROUPS groups; saturated: p99 > $P99_LIMIT_MS ms or a delivery lost" >&2
for stack in $STACKS; do
  for rate in $RATES; do
    json=$(run_step "$stack" "$rate" || true)
    if [[ $json != '{'* ]]; then
      echo "$stack at $rate/s failed; its log ends:" >&2
      tail -n 20 "$steplog" >&2
      printf '%s %s failed\n' "$stack" "$rate" >>"$results"
      break
    fi
    printf '%s %s %s\n' "$stack" "$rate" "$json" >>"$results"
    # Print the step; exit status 3 says it saturated.
    status=0
    python3 - "$stack" "$rate" "$json" "$P99_LIMIT_MS" <<'PY' >&2 || status=$?
import json, sys
stack, rate, r, limit = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), float(sys.argv[4])
# Souk's refused pushes (send_errors) are messages lost too.
lost = r["lost"] + r.get("send_errors", 0)
print(f"{stack:12} {rate:>6}/s  p50 {r['p50_ms']:8.2f} ms  p99 {r['p99_ms']:8.2f} ms  "
      f"lost {lost}  server {r.get('server_cpu_share') or 0:.2f} cores  "
      f"generator {r.get('bench_cpu_share') or 0:.2f} cores")
sys.exit(3 if r["p99_ms"] > limit or lost > 0 else 0)
PY
    case $status in
      0) ;;
      3) break ;;
      *) echo "could not read $stack's figures at $rate/s: $json" >&2; exit 1 ;;
    esac
  done
done

python3 - "$results" "$P99_LIMIT_MS" "$RATES" <<'PY'
import json, sys
path, limit, rates = sys.argv[1], float(sys.argv[2]), sys.argv[3].split()
names = {"souk": "Souk", "socketio-pg": "Socket.IO + PostgreSQL", "socketio": "Socket.IO in memory"}
steps = {}
for line in open(path):
    stack, rate, data = line.rstrip("\n").split(" ", 2)
    steps.setdefault(stack, []).append((int(rate), None if data == "failed" else json.loads(data)))

def lost(r):  # Souk's refused pushes (send_errors) are messages lost too
    return r["lost"] + r.get("send_errors", 0)

def fmt(x, d=2):
    return "-" if x is None else f"{x:.{d}f}"

print(f"{'stack':24} {'rate/s':>7} {'p50 ms':>9} {'p99 ms':>9} {'lost':>6} "
      f"{'server cores':>13} {'server us/deliv':>16} {'gen cores':>10}")
for stack, rows in steps.items():
    for rate, r in rows:
        if r is None:
            print(f"{names[stack]:24} {rate:>7} {'(failed, see the log above)':>30}")
            continue
        print(f"{names[stack]:24} {rate:>7} {fmt(r['p50_ms']):>9} {fmt(r['p99_ms']):>9} "
              f"{lost(r):>6} {fmt(r.get('server_cpu_share')):>13} "
              f"{fmt(r.get('server_cpu_us_per_delivery'), 1):>16} {fmt(r.get('bench_cpu_share')):>10}")
print()
print(f"Saturation point (first rate with p99 > {limit:g} ms or a delivery lost):")
failed = False
for stack, rows in steps.items():
    bad = [(rate, r) for rate, r in rows if r is None or r["p99_ms"] > limit or lost(r) > 0]
    good = [rate for rate, r in rows if (rate, r) not in bad]
    last = f"; last below: {good[-1]}/s" if good else ""
    if bad and bad[0][1] is None:
        print(f"  {names[stack]:24} unknown: the step at {bad[0][0]}/s failed{last}")
        failed = True
    elif bad:
        print(f"  {names[stack]:24} {bad[0][0]}/s (p99 {bad[0][1]['p99_ms']:.1f} ms, "
              f"{lost(bad[0][1])} lost){last}")
    else:
        print(f"  {names[stack]:24} not reached up to {rates[-1]}/s")
sys.exit(1 if failed else 0)
PY
