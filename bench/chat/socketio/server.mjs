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

import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Server } from 'socket.io';

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
    if (room !== undefined) socket.to(room).emit('msg', payload);
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
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
