// Socket.IO reference for the chat fan-out benchmark.
//
// Measures, on loopback, the delivery latency of chat messages broadcast to a
// room: CLIENTS socket.io-client connections (all in this process) are spread
// over CHAT_GROUPS rooms, client i in room i % CHAT_GROUPS. A Socket.IO server in a
// separate node process (server.mjs) relays every 'msg' to the sender's room
// except the sender (socket.to(room).emit) — the standard chat fan-out.
// WebSocket transport only, no compression on either side.
//
// Clients send a total of RATE messages/s, round-robin over all clients
// (paced by elapsed time, so a late timer catches up instead of drifting): a
// WARMUP period (not measured) then DURATION measured seconds. Payload:
// {id, room, t, text} with t = performance.now() at send and a ~60-char text.
// Every receiving client records performance.now() - t. Expected deliveries =
// measured messages × (room members − 1); after sending stops we wait up to
// 5 s for stragglers, and what is still missing counts as lost.
// Percentiles are nearest-rank: sorted[ceil(p/100 · n) − 1].
//
// Env: CLIENTS (200), CHAT_GROUPS (20; bash reserves GROUPS), RATE (1000 msg/s),
// DURATION (10 s), WARMUP (2 s): the same as the Souk side. STORE (memory or
// postgres) is passed to the server: see server.mjs; run.sh starts PostgreSQL.
//
// CPU, over the measured window, in cores (1.0 = one core busy): this
// process's own (bench_cpu_share, the load generator), the server's
// (node_server_cpu_share), PostgreSQL's (postgres_cpu_share: every process of
// the cluster whose postmaster is BENCH_PG_PID, read from /proc), their sum
// (server_cpu_share), and that sum per delivery (server_cpu_us_per_delivery,
// one message reaching one member), as Souk's side prints them.
//
// stdout: exactly one line, a JSON object. Progress goes to stderr.

import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';

const envInt = (name, def, min = 0) => {
  const v = process.env[name];
  if (v === undefined || v === '') return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`bad ${name}=${v}`);
  return n;
};
const log = (...a) => console.error('[socketio-bench]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, d = 3) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : null;

const CLIENTS = envInt('CLIENTS', 200, 1);
const GROUPS = envInt('CHAT_GROUPS', 20, 1);
const RATE = envInt('RATE', 1000, 1);
const DURATION = envInt('DURATION', 10, 1);
const WARMUP = envInt('WARMUP', 2);
const STORE = process.env.STORE || 'memory';
const PG_PID = process.env.BENCH_PG_PID || '';
const CLK_TCK = envInt('CLK_TCK', 100, 1); // run.sh passes `getconf CLK_TCK`
const STRAGGLER_MS = 5000;
const TEXT = 'see you at the cafe at 7? I will bring the notes from today!'; // 60 chars

// ---- server child process ------------------------------------------------

function startServer() {
  const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), [], {
    stdio: ['ignore', 2, 2, 'ipc'], // child stdout -> our stderr
  });
  const waiters = [];
  child.on('message', (m) => waiters.shift()?.resolve(m));
  child.on('exit', (code, sig) => {
    for (const w of waiters.splice(0)) w.reject(new Error(`server exited ${code} ${sig}`));
  });
  const next = () => new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  return {
    ready: next(),
    stats() { const p = next(); child.send({ type: 'stats' }); return p; },
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const t = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => { clearTimeout(t); resolve(); });
        try { child.send({ type: 'exit' }); } catch { child.kill('SIGKILL'); }
      });
    },
  };
}

// CPU (% of one core) and event-loop utilisation between two samples
const usage = (a, b, ms) => ({
  cpu: (100 * (b.cpu.user - a.cpu.user + b.cpu.system - a.cpu.system)) / 1000 / ms,
  elu: (100 * (b.elu.active - a.elu.active)) / (b.elu.active - a.elu.active + b.elu.idle - a.elu.idle),
});
const selfStats = () => ({ cpu: process.cpuUsage(), elu: performance.eventLoopUtilization() });

// CPU seconds PostgreSQL has used so far: the postmaster, its live children
// (a backend per pooled connection, WAL writer, checkpointer...) and, through
// the postmaster's cutime/cstime, children that have exited (autovacuum
// workers). A child exiting between the two reads is missed; rare and small.
// /proc/PID/stat fields after the ")" closing the name: [11] utime,
// [12] stime, [13] cutime, [14] cstime, in clock ticks.
function pgCpuSeconds() {
  if (!PG_PID) return null;
  try {
    return pgTicks() / CLK_TCK;
  } catch (e) {
    log(`cannot read PostgreSQL's CPU from /proc: ${e.message}`);
    return null;
  }
}
function pgTicks() {
  const ticks = (pid, withChildren) => {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ').map(Number);
    return f[11] + f[12] + (withChildren ? f[13] + f[14] : 0);
  };
  let total = ticks(PG_PID, true);
  const children = readFileSync(`/proc/${PG_PID}/task/${PG_PID}/children`, 'utf8').trim();
  for (const pid of children ? children.split(' ') : []) {
    try { total += ticks(pid, false); } catch { /* exited since the list was read */ }
  }
  return total;
}

// ---- main ------------------------------------------------------------------

async function main() {
  const srv = startServer();
  const sockets = [];
  try {
    const { port } = await srv.ready;
    const url = `http://127.0.0.1:${port}`;
    const ver = (n) => createRequire(import.meta.url)(`${n}/package.json`).version;
    log(`socket.io ${ver('socket.io')}, socket.io-client ${ver('socket.io-client')}, node ${process.version}; ` +
      `server ${url}, store ${STORE}` + (STORE === 'postgres' ? ` (pg ${ver('pg')})` : '') + `; clients=${CLIENTS} groups=${GROUPS} rate=${RATE}/s duration=${DURATION}s warmup=${WARMUP}s`);

    const members = new Array(GROUPS).fill(0);
    for (let i = 0; i < CLIENTS; i++) members[i % GROUPS]++;

    // receive side: only measured messages (id >= warmN) are counted
    const warmN = RATE * WARMUP;
    const total = warmN + RATE * DURATION;
    const lat = [];
    let delivered = 0, misrouted = 0;

    // connect every client and join its room (acked) before sending starts
    const tc = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
      const room = i % GROUPS;
      const s = io(url, { transports: ['websocket'], perMessageDeflate: false, forceNew: true, reconnection: false });
      sockets[i] = s;
      s.on('msg', (m) => {
        const now = performance.now();
        if (m.id < warmN) return;
        lat.push(now - m.t);
        delivered++;
        if (m.room !== room) misrouted++;
      });
      s.on('disconnect', (reason) => { if (!stopping) log(`client ${i} disconnected: ${reason}`); });
      await new Promise((resolve, reject) => { s.once('connect', resolve); s.once('connect_error', reject); });
      await s.timeout(10000).emitWithAck('join', room);
    }));
    log(`${CLIENTS} clients connected and joined in ${(performance.now() - tc).toFixed(0)} ms`);

    // send side: message k is due at k / RATE seconds after t0
    let expected = 0, sent = 0, k = 0, maxLag = 0, a = null, aSrv = null, aPg = null, tA = 0;
    const t0 = performance.now();
    const progress = setInterval(() => log(`  t=${((performance.now() - t0) / 1000).toFixed(0)}s ` +
      `sent=${k} measured delivered=${delivered}`), 1000);
    await new Promise((resolve) => {
      const timer = setInterval(() => {
        const el = performance.now() - t0;
        const due = Math.min(total, Math.floor((el * RATE) / 1000));
        if (due > k && k >= warmN) maxLag = Math.max(maxLag, el - (k * 1000) / RATE);
        for (; k < due; k++) {
          if (k === warmN) {
            a = selfStats(); tA = performance.now(); aPg = pgCpuSeconds();
            srv.stats().then((s) => { aSrv = s; });
          }
          const sender = k % CLIENTS, room = sender % GROUPS;
          if (k >= warmN) { sent++; expected += members[room] - 1; }
          sockets[sender].emit('msg', { id: k, room, t: performance.now(), text: TEXT });
        }
        if (k >= total) { clearInterval(timer); resolve(); }
      }, 1);
    });
    const b = selfStats(), tB = performance.now(), bPg = pgCpuSeconds(), bSrv = await srv.stats();
    const sendSeconds = (tB - tA) / 1000;

    // stragglers
    const deadline = performance.now() + STRAGGLER_MS;
    while (delivered < expected && performance.now() < deadline) await sleep(10);
    clearInterval(progress);
    const lost = Math.max(0, expected - delivered);

    const me = usage(a, b, tB - tA), sv = aSrv ? usage(aSrv, bSrv, tB - tA) : null;
    const pgCores = aPg === null || bPg === null ? null : (bPg - aPg) / sendSeconds;
    const serverCores = sv ? sv.cpu / 100 + (pgCores ?? 0) : null;
    log(`measured window: ${sent} sent in ${sendSeconds.toFixed(2)} s wall, max send lag ${maxLag.toFixed(1)} ms; ` +
      `bench process CPU ${me.cpu.toFixed(0)}% (event loop ${me.elu.toFixed(0)}% busy)` +
      (sv ? `, server CPU ${sv.cpu.toFixed(0)}% (event loop ${sv.elu.toFixed(0)}% busy)` : '') +
      (pgCores === null ? '' : `, PostgreSQL CPU ${(100 * pgCores).toFixed(0)}%`) +
      `; ${delivered}/${expected} delivered, ${lost} lost` + (misrouted ? `, ${misrouted} MISROUTED` : ''));

    lat.sort((x, y) => x - y);
    const out = {
      clients: CLIENTS, groups: GROUPS, rate: RATE, duration_s: DURATION,
      sent, expected, delivered, lost,
      p50_ms: round(percentile(lat, 50)), p99_ms: round(percentile(lat, 99)),
      max_ms: round(lat.length ? lat[lat.length - 1] : null),
      achieved_rate: round(sent / DURATION, 1),
      store: STORE,
      bench_cpu_share: round(me.cpu / 100),
      node_server_cpu_share: sv ? round(sv.cpu / 100) : null,
      postgres_cpu_share: round(pgCores),
      server_cpu_share: round(serverCores),
      server_cpu_us_per_delivery: serverCores === null || !expected ? null
        : round((serverCores * sendSeconds * 1e6) / expected, 1),
    };
    log(`p50 ${out.p50_ms} ms, p99 ${out.p99_ms} ms, max ${out.max_ms} ms`);
    await cleanup();
    process.stdout.write(JSON.stringify(out) + '\n');
  } catch (e) {
    log('FAILED:', e?.stack || e);
    await cleanup().catch(() => {});
    process.exitCode = 1;
  }

  async function cleanup() {
    stopping = true;
    for (const s of sockets) s?.disconnect();
    await srv.stop();
  }
}

let stopping = false;
main().then(() => setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref());
