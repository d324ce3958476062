#!/usr/bin/env node
// Bench server: Node ws with the canonical heartbeat sweep (ws README): every
// second, terminate clients that did not answer the last ping, ping the rest.
'use strict';
const { WebSocketServer } = require(process.env.WS_MODULE || 'ws');
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('connection', (ws) => {
  ws.isAlive = true;
  ws.on('pong', () => { ws.isAlive = true; });
  ws.on('message', (d, b) => ws.send(d, { binary: b }));
});
if (!process.env.NOPING) setInterval(() => {
  for (const ws of wss.clients) {
    if (!ws.isAlive) { ws.terminate(); continue; }
    ws.isAlive = false;
    ws.ping();
  }
}, 1000);
wss.on('listening', () => console.log('PORT ' + wss.address().port));
process.on('SIGTERM', () => process.exit(0));
