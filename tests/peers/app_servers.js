#!/usr/bin/env node
// Real servers that keep their connections alive above WebSocket, for
// wspulse's application-profile tests (npm packages pinned in package-lock.json).
// usage: node app_servers.js KIND [ARGS]
//   socketio PING_INTERVAL_MS PING_TIMEOUT_MS [PATH]
//                Socket.IO 4 (Engine.IO v4) over WebSocket only; the event
//                "echo" is acknowledged with its argument
//   graphql INIT_WAIT_MS
//                graphql-ws on ws (subprotocol graphql-transport-ws); closes
//                4408 when no connection_init arrives within INIT_WAIT_MS
// Prints "PORT <n>" first, then one line per thing worth reporting. Bounded:
// exits by itself after 120 s.
'use strict';
const http = require('http');

const kind = process.argv[2];
const say = (line) => process.stdout.write(line + '\n');
setTimeout(() => process.exit(0), 120000).unref();

if (kind === 'socketio') {
  const { Server } = require('socket.io');
  const httpServer = http.createServer();
  const io = new Server(httpServer, {
    pingInterval: Number(process.argv[3] || 25000),
    pingTimeout: Number(process.argv[4] || 20000),
    path: process.argv[5] || '/socket.io',
    transports: ['websocket'],
  });
  io.on('connection', (socket) => {
    say('CONNECTED');
    socket.on('echo', (arg, ack) => { if (typeof ack === 'function') ack(arg); });
    socket.on('disconnect', (reason) => say('DISCONNECT ' + reason));
  });
  httpServer.listen(0, '127.0.0.1', () => say('PORT ' + httpServer.address().port));
} else if (kind === 'graphql') {
  const { WebSocketServer } = require('ws');
  const { useServer } = require('graphql-ws/use/ws');
  const { GraphQLSchema, GraphQLObjectType, GraphQLString } = require('graphql');
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { hello: { type: GraphQLString, resolve: () => 'world' } },
    }),
  });
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  useServer({
    schema,
    connectionInitWaitTimeout: Number(process.argv[3] || 3000),
    onConnect: () => { say('CONNECTED'); },
    onClose: (ctx, code, reason) => { say('CLOSED ' + code + ' ' + reason); },
  }, wss);
  wss.on('listening', () => say('PORT ' + wss.address().port));
} else {
  say('unknown kind ' + kind);
  process.exit(2);
}
