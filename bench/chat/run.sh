#!/usr/bin/env bash
# Chat benchmark: Souk against two Socket.IO references on the same machine, same workload, one
# after the other.
#
#   bash bench/chat/run.sh                  # 200 clients, 20 groups, 1,000 messages/s, 10 s
#   RATE=300 DURATION=5 bash bench/chat/run.sh
#   bash bench/chat/saturation.sh           # the rate at which each one's p99 passes 100 ms
#
# All three: CLIENTS clients in CHAT_GROUPS groups (client i in group i % CHAT_GROUPS), RATE
# messages per second in all, round-robin over the clients, WARMUP seconds unmeasured, then
# DURATION seconds measured. Latency: from send to the arrival on each other member.
# Souk (souk-chat-bench): durable, authenticated sync pushes, delta frames over the WebSocket,
# plus ENGINES full clients (SQLite replica).
# Socket.IO + PostgreSQL (bench/chat/socketio, STORE=postgres): the common production stack and
# the like-for-like reference: each message INSERTed (synchronous_commit = on) into a
# PostgreSQL this script starts, then broadcast to the room.
# Socket.IO in memory (STORE=memory): the room broadcast alone, nothing stored; the floor.
# Prints a table, the write path's figures and Souk's p99 against the PostgreSQL reference's.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=${SOUK_CHAT_BENCH:-$ROOT/build/dev/bin/souk-chat-bench}
export CLIENTS=${CLIENTS:-200} CHAT_GROUPS=${CHAT_GROUPS:-20} RATE=${RATE:-1000}
export DURATION=${DURATION:-10} WARMUP=${WARMUP:-2}
[ -x "$BENCH" ] || { echo "Build first: bash scripts/lib/setup.sh" >&2; exit 1; }
command -v node >/dev/null || { echo "bench/chat needs Node.js for the Socket.IO reference" >&2; exit 1; }

# The last stdout line of each side is its JSON; say which side failed rather than let the
# table's parser do it.
json_of() {
  local name=$1 line=$2
  case $line in
    '{'*) printf '%s' "$line" ;;
    *) echo "$name did not print its JSON line (got: ${line:-nothing}); its log is above" >&2; exit 1 ;;
  esac
}

echo "==> Souk: $CLIENTS clients, $CHAT_GROUPS groups, $RATE messages/s" >&2
souk=$(json_of Souk "$("$BENCH" | tail -1 || true)")
echo "==> Socket.IO + PostgreSQL: the same" >&2
sio_pg=$(json_of "Socket.IO + PostgreSQL" "$(STORE=postgres bash "$ROOT/bench/chat/socketio/run.sh" | tail -1 || true)")
echo "==> Socket.IO in memory: the same" >&2
sio=$(json_of "Socket.IO in memory" "$(STORE=memory bash "$ROOT/bench/chat/socketio/run.sh" | tail -1 || true)")

python3 - "$souk" "$sio_pg" "$sio" <<'PY'
import json, sys
s, p, o = (json.loads(a) for a in sys.argv[1:4])
def num(x, digits=2):
    return "-" if x is None else round(x, digits)
rows = [
    ("messages sent (measured)", "sent", 0),
    ("deliveries expected", "expected", 0),
    ("deliveries lost", "lost", 0),
    ("latency p50, ms", "p50_ms", 2),
    ("latency p99, ms", "p99_ms", 2),
    ("latency max, ms", "max_ms", 2),
    ("server CPU, cores", "server_cpu_share", 2),
    ("server CPU per delivery, us", "server_cpu_us_per_delivery", 1),
    ("load generator CPU, cores", "bench_cpu_share", 2),
]
print(f"{'':30} {'Souk':>12} {'Socket.IO+PG':>13} {'Socket.IO mem':>14}")
for name, key, d in rows:
    a, b, c = (num(x.get(key), d) if d else x.get(key) for x in (s, p, o))
    print(f"{name:30} {a:>12} {b:>13} {c:>14}")
print(f"Souk push round trip p50/p99: {s['push_p50_ms']:.2f} / {s['push_p99_ms']:.2f} ms; "
      f"delta frames applied {s['delta_frames']}, pulls {s['pulls']}")
if s["engines"]:
    print(f"Souk full clients (SQLite replica, {s['engines']}): p50 {s['engine_p50_ms']:.2f} ms, "
          f"p99 {s['engine_p99_ms']:.2f} ms, {s['engine_delivered']}/{s['engine_expected']} delivered")
print(f"Souk write path: {s['messages_per_commit']:.1f} messages per commit, "
      f"{s['wal_bytes_per_message'] / 1024:.1f} KB of WAL per message, server CPU "
      f"{s['server_cpu_us_per_delivery']:.1f} us per delivery ({s['server_cpu_share']:.2f} cores); "
      f"load generator {s['bench_cpu_share']:.2f} cores")
print(f"Socket.IO + PostgreSQL server CPU: node {p['node_server_cpu_share']:.2f} + PostgreSQL "
      f"{p['postgres_cpu_share']:.2f} cores; Souk counts its send period with warm-up, "
      f"Socket.IO the measured window")
print(f"p99 ratio Souk / Socket.IO + PostgreSQL: {s['p99_ms'] / p['p99_ms']:.2f} (target <= 1); "
      f"Souk p99 {s['p99_ms']:.1f} ms (target < 15 ms at 1,000/s); "
      f"Souk / Socket.IO in memory (the floor): {s['p99_ms'] / o['p99_ms']:.1f}")
PY
