#!/usr/bin/env node
// Chat throughput: N clients of wspulse.chat.v1 each keep WINDOW messages of
// 64 bytes in flight (the next one leaves when one is acknowledged) for HOLD
// seconds once all have joined. Reports JSON: acknowledged messages per
// second over the hold (each relayed to every client as well).
'use strict';
const WebSocket = require(process.env.WS_MODULE || 'ws');
const [url, nArg, holdArg, windowArg = '8'] = process.argv.slice(2);
const n = Number(nArg), hold = Number(holdArg), window_ = Number(windowArg);
const text = 'x'.repeat(64);
let joined = 0, acked = 0, counting = false, seq = 0, failed = 0;
const sockets = [];

function send(ws) {
  ws.send(JSON.stringify({ type: 'chat', id: `b${process.pid}-${++seq}`, text, sent_at: Date.now() }));
}
function start() {
  counting = true;
  const t0 = process.hrtime.bigint();
  for (const ws of sockets) for (let i = 0; i < window_; i++) send(ws);
  setTimeout(() => {
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stdout.write(JSON.stringify({ event: 'done', acked, msgs_per_s: acked / s, failed }) + '\n');
    process.exit(0);
  }, hold * 1000);
}
for (let i = 0; i < n; i++) {
  const ws = new WebSocket(url, 'wspulse.chat.v1', { perMessageDeflate: false });
  ws.on('message', (data) => {
    const s = data.toString();
    if (s.includes('"type":"ack"')) {
      if (counting) { acked++; send(ws); }
    } else if (s.includes('"type":"hello"')) {
      sockets.push(ws);
      if (++joined === n) {
        process.stdout.write(JSON.stringify({ event: 'open' }) + '\n');
        start();
      }
    }
  });
  ws.on('error', () => { failed++; });
}
