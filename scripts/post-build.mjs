// Trunk post-build hook:
// 0. puts the wasm loader that scripts/build-wasm.mjs wrote into index.html (build
//    hooks run before trunk writes the page);
// 1. writes the service worker, listing every file of this build (trunk's hashed
//    names change with their content, so the list must be made after the build);
// 2. translates the app shell (the first screen as plain HTML in index.html,
//    shown until the wasm mounts): an inline script with only the texts it
//    names, in every language, taken from locales/*.json;
// 3. moves the page stylesheets (pages, circle, index, print) into <template id="page-styles">, so
//    the first load does not fetch them; the first page that is not home puts them
//    back (src/ui/page_styles.rs);
// 4. release: takes out of index.html what only its reader needs: comments,
//    whitespace between lines, and the inline scripts' own (terser);
// 5. bundles the live session's client (live/client.mjs: Yjs, the Hocuspocus
//    provider, a QR encoder) as /live.js, which only a live screen loads;
//    SDG_SYNC_URL, when set, is the sync server's address (else the app's own
//    origin) and is allowed by the CSP;
// 6. adds a strict Content-Security-Policy to index.html. The wasm loader is an
//    inline module script whose text names hashed files, so it changes every build;
//    it is allowed by its SHA-256, never by 'unsafe-inline'.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');

const loaderFile = path.join(dir, '.wasm-loader.html');
if (fs.existsSync(loaderFile)) {
  // The explaining comment before the link goes too: it is for the source only.
  const marker = /(<!--(?:(?!-->)[\s\S])*-->\s*)?<link data-trunk rel="rust" data-trunk-skip[^>]*>/;
  if (!marker.test(html)) throw new Error('post-build: index.html has no skipped rust link for the loader');
  const loader = fs.readFileSync(loaderFile, 'utf8').trim();
  html = html.replace(marker, () => loader);
  fs.rmSync(loaderFile);
}

html = translateShell(html);
html = deferPageStyles(html);
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release') html = await minifyPage(html);

const syncUrl = process.env.SDG_SYNC_URL ?? '';
if (syncUrl && !/^wss?:\/\/[^\s;,'"]+$/.test(syncUrl)) throw new Error(`post-build: SDG_SYNC_URL is not a ws:// or wss:// address: ${syncUrl}`);
const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: [new URL('../live/client.mjs', import.meta.url).pathname],
  outfile: path.join(dir, 'live.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  legalComments: 'eof', // the bundled packages' licence notices
  define: { __SDG_SYNC__: JSON.stringify(syncUrl) },
  logLevel: 'warning',
});

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  // Leptos sets goal colours as inline style attributes (CSS custom properties).
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  `connect-src 'self'${syncUrl ? ` ${syncUrl}` : ''}`,
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
if (!html.includes(meta)) throw new Error('post-build: could not insert the CSP meta tag');
fs.writeFileSync(file, html);
console.log(`post-build: CSP with ${hashes.length} script hash(es)`);

const files = fs.readdirSync(dir).filter((f) => f !== 'sw.js' && fs.statSync(path.join(dir, f)).isFile());
const version = crypto.createHash('sha256');
for (const f of files.sort()) version.update(f).update(fs.readFileSync(path.join(dir, f)));
const template = fs.readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
const sw = template
  .replace("'__CACHE__'", JSON.stringify(`sdg-circle-${version.digest('hex').slice(0, 16)}`))
  .replace("['__FILES__']", JSON.stringify(['/', ...files.filter((f) => f !== 'index.html').map((f) => `/${f}`)]));
fs.writeFileSync(path.join(dir, 'sw.js'), sw);
console.log(`post-build: service worker precaches ${files.length} files`);

function deferPageStyles(page) {
  const link = /<link rel="stylesheet" href="\/(?:pages|circle|index|print)-[0-9a-f]+\.css"[^>]*>\s*/g;
  const links = [...page.matchAll(link)].map(([tag]) => tag.trim());
  if (links.length !== 4) throw new Error(`post-build: expected the pages, circle, index and print stylesheets, found ${links.length}`);
  const template = `<template id="page-styles">${links.join('')}</template>\n    `;
  let placed = false;
  return page.replace(link, () => (placed ? '' : ((placed = true), template)));
}

function translateShell(page) {
  const keys = [...new Set([...page.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map(([, k]) => k))];
  const locales = fs.readdirSync(new URL('../locales/', import.meta.url)).filter((f) => f.endsWith('.json'));
  const texts = {};
  for (const f of locales) {
    const all = JSON.parse(fs.readFileSync(new URL(`../locales/${f}`, import.meta.url), 'utf8'));
    texts[f.slice(0, -5)] = Object.fromEntries(keys.map((k) => {
      const text = k.split('.').reduce((o, part) => o?.[part], all);
      if (typeof text !== 'string') throw new Error(`post-build: locales/${f} has no text for ${k}`);
      return [k, text];
    }));
  }
  // Picks the language the app will start in: the one chosen before on this
  // device, else the browser's first supported one, else English.
  const script = `(() => {
  const texts = ${JSON.stringify(texts)};
  let lang = null;
  try { lang = localStorage.getItem('sdg-circle/v1/ui-language'); } catch (e) {}
  if (!texts[lang]) lang = [...(navigator.languages || [navigator.language])]
    .map((l) => String(l).slice(0, 2).toLowerCase()).find((l) => texts[l]) || 'en';
  const t = texts[lang], shell = document.getElementById('app-shell');
  document.documentElement.lang = lang;
  for (const el of shell.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n];
  for (const el of shell.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t[el.dataset.i18nLabel]);
  if (location.pathname === '/') shell.querySelector('nav a[href="/"]').setAttribute('aria-current', 'page');
  else for (const el of shell.querySelectorAll('[data-home]')) el.remove();
})();`;
  const marker = '<noscript>';
  if (!page.includes('id="app-shell"') || !page.includes(marker)) throw new Error('post-build: no app shell in index.html');
  return page.replace(/<script>\(\(\) => \{\n  const texts[\s\S]*?<\/script>\s*/g, '').replace(marker, `<script>${script}</script>\n    ${marker}`);
}

// Comments and line breaks with their indentation go, outside scripts (none of
// the page's text is in a <pre>), and each inline script is minified: the first
// load is smaller by what only a reader of the source needs.
async function minifyPage(page) {
  const { minify } = await import('terser');
  const parts = [];
  let last = 0;
  for (const m of page.matchAll(/(<script\b([^>]*)>)([\s\S]*?)(<\/script>)/g)) {
    parts.push(markup(page.slice(last, m.index)));
    const [, open, attrs, body, close] = m;
    if (/\bsrc=/.test(attrs)) {
      parts.push(open + body + close);
    } else {
      const module = /type="module"/.test(attrs);
      const { code } = await minify(body, { module, compress: true, mangle: true });
      parts.push(open + code + close);
    }
    last = m.index + m[0].length;
  }
  parts.push(markup(page.slice(last)));
  return parts.join('');
}

function markup(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, '\n');
}
