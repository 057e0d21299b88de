// Several sync server instances behind one address: Hocuspocus' Redis extension
// carries each update to the other instances, and one data folder holds the
// sessions. A local redis-server (Debian's) on a free port, started and stopped here.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  REDIS, facilitator, freePort, newSession, openDoc, startRedis, startServer, stopServer, tempDir, until, sleep,
} from './harness.mjs';

const running = [];
after(async () => {
  for (const s of running) await stopServer(s, 'SIGKILL');
});

test('two instances with Redis serve one session', { skip: !fs.existsSync(REDIS) && 'no redis-server' }, async () => {
  const r = await startRedis();
  running.push(r);
  const data = tempDir();
  const args = ['--quiet', '--redis', r.url];
  const one = await startServer({ port: await freePort(), data, args });
  const two = await startServer({ port: await freePort(), data, args });
  running.push(one, two);

  const session = newSession();
  const host = await facilitator(one.port, session);
  // A participant reaches the other instance: the registry is shared, updates cross.
  const a = openDoc({ port: two.port, sid: session.sid, part: 'a', token: session.a });
  await until(() => a.state.synced, 5_000, 'A on the second instance');
  a.doc.getMap('proposals').set('dev1:6', { level: 2 });
  await until(() => host.a.doc.getMap('proposals').get('dev1:6')?.level === 2, 5_000, 'the proposal across instances');
  host.room.doc.getMap('state').set('goal', 9);
  const roomA = openDoc({ port: two.port, sid: session.sid, part: 'room', token: session.a, socket: a.socket });
  await until(() => roomA.doc.getMap('state').get('goal') === 9, 5_000, 'the room across instances');
  // Blind holds on both instances.
  const peek = openDoc({ port: two.port, sid: session.sid, part: 'b', token: session.a });
  await until(() => peek.state.denied, 5_000, 'A refused B on the second instance');
  peek.close(); roomA.close(); a.close(); host.close();
  await sleep(100);
});
