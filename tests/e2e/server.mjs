// Static server for the built app (sync/static.mjs), without the sync server.
// Usage: node tests/e2e/server.mjs [--port 8123] [--dir dist] [--brotli]
import http from 'node:http';
import { staticFiles } from '../../sync/static.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? 8123));
const dir = opt('dir', 'dist');
const server = http.createServer(staticFiles(dir, { brotli: args.includes('--brotli') }));
server.listen(port, '127.0.0.1', () => console.log(`serving ${dir} on http://127.0.0.1:${port}/`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
