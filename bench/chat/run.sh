#!/usr/bin/env bash
# Chat benchmark: Souk against Socket.IO on the same machine, same workload, one after the other.
#
#   bash bench/chat/run.sh                  # 200 clients, 20 groups, 1,000 messages/s, 10 s
#   RATE=300 DURATION=5 bash bench/chat/run.sh
#
# Both sides: CLIENTS clients in CHAT_GROUPS groups (client i in group i % CHAT_GROUPS), RATE
# messages per second in all, round-robin over the clients, WARMUP seconds unmeasured, then
# DURATION seconds measured. Latency: from send to the arrival on each other member.
# Souk (souk-chat-bench): durable, authenticated sync pushes, delta frames over the WebSocket,
# plus ENGINES full clients (SQLite replica). Socket.IO (bench/chat/socketio): an in-memory
# room broadcast, nothing stored. Prints a table and the ratio.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=${SOUK_CHAT_BENCH:-$ROOT/build/dev/bin/souk-chat-bench}
export CLIENTS=${CLIENTS:-200} CHAT_GROUPS=${CHAT_GROUPS:-20} RATE=${RATE:-1000}
export DURATION=${DURATION:-10} WARMUP=${WARMUP:-2}
[ -x "$BENCH" ] || { echo "Build first: bash scripts/lib/setup.sh" >&2; exit 1; }
command -v node >/dev/null || { echo "bench/chat needs Node.js for the Socket.IO reference" >&2; exit 1; }

echo "==> Souk: $CLIENTS clients, $CHAT_GROUPS groups, $RATE messages/s" >&2
souk=$("$BENCH" | tail -1) || true
echo "==> Socket.IO: the same" >&2
sio=$(bash "$ROOT/bench/chat/socketio/run.sh" | tail -1)

python3 - "$souk" "$sio" <<'PY'
import json, sys
s, o = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rows = [
    ("messages sent (measured)", s["sent"], o["sent"]),
    ("deliveries expected", s["expected"], o["expected"]),
    ("deliveries lost", s["lost"], o["lost"]),
    ("latency p50, ms", round(s["p50_ms"], 2), round(o["p50_ms"], 2)),
    ("latency p99, ms", round(s["p99_ms"], 2), round(o["p99_ms"], 2)),
    ("latency max, ms", round(s["max_ms"], 2), round(o["max_ms"], 2)),
]
print(f"{'':28} {'Souk':>12} {'Socket.IO':>12}")
for name, a, b in rows:
    print(f"{name:28} {a:>12} {b:>12}")
print(f"Souk push round trip p50/p99: {s['push_p50_ms']:.2f} / {s['push_p99_ms']:.2f} ms; "
      f"delta frames applied {s['delta_frames']}, pulls {s['pulls']}")
if s["engines"]:
    print(f"Souk full clients (SQLite replica, {s['engines']}): p50 {s['engine_p50_ms']:.2f} ms, "
          f"p99 {s['engine_p99_ms']:.2f} ms, {s['engine_delivered']}/{s['engine_expected']} delivered")
print(f"Souk write path: {s['messages_per_commit']:.1f} messages per commit, "
      f"{s['wal_bytes_per_message'] / 1024:.1f} KB of WAL per message, server CPU "
      f"{s['server_cpu_us_per_delivery']:.1f} us per delivery ({s['server_cpu_share']:.2f} cores); "
      f"load generator {s['bench_cpu_share']:.2f} cores")
print(f"p99 ratio Souk/Socket.IO: {s['p99_ms'] / o['p99_ms']:.2f} (target <= 1); "
      f"Souk p99 {s['p99_ms']:.1f} ms (target < 50 ms)")
PY
