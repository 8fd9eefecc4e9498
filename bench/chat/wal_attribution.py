#!/usr/bin/env python3
"""Which tables and indexes the chat write path writes, page by page.

Runs build/dev/bin/souk-chat-bench (RATE, DURATION and the rest from the environment, ENGINES=0
by default), finds its server's database, reads the WAL while messages flow and counts the
frames of each commit by the b-tree its page belongs to (SQLite's dbstat, on a copy taken at
the end). Prints frames per commit by b-tree, then the most written pages.

    RATE=100 python3 bench/chat/wal_attribution.py

A page freed and reused by another b-tree during the run is counted under its last owner, so
the figures are close, not exact. The WAL restarts after each checkpoint; frames are told
apart by the WAL's salt and their index, so a frame read twice counts once.
"""
import collections
import glob
import json
import os
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.environ.get('SOUK_CHAT_BENCH', os.path.join(ROOT, 'build/dev/bin/souk-chat-bench'))
SAMPLE_S = float(os.environ.get('SAMPLE_S', '4'))


def server_database(bench_pid):
    """The database of the souk-server the bench started (a child started after it)."""
    for pid in os.listdir('/proc'):
        if not pid.isdigit() or int(pid) <= bench_pid:
            continue
        try:
            cmd = open(f'/proc/{pid}/cmdline', 'rb').read().split(b'\0')
        except OSError:
            continue
        if cmd and cmd[0].endswith(b'souk-server') and b'--data-dir' in cmd:
            path = cmd[cmd.index(b'--data-dir') + 1].decode() + '/souk.db'
            if os.path.exists(path):
                return path
    return None


def read_frames(wal_path, seen):
    """Adds the WAL's frames to `seen`: (salt1, salt2, index) -> (page, is_commit)."""
    try:
        data = open(wal_path, 'rb').read()
    except FileNotFoundError:
        return
    if len(data) < 32:
        return
    page_size = struct.unpack('>I', data[8:12])[0]
    salts = struct.unpack('>II', data[16:24])
    offset, index = 32, 0
    while offset + 24 + page_size <= len(data):
        page, commit_size, salt1, salt2 = struct.unpack('>IIII', data[offset:offset + 16])
        if (salt1, salt2) != salts:
            break  # an older generation's frame, left from before the WAL restarted
        seen[(salt1, salt2, index)] = (page, commit_size != 0)
        offset += 24 + page_size
        index += 1


def main():
    env = dict(os.environ)
    env.setdefault('RATE', '100')
    env.setdefault('DURATION', '6')
    env.setdefault('ENGINES', '0')
    bench = subprocess.Popen([BENCH], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    db = None
    while db is None and bench.poll() is None:
        db = server_database(bench.pid)
        time.sleep(0.05)
    if db is None:
        sys.exit('the bench ended before its server started')
    # Wait for the first message, then for the warm-up to pass.
    while bench.poll() is None:
        try:
            ro = sqlite3.connect(f'file:{db}?mode=ro', uri=True, timeout=5)
            if ro.execute('SELECT COUNT(*) FROM messages').fetchone()[0] > 0:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.2)
    time.sleep(2)
    seen = {}
    until = time.time() + SAMPLE_S
    while time.time() < until:
        read_frames(db + '-wal', seen)
        time.sleep(0.01)
    with tempfile.TemporaryDirectory() as tmp:
        copy = sqlite3.connect(os.path.join(tmp, 'copy.db'))
        source = sqlite3.connect(db)
        source.backup(copy)
        source.close()
        owner = dict(copy.execute('SELECT pageno, name FROM dbstat'))
    frames = [seen[k] for k in sorted(seen)]
    commits = max(1, sum(1 for _, commit in frames if commit))
    print(f'{len(frames)} frames in {commits} commits: {len(frames) / commits:.1f} a commit')
    for name, n in collections.Counter(owner.get(p, '?') for p, _ in frames).most_common(25):
        print(f'  {name:40} {n / commits:6.2f} a commit')
    print('most written pages:')
    for page, n in collections.Counter(p for p, _ in frames).most_common(10):
        print(f'  page {page:6} {n:5} times  {owner.get(page, "?")}')
    bench.wait()
    lines = bench.stdout.read().decode().strip().splitlines()
    if lines:
        s = json.loads(lines[-1])
        print(f"bench: {s['messages_per_commit']:.2f} messages a commit, "
              f"{s['wal_bytes_per_message'] / 1024:.1f} KB of WAL a message")


if __name__ == '__main__':
    main()
