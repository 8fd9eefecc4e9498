#!/usr/bin/env bash
# Sync benchmark: Souk against PouchDB on the same machine, same workload, one after the other.
#
#   bash bench/sync/run.sh                 # 100,000 rows, 50 clients, 200 latency samples
#   ROWS=20000 CLIENTS=10 bash bench/sync/run.sh
#
# Souk: push throughput (batches of 1,000 saveDraft mutations), initial sync of ROWS rows into
# a fresh client's SQLite replica, and propagation latency from a mutation on one device to the
# change event on another, with CLIENTS devices connected over WebSocket.
# PouchDB (bench/sync/pouchdb): initial replication of ROWS documents of the same size into an
# on-disk client, and propagation through live replication. Prints a table and the ratios.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=${SOUK_SYNC_BENCH:-$ROOT/build/dev/bin/souk-sync-bench}
export ROWS=${ROWS:-100000} CLIENTS=${CLIENTS:-50} SAMPLES=${SAMPLES:-200}
[ -x "$BENCH" ] || { echo "Build first: bash scripts/lib/setup.sh" >&2; exit 1; }
command -v node >/dev/null || { echo "bench/sync needs Node.js for the PouchDB baseline" >&2; exit 1; }

echo "==> Souk: $ROWS rows, $CLIENTS clients" >&2
souk=$("$BENCH" | tail -1)
echo "==> PouchDB: $ROWS rows" >&2
pouch=$(CLIENTS=1 bash "$ROOT/bench/sync/pouchdb/run.sh" | tail -1)

python3 - "$souk" "$pouch" <<'PY'
import json, sys
s, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rows = [
    ("initial sync, rows/s", s["initial_rows_per_s"], p["initial_rows_per_s"]),
    ("initial sync, seconds", round(s["initial_seconds"], 2), round(p["initial_seconds"], 2)),
    ("propagation p50, ms", round(s["propagation_p50_ms"], 1), round(p["propagation_p50_ms"], 1)),
    ("propagation p99, ms", round(s["propagation_p99_ms"], 1), round(p["propagation_p99_ms"], 1)),
    ("push, mutations/s", s["push_mutations_per_s"], "-"),
]
print(f"{'':28} {'Souk':>12} {'PouchDB':>12}")
for name, a, b in rows:
    print(f"{name:28} {a:>12} {b:>12}")
print(f"clients connected during propagation: Souk {s['clients']}, PouchDB {2 + 2 * 1} (live sync)")
speedup = p["initial_seconds"] / s["initial_seconds"]
print(f"initial sync speed-up over PouchDB: {speedup:.1f}x (target 5x)")
print(f"propagation p99 {s['propagation_p99_ms']:.1f} ms (target < 50 ms); "
      f"ratio to PouchDB p99: {s['propagation_p99_ms'] / p['propagation_p99_ms']:.2f}")
print(f"push {s['push_mutations_per_s']} mutations/s (target 5,000)")
sizes = s["push_by_batch_size"]
line = ", ".join(f"{n}: {sizes[n]['us_per_mutation']:.0f} us ({sizes[n]['requests']} requests)"
                 for n in ("1", "10", "100", "1000"))
costs = [sizes[n]["us_per_mutation"] for n in ("1", "10", "100", "1000")]
print(f"push cost a mutation by batch size: {line}; "
      f"largest/smallest per batch size {max(costs) / min(costs):.1f}x (target: within 2x)")
PY
