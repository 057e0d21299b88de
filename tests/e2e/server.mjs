// Static server for the built app: SPA fallback (deep links such as /sdg/6 load
// index.html) and, with --brotli, compressed responses as a real host sends them.
// Usage: node tests/e2e/server.mjs [--port 8123] [--dir dist] [--brotli]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? 8123));
const root = path.resolve(opt('dir', 'dist'));
const brotli = args.includes('--brotli');

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
const cache = new Map();

function load(file) {
  if (!cache.has(file)) {
    const raw = fs.readFileSync(file);
    const br = brotli
      ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : null;
    cache.set(file, { raw, br });
  }
  return cache.get(file);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.join(root, decodeURIComponent(url.pathname));
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
  // Content-hashed files (trunk's 16 digits, scripts/build-wasm.mjs's 8) never change: cache them for good, as a real
  // host would, so the service worker's precache is served from the HTTP cache.
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
});
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
