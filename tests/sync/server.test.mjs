// The sync server as participants' devices and attackers meet it: real server
// processes (sync/server.mjs), Node clients with the official provider, raw
// WebSockets for what a browser would never send.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import {
  facilitator, freePort, newSession, openDoc, sleep, startServer, stopServer, tempDir, until,
} from './harness.mjs';

const servers = [];
after(async () => {
  for (const s of servers) await stopServer(s, 'SIGKILL');
});

async function server(options = {}) {
  const port = options.port ?? (await freePort());
  const data = options.data ?? tempDir();
  const s = await startServer({ port, data, args: ['--quiet', ...(options.args ?? [])] });
  servers.push(s);
  return { ...s, data };
}

const proposal = (doc, key, value) => doc.getMap('proposals').set(key, value);
const proposals = (doc) => doc.getMap('proposals').toJSON();

test('a delegation writes its own proposals and the facilitator sees them', async () => {
  const { port } = await server();
  const session = newSession();
  const host = await facilitator(port, session);
  const a = openDoc({ port, sid: session.sid, part: 'a', token: session.a });
  await until(() => a.state.synced, 5_000, 'delegation A to sync');
  proposal(a.doc, 'dev1:6', { name: 'Awa', level: 2 });
  await until(() => proposals(host.a.doc)['dev1:6']?.level === 2, 5_000, 'the proposal on the projector');
  // A reads the room but cannot write it: its change never reaches the facilitator.
  const roomA = openDoc({ port, sid: session.sid, part: 'room', token: session.a, socket: a.socket });
  await until(() => roomA.state.synced, 5_000, 'the room for A');
  // The server tells a device its role: the code alone says nothing.
  await until(() => roomA.state.stateless.includes('{"role":"a"}'), 5_000, 'the role');
  roomA.doc.getMap('state').set('goal', 17);
  host.room.doc.getMap('state').set('title', 'Programme');
  await until(() => roomA.doc.getMap('state').get('title') === 'Programme', 5_000, 'the room title for A');
  await sleep(200);
  assert.equal(host.room.doc.getMap('state').get('goal'), undefined);
  a.close(); roomA.close(); host.close();
});

test('blind: delegation A cannot open B\'s document until the room is revealed, then only reads it', async () => {
  const { port } = await server();
  const session = newSession('index');
  const host = await facilitator(port, session);
  const b = openDoc({ port, sid: session.sid, part: 'b', token: session.b });
  await until(() => b.state.synced, 5_000, 'delegation B');
  proposal(b.doc, 'devb:3', { score: 1, note: 'secret reason' });
  await until(() => proposals(host.b.doc)['devb:3'], 5_000, 'B\'s score at the facilitator');

  const early = openDoc({ port, sid: session.sid, part: 'b', token: session.a });
  await until(() => early.state.denied, 5_000, 'A to be refused B\'s document');
  assert.deepEqual(proposals(early.doc), {});
  early.close();

  host.room.doc.getMap('state').set('revealed', true);
  await sleep(100);
  const late = openDoc({ port, sid: session.sid, part: 'b', token: session.a });
  await until(() => late.state.synced, 5_000, 'A to read B after the reveal');
  assert.equal(proposals(late.doc)['devb:3'].note, 'secret reason');
  proposal(late.doc, 'deva:3', { score: 5 });
  await sleep(300);
  assert.equal(proposals(host.b.doc)['deva:3'], undefined, 'A cannot write into B');

  // Hidden again: A's view of B closes, and B's next answer does not reach A.
  host.room.doc.getMap('state').set('revealed', false);
  await sleep(300);
  proposal(b.doc, 'devb:4', { score: 2 });
  await until(() => proposals(host.b.doc)['devb:4'], 5_000, 'B\'s next score at the facilitator');
  await sleep(300);
  assert.equal(proposals(late.doc)['devb:4'], undefined, 'nothing of B reaches A once hidden again');
  late.close(); b.close(); host.close();
});

test('wrong, reused and other sessions\' codes are refused', async () => {
  const { port } = await server();
  const one = newSession();
  const two = newSession();
  const host = await facilitator(port, one);
  const refused = async (options, what) => {
    const c = openDoc({ port, ...options });
    await until(() => c.state.denied || c.state.authenticated, 5_000, what);
    assert.ok(c.state.denied, what);
    c.close();
  };
  await refused({ sid: one.sid, part: 'a', token: `${one.sid}ZZZZZZZZ` }, 'a made-up secret');
  await refused({ sid: one.sid, part: 'a', token: two.a }, 'another session\'s code');
  await refused({ sid: one.sid, part: 'room', token: `new:${JSON.stringify({ ...one, host: one.a })}` }, 'creating a taken session');
  await refused({ sid: one.sid, part: 'a', token: '' }, 'no code');
  await refused({ sid: one.sid, part: 'other', token: one.host }, 'a document that is not the session\'s');
  host.close();
});

test('random bytes and oversized messages close only their own connection', async () => {
  const { port } = await server({ args: ['--max-message', '4096'] });
  const session = newSession();
  const host = await facilitator(port, session);
  const a = openDoc({ port, sid: session.sid, part: 'a', token: session.a });
  await until(() => a.state.synced, 5_000, 'delegation A');

  const closed = (ws) => new Promise((resolve) => ws.on('close', (code) => resolve(code)));
  const junk = new WebSocket(`ws://127.0.0.1:${port}/sync`);
  await new Promise((r) => junk.on('open', r));
  const junkClosed = closed(junk);
  for (let i = 0; i < 20; i += 1) junk.send(Buffer.from(Array.from({ length: 64 }, () => Math.floor(Math.random() * 256))));
  junk.send('not even binary');

  const big = new WebSocket(`ws://127.0.0.1:${port}/sync`);
  await new Promise((r) => big.on('open', r));
  const bigClosed = closed(big);
  const e = encoding.createEncoder();
  encoding.writeVarString(e, `live/${session.sid}/a`);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, 'x'.repeat(10_000));
  big.send(encoding.toUint8Array(e));
  assert.equal(await Promise.race([bigClosed, sleep(5_000).then(() => 'open')]), 1009, 'too big: closed');
  await Promise.race([junkClosed, sleep(2_000)]);

  // The session carries on.
  proposal(a.doc, 'dev1:1', { level: 1 });
  await until(() => proposals(host.a.doc)['dev1:1'], 5_000, 'the session to carry on');
  a.close(); host.close();
});

test('a session survives a restart of the server, and its end revokes the codes and deletes its data', async () => {
  const data = tempDir();
  const port = await freePort();
  let s = await server({ port, data });
  const session = newSession();
  const host = await facilitator(port, session);
  const a = openDoc({ port, sid: session.sid, part: 'a', token: session.a });
  await until(() => a.state.synced, 5_000, 'delegation A');
  proposal(a.doc, 'dev1:6', { level: 3 });
  await until(() => proposals(host.a.doc)['dev1:6'], 5_000, 'the first proposal');
  await stopServer(s);

  // Answered while the server is down: kept on the device.
  proposal(a.doc, 'dev1:7', { level: 1 });
  s = await server({ port, data });
  await until(() => proposals(host.a.doc)['dev1:7'], 10_000, 'the offline answer after the restart');
  const fresh = openDoc({ port, sid: session.sid, part: 'a', token: session.host });
  await until(() => fresh.state.synced, 5_000, 'a fresh facilitator device');
  assert.deepEqual(Object.keys(proposals(fresh.doc)).sort(), ['dev1:6', 'dev1:7']);
  fresh.close();

  host.room.provider.sendStateless('end');
  await until(() => a.state.stateless.includes('ended') || host.room.state.stateless.includes('ended'), 5_000, 'the end');
  await sleep(300);
  assert.deepEqual(fs.readdirSync(path.join(data, 'sessions')), []);
  assert.deepEqual(fs.readdirSync(path.join(data, 'docs')).filter((f) => f.startsWith(session.sid)), []);
  const after = openDoc({ port, sid: session.sid, part: 'a', token: session.a });
  await until(() => after.state.denied, 5_000, 'the revoked code');
  after.close(); a.close(); host.close();
});

test('a delegation cannot end the session', async () => {
  const { port, data } = await server();
  const session = newSession();
  const host = await facilitator(port, session);
  const roomA = openDoc({ port, sid: session.sid, part: 'room', token: session.a });
  await until(() => roomA.state.synced, 5_000, 'the room for A');
  roomA.provider.sendStateless('end');
  await sleep(300);
  assert.deepEqual(fs.readdirSync(path.join(data, 'sessions')), [`${session.sid}.json`]);
  roomA.close(); host.close();
});

test('no code appears in the server\'s output', async () => {
  const s = await server({ args: [] });
  const session = newSession();
  const host = await facilitator(s.port, session);
  const bad = openDoc({ port: s.port, sid: session.sid, part: 'a', token: `${session.sid}WRONGWRONG` });
  await until(() => bad.state.denied, 5_000, 'a refusal');
  host.room.provider.sendStateless('end');
  await sleep(300);
  const out = s.output();
  for (const code of [session.host, session.co, session.a, session.b, 'WRONGWRONG']) assert.ok(!out.includes(code.slice(4)), code);
  bad.close(); host.close();
});

test('a session nobody ended expires: its codes stop working and its data goes', async () => {
  // About two seconds: the sweep runs every second.
  const { port, data } = await server({ args: ['--expire-hours', String(2 / 3600)] });
  const session = newSession();
  const host = await facilitator(port, session);
  host.room.doc.getMap('state').set('goal', 3);
  host.close();
  await until(() => fs.readdirSync(path.join(data, 'sessions')).length === 0, 10_000, 'the expiry');
  assert.deepEqual(fs.readdirSync(path.join(data, 'docs')).filter((f) => f.startsWith(session.sid)), []);
  const late = openDoc({ port, sid: session.sid, part: 'a', token: session.a });
  await until(() => late.state.denied, 5_000, 'the expired code');
  late.close();
});

test('an address that guesses codes is stopped, even with a right one, while others carry on', async () => {
  const { port } = await server();
  const session = newSession();
  const host = await facilitator(port, session);
  const b = openDoc({ port, sid: session.sid, part: 'b', token: session.b });
  await until(() => b.state.synced, 5_000, 'delegation B');
  const guesses = [];
  const socket = openDoc({ port, sid: 'ZZZZ', part: 'a', token: 'ZZZZ00000000' });
  guesses.push(socket);
  for (let i = 1; i < 61; i += 1) {
    const sid = `Z${String(i).padStart(3, '0')}`;
    guesses.push(openDoc({ port, sid, part: 'a', token: `${sid}00000000`, socket: socket.socket }));
  }
  await until(() => guesses.every((g) => g.state.denied), 10_000, 'sixty-one refusals');
  const right = openDoc({ port, sid: session.sid, part: 'a', token: session.a, socket: socket.socket });
  await until(() => right.state.denied || right.state.authenticated, 5_000, 'the right code');
  assert.ok(right.state.denied, 'stopped');
  // Connections made before carry on.
  proposal(b.doc, 'devb:4', { score: 3 });
  await until(() => proposals(host.b.doc)['devb:4'], 5_000, 'B\'s answer after the guessing');
  b.close();
  host.close();
  for (const g of guesses) g.close();
  right.close();
});

test('with --lan the server tells the app its local-network address, for the QR codes; without, nothing', async () => {
  const lan = await server({ args: ['--lan'] });
  const here = await server();
  const info = async (port) => (await fetch(`http://127.0.0.1:${port}/sync/info`)).json();
  const expected = Object.values(os.networkInterfaces()).flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i.address}:${lan.port}`);
  assert.deepEqual((await info(lan.port)).join, expected);
  assert.deepEqual((await info(here.port)).join, []);
});
