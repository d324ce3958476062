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
//   mqtt         aedes (MQTT 3.1.1 broker) over WebSocket (websocket-stream);
//                drops a client silent for 1.5 x its keep-alive; with
//                "deny", refuses every CONNECT (return code 5, not authorized)
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
} else if (kind === 'mqtt') {
  const deny = process.argv[3] === 'deny';
  const aedes = require('aedes')(deny ? {
    authenticate: (client, user, password, done) => {
      const error = new Error('not authorized');
      error.returnCode = 5;
      done(error, false);
    },
  } : {});
  const websocketStream = require('websocket-stream');
  const httpServer = http.createServer();
  websocketStream.createServer({ server: httpServer }, aedes.handle);
  aedes.on('client', (client) => say('CONNECTED ' + client.id));
  aedes.on('clientDisconnect', (client) => say('DISCONNECT ' + client.id));
  aedes.on('keepaliveTimeout', (client) => say('KEEPALIVE_TIMEOUT ' + client.id));
  httpServer.listen(0, '127.0.0.1', () => say('PORT ' + httpServer.address().port));
} else {
  say('unknown kind ' + kind);
  process.exit(2);
}
