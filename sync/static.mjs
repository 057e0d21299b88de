// The built app as a host serves it: SPA fallback (deep links such as /sdg/6 load
// index.html), content-hashed files cached for good, and, with `brotli`,
// compressed responses. Shared by the sync server (scripts/serve.sh) and the
// end-to-end tests' static server.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A request handler for the files under `dir`. */
export function staticFiles(dir, { brotli = false } = {}) {
  const root = path.resolve(dir);
  const cache = new Map();
  // Kept per file and modification time: a rebuilt dist/ is served afresh.
  const load = (file) => {
    const key = `${file}:${fs.statSync(file).mtimeMs}`;
    if (!cache.has(key)) {
      const raw = fs.readFileSync(file);
      const br = brotli
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : null;
      cache.set(key, { raw, br });
    }
    return cache.get(key);
  };
  return (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file;
    try {
      file = path.join(root, decodeURIComponent(url.pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const isFile = fs.existsSync(file) && fs.statSync(file).isFile();
    if (!isFile) {
      // Files with an extension are real 404s; anything else is an app route.
      if (path.extname(url.pathname)) {
        res.writeHead(404).end('not found');
        return;
      }
      file = path.join(root, 'index.html');
    }
    const { raw, br } = load(file);
    // Content-hashed files (trunk's 16 digits, scripts/build-wasm.mjs's 8) never change.
    const hashed = /-([0-9a-f]{8}|[0-9a-f]{16})(_bg)?\.(js|wasm|css)$/.test(file);
    const headers = {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (br && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      headers['Content-Encoding'] = 'br';
      res.writeHead(200, headers).end(br);
    } else {
      res.writeHead(200, headers).end(raw);
    }
  };
}
