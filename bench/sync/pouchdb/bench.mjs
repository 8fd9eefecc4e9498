// PouchDB baseline for the sync benchmark.
//
// Measures on loopback, in one run:
//   1. initial replication: a server database pre-filled with ROWS small
//      profile/draft documents (~150 bytes of JSON each) is pulled by a fresh
//      on-disk (leveldb) client with a one-shot replicate.from() over HTTP;
//   2. propagation latency: clients A and B run live, retrying two-way sync
//      against a separate small server database; A put()s one document at a
//      time and B's live changes feed reports when it arrives locally.
//
// The server is express-pouchdb (the HTTP layer of pouchdb-server) over
// PouchDB's leveldb adapter in a temp dir, run as a child process of this
// script (so server and client do not share one JS thread), listening on
// 127.0.0.1 on a port picked by the OS.
//
// Env: ROWS (100000), SAMPLES (200), SPACING_MS (20), CLIENTS (1 = number of
// extra idle client pairs for a second propagation pass; 0 disables it),
// BATCH_SIZE (replication batch_size, default PouchDB's own default 100),
// FILL_BATCH (bulkDocs batch while pre-filling, 5000),
// SERVER_COMPRESSION (0 by default = express-pouchdb's gzip middleware left
// out, as CouchDB does not gzip responses either and on loopback it only adds
// latency; 1 = keep it, as the pouchdb-server CLI does), SAMPLE_TIMEOUT_MS
// (10000).
//
// stdout: exactly one line, a JSON object. Everything else goes to stderr.

import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb');

// PouchDB (and express-pouchdb) occasionally print informational lines with
// console.log/console.info; keep stdout for the single result line.
console.log = console.info = (...a) => console.error(...a);

const envInt = (name, def) => {
  const v = process.env[name];
  if (v === undefined || v === '') return def;
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n) || n < 0) throw new Error(`bad ${name}=${v}`);
  return n;
};
const log = (...a) => console.error('[pouchdb-bench]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------
// document generator: {_id, owner_id, title, body, updated_at}, ~150 bytes

const WORDS = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do ' +
  'eiusmod tempor incididunt ut labore et dolore magna aliqua draft note ' +
  'profile update meeting summary idea todo').split(' ');
function words(n, seed) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 13 + (seed >>> 3)) % WORDS.length]);
  return out.join(' ');
}
const OWNERS = Array.from({ length: 1000 }, () => randomBytes(4).toString('hex'));
function makeDoc(i) {
  return {
    _id: randomUUID(),
    owner_id: OWNERS[i % OWNERS.length],
    title: words(2, i),
    body: words(3, i + 1),
    updated_at: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
  };
}

// ---------------------------------------------------------------------------
// server (child process)

async function serverMain() {
  const express = require('express');
  const expressPouchDB = require('express-pouchdb');
  const dir = process.env.POUCH_SERVER_DIR;
  const ServerPouch = PouchDB.defaults({ prefix: dir + '/' });
  const exclude = process.env.SERVER_COMPRESSION === '1' ? [] : ['compression'];
  const app = express();
  app.use('/', expressPouchDB(ServerPouch, {
    mode: 'minimumForPouchDB',
    overrideMode: { exclude },
  }));
  const server = app.listen(0, '127.0.0.1', () => {
    process.send({ type: 'listening', port: server.address().port });
  });
  server.keepAliveTimeout = 65000;

  process.on('message', async (msg) => {
    if (msg.type === 'fill') {
      try {
        const db = new ServerPouch(msg.db);
        const t0 = performance.now();
        for (let i = 0; i < msg.rows; i += msg.batch) {
          const docs = [];
          for (let j = i; j < Math.min(msg.rows, i + msg.batch); j++) docs.push(makeDoc(j));
          const res = await db.bulkDocs(docs);
          const bad = res.find((r) => r.error);
          if (bad) throw new Error('bulkDocs failed: ' + JSON.stringify(bad));
        }
        const info = await db.info();
        process.send({
          type: 'filled', doc_count: info.doc_count,
          seconds: (performance.now() - t0) / 1000,
          avg_doc_bytes: Math.round(Array.from({ length: 1000 }, (_, k) =>
            JSON.stringify(makeDoc(k * 97)).length).reduce((a, b) => a + b, 0) / 1000),
        });
      } catch (e) {
        process.send({ type: 'error', error: String(e && e.stack || e) });
      }
    } else if (msg.type === 'exit') {
      server.closeAllConnections?.();
      server.close();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

function startServer(dir) {
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    env: { ...process.env, POUCH_SERVER_DIR: dir },
    stdio: ['ignore', 2, 2, 'ipc'], // child stdout -> our stderr
  });
  const waiters = [];
  child.on('message', (m) => {
    const w = waiters.shift();
    if (w) (m.type === 'error' ? w.reject(new Error(m.error)) : w.resolve(m));
  });
  child.on('exit', (code, sig) => {
    for (const w of waiters.splice(0)) w.reject(new Error(`server exited ${code} ${sig}`));
  });
  const next = () => new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  return {
    child,
    ready: next(),
    request(msg) { const p = next(); child.send(msg); return p; },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const t = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => { clearTimeout(t); resolve(); });
        try { child.send({ type: 'exit' }); } catch { child.kill('SIGKILL'); }
      });
    },
  };
}

// ---------------------------------------------------------------------------
// helpers for live sync

function percentile(sorted, p) {
  if (!sorted.length) return null;
  // nearest-rank
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}
const round = (x, d = 3) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

// start live retrying two-way sync, resolve once both directions went idle
function startSync(db, url) {
  const sync = db.sync(url, { live: true, retry: true });
  let errors = 0;
  sync.on('error', (e) => { errors++; log('sync error', e && e.message); });
  sync.on('denied', (e) => log('sync denied', e));
  // 'paused' without an error: the two-way sync has caught up (PouchDB
  // emits it on the sync object once both directions are paused).
  const idle = new Promise((resolve) => {
    sync.on('paused', (err) => { if (!err) resolve(); });
  });
  return { sync, idle, errors: () => errors };
}

async function propagationPass({ label, A, B, samples, spacing, timeoutMs, prefix }) {
  const seen = new Map(); // id -> time seen at B
  const waiting = new Map(); // id -> resolve
  const feed = B.changes({ live: true, since: 'now' });
  feed.on('change', (c) => {
    const t = performance.now();
    if (!seen.has(c.id)) seen.set(c.id, t);
    const w = waiting.get(c.id);
    if (w) { waiting.delete(c.id); w(); }
  });
  feed.on('error', (e) => log('changes feed error', e && e.message));

  const lat = [];
  let lost = 0;
  const warmup = 5;
  for (let i = 0; i < samples + warmup; i++) {
    const doc = makeDoc(i);
    doc._id = `${prefix}-${i}-${randomUUID()}`;
    const arrived = new Promise((resolve) => waiting.set(doc._id, resolve));
    await A.put(doc);
    const t0 = performance.now();
    let timer;
    const ok = await Promise.race([
      arrived.then(() => true),
      new Promise((r) => { timer = setTimeout(() => r(false), timeoutMs); }),
    ]);
    clearTimeout(timer);
    if (!ok) { waiting.delete(doc._id); if (i >= warmup) lost++; log(`${label}: sample ${i} not seen within ${timeoutMs} ms`); }
    else if (i >= warmup) lat.push(Math.max(0, seen.get(doc._id) - t0));
    await sleep(spacing);
  }
  feed.cancel();
  lat.sort((a, b) => a - b);
  const res = {
    p50: round(percentile(lat, 50)), p99: round(percentile(lat, 99)),
    min: round(lat[0] ?? null), max: round(lat[lat.length - 1] ?? null),
    mean: round(lat.length ? lat.reduce((a, b) => a + b, 0) / lat.length : null),
    n: lat.length, lost,
  };
  log(`${label}: n=${res.n} lost=${lost} p50=${res.p50} ms p99=${res.p99} ms ` +
    `min=${res.min} mean=${res.mean} max=${res.max}`);
  return res;
}

// ---------------------------------------------------------------------------
// main

async function main() {
  const ROWS = envInt('ROWS', 100000);
  const SAMPLES = envInt('SAMPLES', 200);
  const SPACING_MS = envInt('SPACING_MS', 20);
  const CLIENTS = envInt('CLIENTS', 1);
  const BATCH_SIZE = envInt('BATCH_SIZE', 100);
  const FILL_BATCH = Math.max(1, envInt('FILL_BATCH', 5000));
  const TIMEOUT_MS = envInt('SAMPLE_TIMEOUT_MS', 10000);

  const tStart = performance.now();
  const root = mkdtempSync(join(tmpdir(), 'pouchdb-sync-bench-'));
  const serverDir = join(root, 'server');
  const clientDir = join(root, 'clients');
  mkdirSync(serverDir); mkdirSync(clientDir);
  const ClientPouch = PouchDB.defaults({ prefix: clientDir + '/' });

  const srv = startServer(serverDir);
  const opened = [];
  const syncs = [];
  const cleanup = async () => {
    for (const s of syncs) { try { s.sync.cancel(); } catch {} }
    await sleep(50);
    for (const db of opened) { try { await db.close(); } catch {} }
    await srv.stop();
    rmSync(root, { recursive: true, force: true });
  };
  const onSignal = () => { cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const { port } = await srv.ready;
    const base = `http://127.0.0.1:${port}`;
    const pkgVer = (name) => { try { return require(`${name}/package.json`).version; } catch { return null; } };
    log(`pouchdb ${PouchDB.version}, express-pouchdb ${pkgVer('express-pouchdb')}, ` +
      `express ${pkgVer('express')}, leveldown ${pkgVer('leveldown')}, node ${process.version}`);
    log(`server on ${base} (leveldb in ${serverDir}); rows=${ROWS} batch_size=${BATCH_SIZE} ` +
      `samples=${SAMPLES} spacing=${SPACING_MS}ms idle_pairs=${CLIENTS} ` +
      `compression=${process.env.SERVER_COMPRESSION === '1' ? 'on' : 'off'}`);

    // ---- 1. initial replication ------------------------------------------
    const initialDb = 'bench_initial';
    const filled = await srv.request({ type: 'fill', db: initialDb, rows: ROWS, batch: FILL_BATCH });
    log(`filled ${filled.doc_count} docs in ${filled.seconds.toFixed(1)} s (not measured); ` +
      `avg doc JSON ${filled.avg_doc_bytes} bytes (without _rev)`);
    if (filled.doc_count !== ROWS) throw new Error(`server has ${filled.doc_count} docs, expected ${ROWS}`);

    const client = new ClientPouch('initial_client');
    opened.push(client);
    await client.info(); // open the leveldb store before the clock starts
    let lastLog = performance.now();
    const t0 = performance.now();
    const rep = client.replicate.from(`${base}/${initialDb}`, { batch_size: BATCH_SIZE });
    rep.on('change', (info) => {
      const now = performance.now();
      if (now - lastLog > 5000) {
        lastLog = now;
        log(`  initial: ${info.docs_written} docs after ${((now - t0) / 1000).toFixed(1)} s`);
      }
    });
    const result = await rep;
    const initialSeconds = (performance.now() - t0) / 1000;
    const cinfo = await client.info();
    log(`initial replication: ${result.docs_written} docs written, client doc_count=${cinfo.doc_count}, ` +
      `${initialSeconds.toFixed(2)} s, ${(ROWS / initialSeconds).toFixed(0)} docs/s, status=${result.status}`);
    if (cinfo.doc_count !== ROWS) throw new Error(`client has ${cinfo.doc_count} docs, expected ${ROWS}`);
    await client.close();
    opened.splice(opened.indexOf(client), 1);

    // ---- 2. propagation latency -------------------------------------------
    const liveUrl = `${base}/bench_live`;
    await new PouchDB(liveUrl).info(); // creates the server db
    const A = new ClientPouch('live_A');
    const B = new ClientPouch('live_B');
    opened.push(A, B);
    for (const db of [A, B]) syncs.push(startSync(db, liveUrl));
    await Promise.all(syncs.map((s) => s.idle));
    await sleep(200);

    const base2 = await propagationPass({
      label: 'propagation (A,B)', A, B, samples: SAMPLES, spacing: SPACING_MS,
      timeoutMs: TIMEOUT_MS, prefix: 'p0',
    });

    let idle = null;
    if (CLIENTS > 0) {
      const extra = [];
      for (let i = 0; i < CLIENTS * 2; i++) {
        const db = new ClientPouch(`live_idle_${i}`);
        opened.push(db); extra.push(db);
        const s = startSync(db, liveUrl);
        syncs.push(s);
      }
      await Promise.all(syncs.slice(-extra.length).map((s) => s.idle));
      await sleep(200);
      idle = await propagationPass({
        label: `propagation (A,B + ${extra.length} idle syncing clients)`, A, B,
        samples: SAMPLES, spacing: SPACING_MS, timeoutMs: TIMEOUT_MS, prefix: 'p1',
      });
    }
    const syncErrors = syncs.reduce((a, s) => a + s.errors(), 0);

    const out = {
      rows: ROWS,
      initial_seconds: round(initialSeconds),
      initial_rows_per_s: Math.round(ROWS / initialSeconds),
      propagation_p50_ms: base2.p50,
      propagation_p99_ms: base2.p99,
      samples: base2.n,
      pouchdb_version: PouchDB.version,
      // extra context (not required by the common schema)
      express_pouchdb_version: pkgVer('express-pouchdb'),
      batch_size: BATCH_SIZE,
      server_compression: process.env.SERVER_COMPRESSION === '1',
      propagation_lost: base2.lost,
      idle_clients: idle ? CLIENTS * 2 : 0,
      propagation_idle_p50_ms: idle ? idle.p50 : null,
      propagation_idle_p99_ms: idle ? idle.p99 : null,
      sync_errors: syncErrors,
      total_seconds: round((performance.now() - tStart) / 1000, 1),
    };
    await cleanup();
    process.stdout.write(JSON.stringify(out) + '\n');
  } catch (e) {
    log('FAILED:', e && e.stack || e);
    await cleanup().catch(() => {});
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--server') {
  serverMain().catch((e) => { console.error(e); process.exit(1); });
} else {
  main().then(() => {
    // leveldown / http agents may keep handles open for a moment
    setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref();
  });
}
