#!/usr/bin/env node
// An independent wspulse.chat.v1 client (Node ws, not wspulse).
// usage: node ws_client.js URL MODE
//   chat         joins, sends a chat, waits for its ack and relay; answers the
//                server's pings (ws default) and reports how many it saw
//   no-autopong  joins and never answers a ping; reports how it was closed
// Prints one JSON line with what it saw; gives up after 10 s (exit code 1).
'use strict';
const WebSocket = require('ws');

const [url, mode = 'chat'] = process.argv.slice(2);
const ws = new WebSocket(url, ['wspulse.chat.v1'], { autoPong: mode !== 'no-autopong' });
const result = { subprotocol: null, acked: false, relayed: false, pings: 0, closed: null };
const id = 'node-' + process.pid;
const finish = (code) => { process.stdout.write(JSON.stringify(result) + '\n'); process.exit(code); };

ws.on('open', () => { result.subprotocol = ws.protocol; });
ws.on('ping', () => { result.pings++; });
ws.on('message', (data) => {
  const frame = JSON.parse(data.toString());
  if (frame.type === 'hello' && mode === 'chat')
    ws.send(JSON.stringify({ type: 'chat', id, text: 'from node', sent_at: Date.now() }));
  if (frame.type === 'ack' && frame.id === id) result.acked = true;
  if (frame.type === 'chat' && frame.id === id) result.relayed = true;
  // Stay a little to see the server's keepalive pings, then leave.
  if (result.acked && result.relayed && mode === 'chat')
    setTimeout(() => ws.close(1000, 'done'), 600);
});
ws.on('close', (code, reason) => {
  result.closed = { code, reason: reason.toString() };
  finish(0);
});
ws.on('error', (e) => { result.error = String(e); });
setTimeout(() => finish(1), 10000);
