#!/usr/bin/env node
// An independent WebSocket server for wspulse's tests (Node ws, not wspulse).
// usage: node ws_server.js MODE [ARG]
//   echo               echo text and binary; "close CODE REASON" closes so;
//                      "ping" makes it ping the client (its pong is reported)
//   no-autopong        echo, but never answers pings (autoPong: false)
//   pause              stops reading as soon as a client connects
//   oversize BYTES     sends one message of BYTES to every client
//   fragment-pause MS  sends a fragmented message with a pause of MS between
// Prints "PORT <n>" first, then one line per thing worth reporting. Bounded:
// exits by itself after 120 s.
'use strict';
const { WebSocketServer } = require('ws');

const mode = process.argv[2] || 'echo';
const arg = Number(process.argv[3] || 0);
const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: Number(process.env.PORT || 0),
  autoPong: mode !== 'no-autopong',
  maxPayload: 64 * 1024 * 1024,
});
const say = (line) => process.stdout.write(line + '\n');

wss.on('listening', () => say('PORT ' + wss.address().port));
wss.on('connection', (ws, req) => {
  say('CONNECTED ' + (req.headers['sec-websocket-protocol'] || ''));
  ws.on('ping', () => say('PING'));
  ws.on('pong', (data) => say('PONG ' + data.toString()));
  ws.on('close', (code, reason) => say('CLOSED ' + code + ' ' + reason.toString()));
  ws.on('message', (data, isBinary) => {
    if (!isBinary) {
      const text = data.toString();
      const m = /^close (\d+) ?(.*)$/.exec(text);
      if (m) return ws.close(Number(m[1]), m[2]);
      if (text === 'ping') return ws.ping('from-node');
    }
    ws.send(data, { binary: isBinary });
  });
  if (mode === 'pause') ws._socket.pause();
  if (mode === 'oversize') ws.send(Buffer.alloc(arg, 0x61), { binary: true });
  if (mode === 'fragment-pause') {
    ws.send('first half, ', { fin: false });
    setTimeout(() => ws.send('second half', { fin: true }), arg);
  }
});
setTimeout(() => process.exit(0), 120000).unref();
process.on('SIGTERM', () => process.exit(0));
