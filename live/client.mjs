// The live session's client, loaded only when a live screen is first opened
// (scripts/post-build.mjs bundles it as /live.js): the official Yjs and
// Hocuspocus provider, and a QR encoder. The Rust app sees one small facade,
// `window.sdgLive`, whose methods take one string each (every new kind of call
// from Rust would be glue in the app's first load); it reads everything as one
// JSON snapshot that the domain (src/domain/live) parses, and writes plain JSON
// values into named maps.
//
// Why JS and not yrs: bench/RESULTS.md (live client pass) has the figures.
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import qrcode from 'qrcode-generator';

/* global __SDG_SYNC__ */
const configured = typeof __SDG_SYNC__ === 'string' ? __SDG_SYNC__ : '';

function syncUrl() {
  return configured || `${location.origin.replace(/^http/, 'ws')}/sync`;
}

const MAPS = { room: ['state', 'agreed'], a: ['proposals', 'agreed'], b: ['proposals', 'agreed'] };
/** The documents each role opens once the server has said who it is. */
const PARTS_OF = { host: ['a', 'b'], co: ['a', 'b'], a: ['a'], b: ['b'] };
const keepKey = (sid, part) => `sdg-live:${sid}:${part}`;

function toBase64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

class Session {
  /**
   * sid: the session's 4 characters; code: this device's join code; create: the
   * facilitator's request when it starts the session; keep: whether this
   * device's own answers survive a reload before they reach the server.
   */
  constructor({ sid, code, create, keep = false }) {
    this.sid = sid;
    this.code = code;
    this.create = create ? `new:${create}` : null;
    this.keep = keep;
    this.listeners = [];
    this.parts = new Map();
    this.role = null;
    this.ended = false;
    this.who = null;
    this.pending = false;
    this.socket = new HocuspocusProviderWebsocket({
      url: syncUrl(),
      delay: 300,
      minDelay: 300,
      factor: 1.5,
      maxDelay: 3000,
      maxAttempts: 0,
      timeout: 10_000,
    });
    this.socket.on('status', () => this.changed());
    this.open('room');
  }

  open(part) {
    if (this.parts.has(part) || this.ended || !MAPS[part]) return;
    const doc = new Y.Doc();
    const entry = { doc, status: 'connecting', provider: null };
    this.parts.set(part, entry);
    const kept = this.keep && part !== 'room' && keepKey(this.sid, part);
    if (kept) {
      const saved = localStorage.getItem(kept);
      if (saved) {
        try {
          Y.applyUpdate(doc, fromBase64(saved));
        } catch {
          localStorage.removeItem(kept);
        }
      }
      doc.on('update', () => {
        if (this.ended) return;
        try {
          localStorage.setItem(kept, toBase64(Y.encodeStateAsUpdate(doc)));
        } catch {
          // A full quota: the answer still goes to the server while online.
        }
      });
    }
    doc.on('update', () => this.changed());
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: `live/${this.sid}/${part}`,
      document: doc,
      // Only the first authentication creates the session; later ones (a lost
      // connection, a restarted server) show the host's own code.
      token: () => this.create ?? this.code,
      onAuthenticated: () => {
        entry.status = 'live';
        if (part === 'room') this.create = null;
        this.changed();
      },
      onAuthenticationFailed: () => {
        entry.status = 'refused';
        this.changed();
      },
      onSynced: () => this.changed(),
      onStateless: ({ payload }) => this.told(payload),
      onAwarenessChange: () => this.changed(),
      onUnsyncedChanges: () => this.changed(),
    });
    entry.provider = provider;
    provider.attach();
    if (this.who && part !== 'room') provider.setAwarenessField('who', this.who);
  }

  told(payload) {
    if (payload === 'ended') {
      this.finish();
      return;
    }
    try {
      const { role } = JSON.parse(payload);
      if (PARTS_OF[role] && !this.role) {
        this.role = role;
        for (const p of PARTS_OF[role]) this.open(p);
        this.changed();
      }
    } catch {
      // Not for us.
    }
  }

  /**
   * Tells the app, at most every 30 ms: a projector in a busy room gets a
   * message per vote, and reading the whole snapshot for each one left a slow
   * laptop seconds behind (bench/live-load.mjs).
   */
  changed() {
    if (this.pending) return;
    this.pending = true;
    setTimeout(() => {
      this.pending = false;
      for (const f of this.listeners) f();
    }, 30);
  }

  listen(f) {
    this.listeners.push(f);
  }

  snapshot() {
    const parts = {};
    const presence = {};
    const status = {};
    const online = this.socket.status === 'connected';
    for (const [part, { doc, status: s, provider }] of this.parts) {
      parts[part] = Object.fromEntries(MAPS[part].map((m) => [m, doc.getMap(m).toJSON()]));
      if (s === 'refused') status[part] = 'refused';
      else if (!online) status[part] = 'offline';
      else if (s !== 'live' || !provider.isSynced || provider.hasUnsyncedChanges) status[part] = 'syncing';
      else status[part] = 'live';
      presence[part] = [...provider.awareness.getStates().entries()]
        .filter(([id, st]) => id !== provider.awareness.clientID && st.who)
        .map(([, st]) => st.who);
    }
    return JSON.stringify({ ended: this.ended, role: this.role, status, parts, presence });
  }

  /** `{part, map, key, value}`; without a value the key is removed. */
  write(json) {
    const { part, map, key, value } = JSON.parse(json);
    const entry = this.parts.get(part);
    if (!entry || !MAPS[part].includes(map) || typeof key !== 'string') return false;
    if (value === undefined || value === null) entry.doc.getMap(map).delete(key);
    else entry.doc.getMap(map).set(key, value);
    return true;
  }

  /**
   * Who this device is, as the facilitators see it: on the delegation's own
   * document only, never on the room, which the other delegation reads too
   * (a name is the delegation's data, and blind means none of it crosses).
   */
  presence(json) {
    this.who = JSON.parse(json);
    for (const [part, { provider }] of this.parts) if (part !== 'room') provider.setAwarenessField('who', this.who);
  }

  /** Opens another document (a delegation's, once the round is revealed). */
  join(part) {
    this.open(part);
  }

  end() {
    this.parts.get('room')?.provider.sendStateless('end');
  }

  finish() {
    if (this.ended) return;
    this.ended = true;
    for (const part of this.parts.keys()) localStorage.removeItem(keepKey(this.sid, part));
    this.changed();
    setTimeout(() => this.close(), 0);
  }

  close() {
    for (const { provider } of this.parts.values()) provider.destroy();
    this.socket.destroy();
  }
}

/** A QR code as an SVG path of its dark modules, one unit each. */
function qr(text) {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  let path = '';
  for (let r = 0; r < size; r += 1) {
    for (let c = 0; c < size; c += 1) if (code.isDark(r, c)) path += `M${c} ${r}h1v1h-1z`;
  }
  return JSON.stringify({ size, path });
}

/** Where participants' phones reach this app: the server's local-network address when it has one. */
async function joinBase() {
  try {
    const res = await fetch('/sync/info', { cache: 'no-store' });
    const info = await res.json();
    if (Array.isArray(info.join) && typeof info.join[0] === 'string') return info.join[0];
  } catch {
    // No sync server at this origin: the app's own address.
  }
  return location.origin;
}

/** Random characters of the join codes' alphabet (32 letters: no bias from the mask). */
function random(n) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return [...crypto.getRandomValues(new Uint8Array(Number(n)))].map((b) => alphabet[b & 31]).join('');
}

window.sdgLive = {
  open: (json) => new Session(JSON.parse(json)),
  qr,
  joinBase,
  random,
};
window.dispatchEvent(new Event('sdg-live'));
