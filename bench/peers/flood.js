#!/usr/bin/env node
// Bench flooder: joins a wspulse chat server and sends RATE chat messages a
// second for SECONDS (in 10 ms batches), then leaves. Prints "DONE <sent>".
'use strict';
const WebSocket = require('ws');
const [url, rateArg, secondsArg] = process.argv.slice(2);
const rate = Number(rateArg), seconds = Number(secondsArg);
const ws = new WebSocket(url, ['wspulse.chat.v1']);
let sent = 0;
ws.on('message', (data) => {
  if (JSON.parse(data.toString()).type !== 'hello' || sent) return;
  const perTick = Math.max(1, Math.round(rate / 100));
  const start = Date.now();
  const timer = setInterval(() => {
    for (let i = 0; i < perTick; i++)
      ws.send(JSON.stringify({ type: 'chat', id: 'f' + (sent++), text: 'flood ' + sent, sent_at: Date.now() }));
    if (Date.now() - start >= seconds * 1000) {
      clearInterval(timer);
      console.log('DONE ' + sent);
      setTimeout(() => process.exit(0), 200);
    }
  }, 10);
});
setTimeout(() => process.exit(1), (seconds + 30) * 1000);
