#!/usr/bin/env node
// Bench load generator: holds N connections to URL (opened as fast as the
// server accepts them, at most 500 in flight), answers the server's pings
// (ws does), counts them, and reports JSON: connect_all_s, then after HOLD
// seconds with everything open, pings received per connection per second.
// With MODE=client it pings each connection itself every second (the Node
// client row) and counts pongs instead.
'use strict';
const WebSocket = require(process.env.WS_MODULE || 'ws');
const [url, nArg, holdArg, mode = 'server'] = process.argv.slice(2);
const n = Number(nArg), hold = Number(holdArg);
let open = 0, started = 0, failed = 0, pings = 0, pongs = 0, counting = false;
const sockets = [];
const t0 = process.hrtime.bigint();
const seconds = () => Number(process.hrtime.bigint() - t0) / 1e9;
let connectAll = null;

function openOne() {
  started++;
  const ws = new WebSocket(url, { perMessageDeflate: false });
  ws.on('open', () => {
    open++;
    sockets.push(ws);
    if (open === n) allOpen();
    if (started < n) openOne();
  });
  ws.on('ping', () => { if (counting) pings++; });
  ws.on('pong', () => { if (counting) pongs++; });
  ws.on('error', () => { failed++; if (started < n + failed) openOne(); });
}
function allOpen() {
  connectAll = seconds();
  process.stdout.write(JSON.stringify({ event: 'open', connect_all_s: connectAll }) + '\n');
  counting = true;
  if (mode === 'client')
    setInterval(() => { for (const ws of sockets) ws.ping(); }, 1000);
  setTimeout(() => {
    const perConn = (mode === 'client' ? pongs : pings) / n / hold;
    process.stdout.write(JSON.stringify({ event: 'done', connect_all_s: connectAll, pings, pongs,
      per_conn_per_s: perConn, failed }) + '\n');
    process.exit(0);
  }, hold * 1000);
}
for (let i = 0; i < Math.min(500, n); i++) openOne();
setTimeout(() => { process.stdout.write(JSON.stringify({ event: 'timeout', open, failed }) + '\n'); process.exit(1); }, 300000);
