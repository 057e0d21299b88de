// Starts and stops real sync servers (sync/server.mjs) and connects Node clients
// to them with the official provider, for the server's own tests and the load
// benchmark. Every wait is bounded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';

const root = path.resolve(new URL('../..', import.meta.url).pathname);

export async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-sync-'));
}

/** A server on `port` with `data` (serving `dist`); resolves once it listens. */
export async function startServer({ port, data, args = [], dist = path.join(root, 'tests/sync') }) {
  const child = spawn(process.execPath, [path.join(root, 'sync/server.mjs'), '--port', String(port), '--data', data,
    '--dist', dist, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    if (/SDG Circle on/.test(out)) return { child, port, output: () => out };
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${out}`);
}

export async function stopServer(server, signal = 'SIGTERM') {
  if (server.child.exitCode !== null) return;
  const done = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await Promise.race([done, sleep(5_000)]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check()` is true, for at most `ms`. */
export async function until(check, ms = 5_000, what = 'condition') {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function randomCode(n) {
  let s = '';
  for (let i = 0; i < n; i += 1) s += ALPHABET[Math.floor(Math.random() * 32)];
  return s;
}

/** Four codes of a new session, as the facilitator's app makes them. */
export function newSession(kind = 'walk') {
  const sid = randomCode(4);
  const code = () => sid + randomCode(8);
  return { sid, kind, host: code(), co: code(), a: code(), b: code() };
}

/** One document opened by a Node client: its doc, and what the server said. */
export function openDoc({ port, sid, part, token, socket }) {
  const ws = socket ?? new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/sync`, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 500, maxAttempts: 0,
  });
  const doc = new Y.Doc();
  const state = { authenticated: false, denied: null, synced: false, stateless: [] };
  const provider = new HocuspocusProvider({
    websocketProvider: ws,
    name: `live/${sid}/${part}`,
    document: doc,
    token,
    onAuthenticated: () => { state.authenticated = true; },
    onAuthenticationFailed: ({ reason }) => { state.denied = reason ?? 'denied'; },
    onSynced: () => { state.synced = true; },
    onStateless: ({ payload }) => state.stateless.push(payload),
  });
  provider.attach();
  const close = () => {
    provider.destroy();
    if (!socket) ws.destroy();
  };
  return { doc, provider, state, socket: ws, close };
}

/** The facilitator: creates the session (room), then opens both delegations' documents. */
export async function facilitator(port, session) {
  const { sid, kind, host, co, a, b } = session;
  // Only the first authentication creates the session; a reconnection (after a
  // server restart, say) shows the host's own code.
  let created = false;
  const token = () => (created ? host : `new:${JSON.stringify({ kind, host, co, a, b })}`);
  const room = openDoc({ port, sid, part: 'room', token });
  await until(() => room.state.authenticated || room.state.denied, 5_000, 'the session to be created');
  created = room.state.authenticated;
  if (room.state.denied) throw new Error('session refused');
  const parts = { room };
  for (const part of ['a', 'b']) parts[part] = openDoc({ port, sid, part, token: host, socket: room.socket });
  await until(() => parts.a.state.synced && parts.b.state.synced, 5_000, 'the delegations to sync');
  return { ...parts, close: () => { parts.a.close(); parts.b.close(); room.close(); } };
}

/**
 * A TCP proxy in front of a server: a participant's way to it, which the test
 * cuts and restores (Playwright's offline mode leaves open WebSockets alone).
 */
export async function proxy(target) {
  const sockets = new Set();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => { sockets.delete(s); client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return {
    port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise((r) => { open = false; for (const s of sockets) s.destroy(); server.close(r); }),
  };
}

export const REDIS = '/usr/bin/redis-server';

/** Debian's redis-server on a free loopback port, nothing saved; `stop()` ends it. */
export async function startRedis() {
  const port = await freePort();
  const child = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  await until(() => /Ready to accept connections/.test(out) || child.exitCode !== null, 10_000, 'redis-server');
  if (child.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
  return { port, child, url: `redis://127.0.0.1:${port}`, stop: () => stopServer({ child }, 'SIGKILL') };
}
