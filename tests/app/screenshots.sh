#!/usr/bin/env bash
# Screenshots of the real window under Xvfb (QT64.md: xcb on llvmpipe renders faithfully):
# the sign-in page, the main window signed in as a demo user, and the social pages. Writes PNGs to $1 and fails
# if a picture is missing or blank.
#   tests/app/screenshots.sh <out-dir> <souk> <souk-server> <souk-cli>
set -euo pipefail
out=$1 souk=$2 server=$3 cli=$4
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "${server_pid:-}" "${typist_pid:-}" "${pixel_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

"$server" serve --listen 127.0.0.1:0 --data-dir "$work/data" --demo-data true \
  --log-level warning >"$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/server.out" && break; sleep 0.1; done
url=$(sed -n 's/^souk-server listening on \(http:[^ ]*\).*/\1/p' "$work/server.out" | head -1)
[ -n "$url" ] || { echo "server did not start" >&2; exit 1; }

shot() { # name, expected state, extra args...
  local name=$1 state=$2; shift 2
  local home="$work/home-$name"
  mkdir -p "$home"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    QT_QPA_PLATFORM=xcb SOUK_SIGN_IN_PASSWORD=souk-demo-2026 \
    xvfb-run -a -s '-screen 0 1280x800x24' \
    dbus-run-session -- sh -c 'echo -n shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh \
    "$souk" --server "$url" --screenshot "$out/$name.png" "$@" | tee "$work/$name.txt"
  grep -q "state=$state" "$work/$name.txt" || { echo "$name: expected $state" >&2; exit 1; }
  # A rendered page is far larger than a blank PNG of the same size (about 3 KB).
  [ "$(stat -c %s "$out/$name.png")" -gt 8000 ] || { echo "$name.png looks blank" >&2; exit 1; }
  echo "wrote $out/$name.png"
}
shot sign-in SignedOut
shot main-window SignedIn --sign-in layla
shot main-window-arabic SignedIn --sign-in layla --language ar
shot conflicts SignedIn --sign-in layla --page 7
shot settings SignedIn --sign-in layla --page 8
shot narrow SignedIn --sign-in layla --size 420x760
shot dark SignedIn --sign-in layla --page 8 --theme dark
# Social (demo data: painted photos, follows, likes, comments, a draft with two images)
shot post-detail SignedIn --sign-in layla --open post:0190d000-0000-7000-8000-000000000003
shot composer SignedIn --sign-in layla --open compose
shot profile SignedIn --sign-in layla --page 3
shot notifications SignedIn --sign-in layla --page 2
shot search SignedIn --sign-in layla --open search:souk
shot tag SignedIn --sign-in layla --open tag:souk
# Chat (demo data: a group of neighbours with a photo, a reply, a reaction and receipts). Mona,
# on a headless client, is online and typing in the group meanwhile.
group=conversation:0190d000-0000-7000-8000-0000000ca001
SOUK_PASSWORD=souk-demo-2026 "$cli" --server "$url" --db "$work/mona.db" --user mona \
  --timeout 120 type "${group#conversation:}" >"$work/typist.out" 2>&1 &
typist_pid=$!
shot messages SignedIn --sign-in layla --open "$group"
shot messages-arabic SignedIn --sign-in layla --open "$group" --language ar
shot messages-list SignedIn --sign-in layla --page 4 --size 420x760
# User text is plain (docs/decisions/0013): Omar sends markup with an image on a listener of
# its own; the message must show as typed (look at hostile-message.png) and the listener must
# not be asked.
python3 -c '
import http.server, sys
class Counting(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        open(sys.argv[1], "a").write(self.path + "\n")
        self.send_response(404)
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Counting)
print(server.server_port, flush=True)
server.serve_forever()' "$work/pixel-requests" >"$work/pixel.out" &
pixel_pid=$!
for _ in $(seq 50); do [ -s "$work/pixel.out" ] && break; sleep 0.1; done
pixel="http://127.0.0.1:$(cat "$work/pixel.out")/pixel.png"
hostile="<b>bold</b> <img src=\"$pixel\"> &lt;i&gt; #souk"
SOUK_PASSWORD=souk-demo-2026 "$cli" --server "$url" --db "$work/omar.db" --user omar mutate \
  sendMessage "{\"id\":\"$(cat /proc/sys/kernel/random/uuid)\",\"conversation_id\":\"${group#conversation:}\",\"body\":\"${hostile//\"/\\\"}\"}" \
  >"$work/hostile.out" 2>&1 || { cat "$work/hostile.out" >&2; exit 1; }
shot hostile-message SignedIn --sign-in layla --open "$group"
shot hostile-preview SignedIn --sign-in layla --page 4 --size 420x760
if [ -s "$work/pixel-requests" ]; then
  echo "the client fetched an image named in a message: $(cat "$work/pixel-requests")" >&2
  exit 1
fi
# Commerce (demo data: Sami's kiln with products and a market-day oversell, Layla's cart and
# an order on its way, Omar's delivered and reviewed order)
shot catalog SignedIn --sign-in layla --open product:0190d000-0000-7000-8000-00000005f001
shot cart SignedIn --sign-in layla --open cart
shot order-timeline SignedIn --sign-in layla --open orders
shot shop-dashboard SignedIn --sign-in sami --open shop
shot product-editor SignedIn --sign-in sami --open edit-product
shot shop-page SignedIn --sign-in layla --open shopfront:0190d000-0000-7000-8000-00000005e001
# Moderation (demo data: Karim's spam reported today, his earlier strikes, an open appeal)
shot review-queue SignedIn --sign-in mona --open moderation
shot report-in-context SignedIn --sign-in mona --open moderation:report:post:0190d000-0000-7000-8000-0000000e0300
shot user-record SignedIn --sign-in mona --open moderation:user:@karim
shot appeal-thread SignedIn --sign-in mona --open moderation:appeals
shot analytics SignedIn --sign-in admin --open moderation:analytics
shot standing SignedIn --sign-in karim --open standing
