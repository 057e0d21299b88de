// Who may open which document of a live session (the Hocuspocus onAuthenticate
// hook's one job, with the session registry it reads).
//
// A session has three documents: `live/<sid>/room` (what the facilitator puts up),
// `live/<sid>/a` and `live/<sid>/b` (each delegation's proposals and agreed
// values). A join code is 12 Crockford base32 characters: the first 4 name the
// session, the other 8 (40 bits) are the role's secret. The registry keeps only
// SHA-256 hashes of the codes, one file per session so that several server
// instances on one data folder share it (creating a session is an exclusive
// file create: the first instance wins).
//
// A delegation reads the room, writes its own document, and may read the other
// delegation's only once the room says the round is revealed: blind is a refusal
// here, not something a client hides.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ROLES = ['host', 'co', 'a', 'b'];
const PARTS = ['room', 'a', 'b'];
const KINDS = ['walk', 'index'];

/** A typed code as the registry knows it: upper case, no separators, O→0, I and L→1. */
export function normalise(code) {
  if (typeof code !== 'string' || code.length > 40) return null;
  const c = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return c.length === 12 && [...c].every((ch) => ALPHABET.includes(ch)) ? c : null;
}

const hash = (code) => crypto.createHash('sha256').update(code).digest('hex');

export function parseDocument(name) {
  const m = /^live\/([0-9A-Z]{4})\/(room|a|b)$/.exec(name);
  return m && PARTS.includes(m[2]) ? { sid: m[1], part: m[2] } : null;
}

export class Registry {
  constructor(dataDir) {
    this.dir = path.join(dataDir, 'sessions');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  file(sid) {
    return path.join(this.dir, `${sid}.json`);
  }

  read(sid) {
    try {
      return JSON.parse(fs.readFileSync(this.file(sid), 'utf8'));
    } catch {
      return null;
    }
  }

  /** Registers a new session from the facilitator's four codes; false if its id is taken or a code is bad. */
  create(request) {
    if (!request || !KINDS.includes(request.kind)) return null;
    const codes = ROLES.map((r) => normalise(request[r]));
    if (codes.some((c) => !c) || new Set(codes).size !== 4) return null;
    const sid = codes[0].slice(0, 4);
    if (codes.some((c) => c.slice(0, 4) !== sid)) return null;
    const entry = { sid, kind: request.kind, roles: Object.fromEntries(codes.map((c, i) => [hash(c), ROLES[i]])) };
    try {
      fs.writeFileSync(this.file(sid), JSON.stringify(entry), { flag: 'wx' });
    } catch {
      return null;
    }
    return { sid, role: 'host' };
  }

  /** The session and role a code opens, or null. */
  role(code) {
    const c = normalise(code);
    if (!c) return null;
    const entry = this.read(c.slice(0, 4));
    const role = entry?.roles?.[hash(c)];
    return role ? { sid: entry.sid, role, kind: entry.kind } : null;
  }

  /** The sessions last changed before `time` (their registry entry or any of their documents). */
  older(time, files) {
    const changed = (file) => {
      try {
        return fs.statSync(file).mtimeMs;
      } catch {
        return 0;
      }
    };
    return fs.readdirSync(this.dir)
      .filter((f) => /^[0-9A-Z]{4}\.json$/.test(f))
      .map((f) => f.slice(0, 4))
      .filter((sid) => Math.max(changed(this.file(sid)), ...files.filesOf(sid).map(changed)) < time);
  }

  remove(sid) {
    fs.rmSync(this.file(sid), { force: true });
  }
}

/**
 * Refuses everything from an address after too many wrong codes, for a while.
 * Sixty a minute: a town hall's phones may share one public address, and a
 * 40-bit secret at that pace takes tens of thousands of years to find.
 */
export class Throttle {
  constructor({ limit = 60, windowMs = 60_000 } = {}) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.failures = new Map();
  }

  blocked(address) {
    const f = this.failures.get(address);
    if (!f) return false;
    if (Date.now() - f.since > this.windowMs) {
      this.failures.delete(address);
      return false;
    }
    return f.count >= this.limit;
  }

  fail(address) {
    const f = this.failures.get(address);
    if (!f || Date.now() - f.since > this.windowMs) this.failures.set(address, { since: Date.now(), count: 1 });
    else f.count += 1;
  }
}

/**
 * What a role may do with one part of its session: 'write', 'read' or null.
 * `revealed` says whether the round's blind phase is over.
 */
export function permission(role, part, revealed) {
  if (role === 'host' || role === 'co') return 'write';
  if (part === 'room') return 'read';
  if (part === role) return 'write';
  return revealed ? 'read' : null;
}
