// SDG Circle's server: the built app and, at /sync, the live sessions' sync
// server (Hocuspocus: the Yjs protocol, authentication, persistence, and Redis
// when several instances serve one address).
//
//   node sync/server.mjs [--port 8080] [--lan | --address 0.0.0.0] [--dist dist]
//                        [--data sync-data] [--redis redis://127.0.0.1:6379]
//                        [--max-message 65536] [--expire-hours 48] [--quiet]
//
// Codes are never logged: they arrive in the authentication message, never in a URL.
import http from 'node:http';
import os from 'node:os';
import { Hocuspocus } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { WebSocketServer } from 'ws';
import { Registry, Throttle, parseDocument, permission } from './access.mjs';
import { DocumentFiles, persistence } from './store.mjs';
import { staticFiles } from './static.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const lan = args.includes('--lan');
const port = Number(opt('port', process.env.PORT ?? 8080));
const address = opt('address', lan ? '0.0.0.0' : '127.0.0.1');
const dataDir = opt('data', 'sync-data');
const maxMessage = Number(opt('max-message', 64 * 1024));
const redisUrl = opt('redis', null);
const quiet = args.includes('--quiet');
// A session whose facilitator never ended it (a laptop that left offline) goes
// this long after its last change: its codes stop working, its data is deleted.
const expireMs = Number(opt('expire-hours', 48)) * 3_600_000;
const log = (...m) => quiet || console.log(...m);

const registry = new Registry(dataDir);
const files = new DocumentFiles(dataDir);
const throttle = new Throttle();

const extensions = [persistence(files, (sid) => registry.read(sid) !== null)];
if (redisUrl) {
  const u = new URL(redisUrl);
  extensions.push(new Redis({ host: u.hostname, port: Number(u.port || 6379) }));
}

async function revealed(instance, sid) {
  const conn = await instance.openDirectConnection(`live/${sid}/room`, { role: 'server' });
  try {
    return conn.document.getMap('state').get('revealed') === true;
  } finally {
    await conn.disconnect();
  }
}

async function endSession(instance, sid) {
  registry.remove(sid);
  for (const part of ['room', 'a', 'b']) {
    const name = `live/${sid}/${part}`;
    const doc = instance.documents.get(name);
    if (doc) doc.broadcastStateless('ended');
    instance.closeConnections(name);
  }
  files.removeSession(sid);
  log(`session ${sid} ended`);
}

const hocuspocus = new Hocuspocus({
  name: opt('name', null),
  quiet: true,
  timeout: 30_000,
  debounce: 300,
  maxDebounce: 2_000,
  extensions,
  async onAuthenticate({ token, documentName, connectionConfig, request, instance }) {
    const doc = parseDocument(documentName);
    const from = request?.socket?.remoteAddress ?? '?';
    if (!doc || throttle.blocked(from)) throw new Error('refused');
    let who = null;
    if (typeof token === 'string' && token.startsWith('new:') && doc.part === 'room') {
      try {
        who = registry.create(JSON.parse(token.slice(4)));
      } catch {
        who = null;
      }
    } else {
      who = registry.role(token);
    }
    if (!who || who.sid !== doc.sid) {
      throttle.fail(from);
      throw new Error('refused');
    }
    const cross = doc.part !== 'room' && doc.part !== who.role && (who.role === 'a' || who.role === 'b');
    const may = permission(who.role, doc.part, cross && (await revealed(instance, doc.sid)));
    if (!may) throw new Error('blind');
    connectionConfig.readOnly = may === 'read';
    return { role: who.role, sid: doc.sid };
  },
  // Hidden again after a reveal: a delegation's open view of the other's document closes.
  async onChange({ documentName, document }) {
    const doc = parseDocument(documentName);
    if (doc?.part !== 'room' || document.getMap('state').get('revealed') === true) return;
    for (const part of ['a', 'b']) {
      const other = hocuspocus.documents.get(`live/${doc.sid}/${part}`);
      for (const c of other?.getConnections() ?? []) {
        const role = c.context?.role;
        if ((role === 'a' || role === 'b') && role !== part) c.close();
      }
    }
  },
  // A code does not say whose it is: the server tells the device its role on
  // the room, so a join link needs nothing beside the code.
  async connected({ connection, context, documentName }) {
    if (parseDocument(documentName)?.part === 'room') connection.sendStateless(JSON.stringify({ role: context.role }));
  },
  async onStateless({ connection, documentName, payload }) {
    const doc = parseDocument(documentName);
    const role = connection?.context?.role;
    if (doc && payload === 'end' && (role === 'host' || role === 'co')) await endSession(hocuspocus, doc.sid);
  },
});

async function sweep() {
  for (const sid of registry.older(Date.now() - expireMs, files)) await endSession(hocuspocus, sid);
}
const sweeper = setInterval(sweep, Math.max(1_000, Math.min(3_600_000, expireMs / 2)));
sweep();

const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessage });
sockets.on('connection', (ws, req) => {
  ws.on('error', () => ws.terminate());
  hocuspocus.handleConnection(ws, req);
});

const app = staticFiles(opt('dist', 'dist'), { brotli: args.includes('--brotli') });
const lanAddresses = () =>
  Object.values(os.networkInterfaces()).flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i.address}:${port}`);

const server = http.createServer((req, res) => {
  if (req.url === '/sync/info') {
    // Where participants' phones reach this server: the QR code names it.
    const body = JSON.stringify({ join: lan ? lanAddresses() : [] });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body);
    return;
  }
  app(req, res);
});
server.on('upgrade', (req, socket, head) => {
  socket.on('error', () => socket.destroy());
  if (new URL(req.url, 'http://x').pathname !== '/sync') {
    socket.destroy();
    return;
  }
  sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
});
server.listen(port, address, () => {
  console.log(`SDG Circle on http://${address === '0.0.0.0' ? '127.0.0.1' : address}:${port}/ (live sessions at /sync)`);
  if (lan) for (const a of lanAddresses()) log(`  on the local network: ${a}/`);
});

async function stop() {
  clearInterval(sweeper);
  server.close();
  sockets.close();
  await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
  // Pending debounced stores are written before exit.
  for (const doc of hocuspocus.documents.values()) {
    const state = (await import('yjs')).encodeStateAsUpdate(doc);
    const d = parseDocument(doc.name);
    if (d && registry.read(d.sid)) files.write(doc.name, state);
  }
  process.exit(0);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, stop);
