#!/usr/bin/env python3
"""Load and abuse run: the attack shapes of the security review (issue 17) at volume, against a
real souk-server on loopback, while normal clients keep chatting. Prints the normal clients'
latency (p50, p99, max) before and during the attack, and what the server answered the attacks.

Loopback only, bounded in time and count; it stops by itself.

    python3 bench/abuse/run.py                   # 10 s quiet, then 20 s under attack
    QUIET=5 ATTACK=60 python3 bench/abuse/run.py
    SOUK_SERVER=/path/to/souk-server python3 bench/abuse/run.py   # another build, to compare
"""
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SERVER = os.environ.get("SOUK_SERVER", os.path.join(ROOT, "build/dev/bin/souk-server"))
QUIET = float(os.environ.get("QUIET", "10"))
ATTACK = float(os.environ.get("ATTACK", "20"))
NORMAL_CLIENTS = int(os.environ.get("NORMAL_CLIENTS", "4"))
NORMAL_INTERVAL = 0.1  # each normal client sends a message every 100 ms
MAX_REQUESTS_PER_ATTACKER = 200000  # a hard bound on every loop, whatever the clock says


def hlc(ms, counter, node):
    return "%013x-%08x-%s" % (ms, counter, node)


class Api:
    def __init__(self, port, token=None):
        self.port = port
        self.token = token
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(self, method, path, body=None, headers=None):
        h = {"Content-Type": "application/json"}
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        h.update(headers or {})
        data = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=data, headers=h)
                r = self.conn.getresponse()
                raw = r.read()
                try:
                    payload = json.loads(raw) if raw else {}
                except ValueError:
                    payload = {}
                return r.status, payload
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                if attempt == 1:
                    return 0, {}
        return 0, {}


def start_server(workdir):
    args = [SERVER, "serve", "--listen", "127.0.0.1:0", "--data-dir", workdir,
            "--log-level", "warning", "--new-account-hours", "0",
            "--rate-registrations", "100000"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    deadline = time.time() + 20
    while time.time() < deadline:
        line = proc.stdout.readline()
        m = re.search(r"listening on http://[^:]+:(\d+)", line)
        if m:
            return proc, int(m.group(1))
    proc.kill()
    sys.exit("the server did not start")


def register(port, name):
    status, body = Api(port).call("POST", "/api/v1/auth/register",
                                  {"username": name, "email": name + "@example.com",
                                   "password": "correct-horse-battery"})
    if status != 201:
        sys.exit("register %s: %s %s" % (name, status, body))
    return body["user"]["id"], body["access_token"]


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


class NormalClient(threading.Thread):
    """Sends a chat message every NORMAL_INTERVAL and records each push's latency."""

    def __init__(self, port, token, conversation, stop):
        super().__init__(daemon=True)
        self.api = Api(port, token)
        self.conversation = conversation
        self.stop = stop
        self.samples = []  # (start time, seconds, status)
        self.client_id = "normal-" + uuid.uuid4().hex[:12]
        self.seq = 0

    def run(self):
        while not self.stop.is_set() and self.seq < MAX_REQUESTS_PER_ATTACKER:
            self.seq += 1
            now = int(time.time() * 1000)
            body = {"client_id": self.client_id, "schema_version": 1, "mutations": [
                {"seq": self.seq, "name": "sendMessage", "version": 1,
                 "args": {"id": str(uuid.uuid4()), "conversation_id": self.conversation,
                          "body": "hello %d" % self.seq},
                 "hlc": hlc(now, self.seq, "normal")}]}
            t0 = time.time()
            status, _ = self.api.call("POST", "/api/v1/sync/push", body)
            self.samples.append((t0, time.time() - t0, status))
            self.stop.wait(max(0.0, NORMAL_INTERVAL - (time.time() - t0)))


def flood_groups(port, token, members, stop, out):
    """Finding 2: pushes of hundreds of createGroup with 40 members each."""
    api = Api(port, token)
    client = "flood-" + uuid.uuid4().hex[:12]
    seq = 0
    sent = 0
    while not stop.is_set() and sent < 2000:
        batch = []
        now = int(time.time() * 1000)
        for _ in range(500):
            seq += 1
            batch.append({"seq": seq, "name": "createGroup", "version": 1,
                          "args": {"id": str(uuid.uuid4()), "title": "flood",
                                   "user_ids": members},
                          "hlc": hlc(now, seq, "flood")})
        t0 = time.time()
        status, body = api.call("POST", "/api/v1/sync/push",
                                {"client_id": client, "schema_version": 1, "mutations": batch})
        out.setdefault("flood push seconds", []).append(time.time() - t0)
        out.setdefault("flood statuses", []).append(status)
        if status == 200:
            applied = len(body.get("results", []))
            out["flood applied"] = out.get("flood applied", 0) + applied
            out["flood deferred"] = out.get("flood deferred", 0) + body.get("deferred", 0)
            # A real client pushes the deferred rest again: here it starts a new batch.
            seq = body.get("last_seq", seq)
        sent += 1


def junk_tokens(port, stop, out):
    """Finding 5: a different junk bearer token on every request."""
    counts = {}
    api = Api(port)
    n = 0
    while not stop.is_set() and n < MAX_REQUESTS_PER_ATTACKER:
        n += 1
        api.token = uuid.uuid4().hex + uuid.uuid4().hex
        status, _ = api.call("POST", "/api/v1/auth/login",
                             {"login": "ann0", "password": "wrong-%d" % n})
        counts[status] = counts.get(status, 0) + 1
    out["junk token statuses"] = counts


def upgrade_then_big_body(port, stop, out):
    """Finding 3: `Upgrade: foo`, then a large body on the same connection."""
    outcomes = {}
    n = 0
    while not stop.is_set() and n < 200:
        n += 1
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: foo\r\nConnection: Upgrade\r\n\r\n")
            s.recv(4096)
            size = 20 * 1024 * 1024
            s.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: %d\r\n\r\n" % size)
            sent = 0
            chunk = b"x" * 65536
            try:
                while sent < size:
                    s.sendall(chunk)
                    sent += len(chunk)
                reply = s.recv(4096)
            except OSError:
                reply = b"closed"
            key = reply.split(b"\r\n")[0].decode(errors="replace") or "closed"
            outcomes[key] = outcomes.get(key, 0) + 1
            s.close()
        except OSError as e:
            outcomes[type(e).__name__] = outcomes.get(type(e).__name__, 0) + 1
        stop.wait(0.2)
    out["upgrade then 20 MB body"] = outcomes


def skewed_clock(port, token, stop, out):
    """Finding 4: mutations stamped a day ahead."""
    api = Api(port, token)
    client = "skew-" + uuid.uuid4().hex[:12]
    statuses = {}
    seq = 0
    while not stop.is_set() and seq < 2000:
        seq += 1
        ahead = int(time.time() * 1000) + 23 * 3600 * 1000
        status, body = api.call("POST", "/api/v1/sync/push", {
            "client_id": client, "schema_version": 1, "mutations": [
                {"seq": seq, "name": "updateProfile", "version": 1,
                 "args": {"bio": "from tomorrow %d" % seq}, "hlc": hlc(ahead, 0, "skew")}]})
        result = (body.get("results") or [{}])[0].get("status", status)
        statuses[result] = statuses.get(result, 0) + 1
        stop.wait(0.05)
    out["skewed clock results"] = statuses


def linearity(port, token):
    """Finding 2's growth: a push of n drafts should cost n times one (it grew with n squared)."""
    api = Api(port, token)
    print("push cost by batch size (saveDraft, one row each):")
    for n in (125, 250, 500, 1000):
        client = "linear-" + uuid.uuid4().hex[:12]
        now = int(time.time() * 1000)
        batch = [{"seq": i + 1, "name": "saveDraft", "version": 1,
                  "args": {"id": str(uuid.uuid4()), "body": "draft %d" % i},
                  "hlc": hlc(now, i, "linear")} for i in range(n)]
        t0 = time.time()
        status, body = api.call("POST", "/api/v1/sync/push",
                                {"client_id": client, "schema_version": 1, "mutations": batch})
        took = time.time() - t0
        print("  %4d mutations: %6.1f ms, %5.1f us a mutation (status %s, deferred %s)" % (
            n, took * 1000, took * 1e6 / n, status, body.get("deferred")))


def report(label, samples):
    times = [d * 1000 for (_, d, status) in samples if status == 200]
    failed = sum(1 for (_, _, status) in samples if status != 200)
    print("%-22s %6d pushes  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  failed %d" % (
        label, len(times), percentile(times, 50), percentile(times, 99),
        max(times) if times else float("nan"), failed))


def main():
    if not os.access(SERVER, os.X_OK):
        sys.exit("Build first (bash scripts/lib/setup.sh): no " + SERVER)
    with tempfile.TemporaryDirectory() as work:
        proc, port = start_server(work)
        try:
            run(port)
        finally:
            proc.terminate()
            proc.wait(10)


def run(port):
    print("souk-server on 127.0.0.1:%d (%s)" % (port, SERVER))
    normal = [register(port, "normal%d" % i) for i in range(NORMAL_CLIENTS)]
    crowd = [register(port, "crowd%d" % i)[0] for i in range(40)]
    attacker_id, attacker = register(port, "attacker")
    register(port, "ann0")
    # The normal clients share a group.
    group = str(uuid.uuid4())
    status, body = Api(port, normal[0][1]).call("POST", "/api/v1/sync/push", {
        "client_id": "normal-setup-1", "schema_version": 1, "mutations": [
            {"seq": 1, "name": "createGroup", "version": 1,
             "args": {"id": group, "title": "market", "user_ids": [u for (u, _) in normal[1:]]},
             "hlc": hlc(int(time.time() * 1000), 0, "setup")}]})
    if status != 200 or body["results"][0]["status"] != "applied":
        sys.exit("setup failed: %s %s" % (status, body))

    linearity(port, attacker)

    stop = threading.Event()
    clients = [NormalClient(port, token, group, stop) for (_, token) in normal]
    for c in clients:
        c.start()
    time.sleep(QUIET)
    attack_start = time.time()
    print("attack for %.0f s: group floods, junk tokens, Upgrade tricks, skewed clocks" % ATTACK)
    attack_stop = threading.Event()
    out = {}
    attackers = [
        threading.Thread(target=flood_groups, args=(port, attacker, crowd, attack_stop, out)),
        threading.Thread(target=junk_tokens, args=(port, attack_stop, out)),
        threading.Thread(target=upgrade_then_big_body, args=(port, attack_stop, out)),
        threading.Thread(target=skewed_clock, args=(port, attacker, attack_stop, out)),
    ]
    for a in attackers:
        a.daemon = True
        a.start()
    time.sleep(ATTACK)
    attack_stop.set()
    attack_end = time.time()
    for a in attackers:
        a.join(120)
    stop.set()
    for c in clients:
        c.join(30)

    samples = [s for c in clients for s in c.samples]
    report("normal, quiet", [s for s in samples if s[0] < attack_start])
    report("normal, under attack", [s for s in samples if attack_start <= s[0] < attack_end])
    pushes = out.pop("flood push seconds", [])
    if pushes:
        print("flood pushes: %d, each held %.0f ms median, %.0f ms max" % (
            len(pushes), statistics.median(pushes) * 1000, max(pushes) * 1000))
    for key, value in out.items():
        if key == "flood statuses":
            value = {s: value.count(s) for s in set(value)}
        print("%s: %s" % (key, value))


if __name__ == "__main__":
    main()
