// Session data on disk (the Database extension's fetch and store), so that a
// session survives a restart of the server. One file per document, written
// whole and renamed into place so that a crash never leaves half a file.
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { parseDocument } from './access.mjs';

export class DocumentFiles {
  constructor(dataDir) {
    this.dir = path.join(dataDir, 'docs');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  file(name) {
    const doc = parseDocument(name);
    return doc && path.join(this.dir, `${doc.sid}-${doc.part}.bin`);
  }

  read(name) {
    const file = this.file(name);
    return file && fs.existsSync(file) ? new Uint8Array(fs.readFileSync(file)) : null;
  }

  write(name, bytes) {
    const file = this.file(name);
    if (!file) return;
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  }

  filesOf(sid) {
    return ['room', 'a', 'b'].map((part) => path.join(this.dir, `${sid}-${part}.bin`));
  }

  removeSession(sid) {
    for (const file of this.filesOf(sid)) fs.rmSync(file, { force: true });
  }
}

/** The persistence extension; `live(sid)` says whether the session still exists (an ended one is never written back). */
export function persistence(files, live) {
  return new Database({
    fetch: async ({ documentName }) => files.read(documentName),
    store: async ({ documentName, state }) => {
      const doc = parseDocument(documentName);
      if (doc && live(doc.sid)) files.write(documentName, state);
    },
  });
}
