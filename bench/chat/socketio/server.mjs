// Socket.IO server for the chat fan-out benchmark; started by bench.mjs as a
// child process (fork, with an IPC channel) so server and clients do not share
// one JS thread. Listens on 127.0.0.1, port picked by the OS, and reports
// {type: 'listening', port} to the parent. WebSocket transport only, no
// compression. Protocol:
//   'join' (room, ack)  -> joins the room, then acks
//   'msg'  (payload)    -> socket.to(room).emit('msg', payload): everyone in
//                          the sender's room except the sender
// Parent messages: {type: 'stats'} -> replies {type: 'stats', cpu, elu} (its
// process.cpuUsage() and event-loop utilisation counters, for the parent to
// diff over the measured window); {type: 'exit'} -> exits.
//
// STORE=postgres: the common production stack, the like-for-like reference
// for Souk's durable chat. Each 'msg' is first INSERTed into PostgreSQL
// (BENCH_PG_URL, a server postgres.sh started with synchronous_commit = on),
// and broadcast only once that INSERT has committed, with the row's seq added.
// One INSERT is one transaction; concurrent ones share a WAL flush the way
// PostgreSQL groups commits. Messages go out in the order their INSERTs
// complete, which under concurrency can differ from seq (a client would sort
// by seq); Souk's change log is ordered before it is sent. A failed INSERT is
// logged and not broadcast (the bench counts it as lost).
// STORE=memory (the default): the broadcast alone.

import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Server } from 'socket.io';

// A connection pool of PG_POOL (10, pg's default) connections. Each is a
// PostgreSQL backend process; on 2 cores shared with this server and the load
// generator, more runnable backends only add context switches. 10 is enough
// concurrency for the commits that wait on one WAL flush to share it: at
// 1,000 messages/s and a commit of 1-3 ms, 1-3 INSERTs are in flight. Beyond
// the pool, pg queues queries in this process, in order.
const POOL_SIZE = Number(process.env.PG_POOL || 10);
if (!Number.isInteger(POOL_SIZE) || POOL_SIZE < 1) throw new Error(`bad PG_POOL=${process.env.PG_POOL}`);

async function openPostgres(url) {
  if (!url) throw new Error('STORE=postgres needs BENCH_PG_URL (bench/chat/socketio/run.sh sets it)');
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, options: '-c synchronous_commit=on' });
  pool.on('error', (e) => console.error('[server] idle PostgreSQL connection failed:', e.message));
  const { rows: [setting] } = await pool.query('SHOW synchronous_commit');
  if (setting.synchronous_commit !== 'on') {
    throw new Error(`synchronous_commit is ${setting.synchronous_commit}, expected on`);
  }
  // A fresh table for every run, as Souk's side starts from a fresh database.
  // seq orders a room's messages (bigserial: one sequence for all rooms, so
  // it is gap-y per room but increasing); the index serves "a room's messages
  // after seq N", the query a chat client catching up makes.
  await pool.query(`
    DROP TABLE IF EXISTS messages;
    CREATE TABLE messages (
      id uuid PRIMARY KEY,
      seq bigserial NOT NULL,
      room text NOT NULL,
      author text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now());
    CREATE INDEX messages_room_seq ON messages (room, seq);`);
  // Open every connection now, not during the measured window.
  await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.query('SELECT 1')));
  return {
    insert: async (room, author, body) => (await pool.query({
      name: 'insert-message', // a prepared statement per connection
      text: 'INSERT INTO messages (id, room, author, body) VALUES ($1, $2, $3, $4) RETURNING seq',
      values: [randomUUID(), String(room), author, body],
    })).rows[0].seq,
    close: () => pool.end(),
  };
}

const STORE = process.env.STORE || 'memory';
if (STORE !== 'memory' && STORE !== 'postgres') throw new Error(`STORE=${STORE}: expected memory or postgres`);
const store = STORE === 'postgres'
  ? await openPostgres(process.env.BENCH_PG_URL).catch((e) => {
    console.error('[server] PostgreSQL:', e.message);
    process.exit(1);
  })
  : null;
let insertErrors = 0;

const http = createServer();
const io = new Server(http, {
  transports: ['websocket'],
  perMessageDeflate: false,
  httpCompression: false,
  serveClient: false,
});

io.on('connection', (socket) => {
  socket.on('join', (room, ack) => {
    socket.join(room);
    socket.data.room = room;
    if (typeof ack === 'function') ack('ok');
  });
  socket.on('msg', (payload) => {
    const room = socket.data.room;
    if (room === undefined) return;
    if (!store) {
      socket.to(room).emit('msg', payload);
      return;
    }
    // The socket's id stands in for the author's user id.
    store.insert(room, socket.id, payload.text).then(
      (seq) => socket.to(room).emit('msg', { ...payload, seq }),
      (e) => { if (insertErrors++ < 5) console.error('[server] INSERT failed, message dropped:', e.message); });
  });
});

http.listen(0, '127.0.0.1', () => {
  process.send({ type: 'listening', port: http.address().port });
});

process.on('message', (m) => {
  if (m?.type === 'stats') {
    process.send({ type: 'stats', cpu: process.cpuUsage(), elu: performance.eventLoopUtilization() });
  } else if (m?.type === 'exit') {
    io.close();
    if (insertErrors) console.error(`[server] ${insertErrors} INSERTs failed`);
    Promise.resolve(store?.close()).finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
