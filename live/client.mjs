// The live session's client, loaded only when a live screen is first opened
// (scripts/post-build.mjs bundles it as /live.js): the official Yjs and
// Hocuspocus provider, and a QR encoder. The Rust app sees one small facade,
// `window.sdgLive`, and reads everything as one JSON snapshot that the domain
// (src/domain/live) parses; it writes plain JSON values into named maps.
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
   * facilitator's four codes when it starts the session; parts: the documents to
   * open at once; keep: the parts whose local changes survive a reload before
   * they reach the server (a participant's own answers).
   */
  constructor({ sid, code, create, parts, keep = [], onChange }) {
    this.sid = sid;
    this.code = code;
    this.create = create ? `new:${JSON.stringify(create)}` : null;
    this.keep = new Set(keep);
    this.onChange = onChange;
    this.parts = new Map();
    this.ended = false;
    this.presenceState = null;
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
    const [first, ...rest] = parts;
    this.open(first);
    // Others wait until the first is authenticated: a new session exists only then.
    this.afterFirst = rest;
  }

  token() {
    return this.create ?? this.code;
  }

  open(part) {
    if (this.parts.has(part) || this.ended) return;
    const doc = new Y.Doc();
    const entry = { doc, status: 'connecting', provider: null };
    this.parts.set(part, entry);
    if (this.keep.has(part)) {
      const saved = localStorage.getItem(keepKey(this.sid, part));
      if (saved) {
        try {
          Y.applyUpdate(doc, fromBase64(saved));
        } catch {
          localStorage.removeItem(keepKey(this.sid, part));
        }
      }
      doc.on('update', () => {
        if (this.ended) return;
        try {
          localStorage.setItem(keepKey(this.sid, part), toBase64(Y.encodeStateAsUpdate(doc)));
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
      token: () => this.token(),
      onAuthenticated: () => {
        entry.status = 'live';
        if (this.create && part === 'room') {
          this.create = null;
          for (const p of this.afterFirst) this.open(p);
          this.afterFirst = [];
        } else if (part === 'room') {
          for (const p of this.afterFirst) this.open(p);
          this.afterFirst = [];
        }
        this.changed();
      },
      onAuthenticationFailed: () => {
        entry.status = 'refused';
        this.changed();
      },
      onSynced: () => this.changed(),
      onStateless: ({ payload }) => {
        if (payload === 'ended') this.finish();
      },
      onAwarenessChange: () => this.changed(),
    });
    entry.provider = provider;
    provider.attach();
    if (this.presenceState) provider.setAwarenessField('who', this.presenceState);
  }

  changed() {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.onChange?.();
    });
  }

  snapshot() {
    const parts = {};
    const presence = {};
    const status = {};
    const online = this.socket.status === 'connected';
    for (const [part, { doc, status: s, provider }] of this.parts) {
      parts[part] = Object.fromEntries(MAPS[part].map((m) => [m, doc.getMap(m).toJSON()]));
      status[part] = s === 'refused' ? 'refused' : online && s === 'live' ? (provider.isSynced ? 'live' : 'syncing') : 'offline';
      presence[part] = [...provider.awareness.getStates().entries()]
        .filter(([id, st]) => id !== provider.awareness.clientID && st.who)
        .map(([, st]) => st.who);
      if (provider.hasUnsyncedChanges) status[part] = online ? 'syncing' : 'offline';
    }
    return JSON.stringify({ ended: this.ended, status, parts, presence });
  }

  set(part, map, key, json) {
    const entry = this.parts.get(part);
    if (!entry || !MAPS[part].includes(map)) return false;
    entry.doc.getMap(map).set(key, JSON.parse(json));
    return true;
  }

  remove(part, map, key) {
    const entry = this.parts.get(part);
    if (!entry || !MAPS[part].includes(map)) return false;
    entry.doc.getMap(map).delete(key);
    return true;
  }

  /** Who this device is, as others see it (its name or nothing, what it answered). */
  presence(json) {
    this.presenceState = JSON.parse(json);
    for (const { provider } of this.parts.values()) provider.setAwarenessField('who', this.presenceState);
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

function random(n) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  return [...bytes].map((b) => alphabet[b & 31]).join('');
}

window.sdgLive = {
  open: (options) => new Session(options),
  qr,
  joinBase,
  random,
};
window.dispatchEvent(new Event('sdg-live'));
