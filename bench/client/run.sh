#!/usr/bin/env bash
# Client cold start: time from launching `souk` to the first frame of the main window, with a
# local database of ROWS cached rows (default 100,000), median of RUNS (5); and resident
# memory at that moment. Real window under Xvfb, real keychain (gnome-keyring), real server.
#   bash bench/client/run.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${SOUK_BUILD_DIR:-$ROOT/build/dev}
ROWS=${ROWS:-100000}
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

"$BUILD/bin/souk-server" serve --listen 127.0.0.1:0 --data-dir "$work/data" --demo-data true \
  --log-level warning --rate-requests 100000000 --new-account-hours 0 >"$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/server.out" && break; sleep 0.1; done
url=$(sed -n 's/^souk-server listening on \(http:[^ ]*\).*/\1/p' "$work/server.out" | head -1)

echo "==> seeding $ROWS drafts for layla" >&2
python3 - "$url" "$ROWS" <<'PY'
import json, sys, time, urllib.request
url, rows = sys.argv[1], int(sys.argv[2])
def post(path, body, token=None):
    req = urllib.request.Request(url + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    if token: req.add_header("Authorization", "Bearer " + token)
    return json.load(urllib.request.urlopen(req))
token = post("/api/v1/auth/login", {"login": "layla", "password": "souk-demo-2026"})["access_token"]
now = int(time.time() * 1000)
for start in range(0, rows, 1000):
    muts = [{"seq": i + 1, "name": "saveDraft", "version": 1,
             "args": {"id": "%08x-0000-7000-8000-%012x" % (i, i), "title": "Draft %d" % i,
                      "body": "Brass lamp, hand made, 30 cm; ships in a week."},
             "hlc": "%013x-%08x-bench" % (now, i)} for i in range(start, min(rows, start + 1000))]
    post("/api/v1/sync/push", {"client_id": "bench-client-seed", "schema_version": 1, "mutations": muts}, token)
PY

# One X server and one D-Bus session with an unlocked keyring for all runs, so each run
# measures the app alone.
Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "${server_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export DISPLAY=:77 QT_QPA_PLATFORM=xcb SOUK_SIGN_IN_PASSWORD=souk-demo-2026
export BUILD url ROWS RUNS work
exec dbus-run-session -- bash -c '
set -euo pipefail
echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
app() { "$BUILD/bin/souk" --server "$url" "$@" 2>/dev/null; }
echo "==> first start: sign in and download the $ROWS rows" >&2
app --sign-in layla --quit-when-synced >/dev/null
db=$(ls "$work"/home/.local/share/Souk/souk/account-*.db)
echo "    local database: $(du -h "$db" | cut -f1), $(sqlite3 "$db" "SELECT COUNT(*) FROM drafts") drafts" >&2
times=(); rss=()
for run in $(seq "$RUNS"); do
  start=$(date +%s%3N)
  line=$(app --startup-probe | grep -m1 first-frame)
  frame=$(echo "$line" | sed -n "s/.*first-frame-epoch-ms=\([0-9]*\).*/\1/p")
  times+=($((frame - start)))
  rss+=($(echo "$line" | sed -n "s/.*rss-kib=\([0-9]*\).*/\1/p"))
  echo "    run $run: $((frame - start)) ms to first frame, RSS $(( ${rss[-1]} / 1024 )) MiB" >&2
done
median=$(printf "%s\n" "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
maxrss=$(printf "%s\n" "${rss[@]}" | sort -n | tail -1)
echo "cold start to first frame (median of $RUNS, $ROWS cached rows): $median ms (target < 500 ms)"
echo "resident memory after start (max): $((maxrss / 1024)) MiB (target < 200 MiB)"
'
