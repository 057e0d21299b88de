// SDG Circle service worker (generated at build time from scripts/sw.template.js).
// After one visit the app loads and works with the network off. A new version
// installs in the background and waits: the app announces it and the person
// chooses when to switch, so nothing changes under a running workshop.
const CACHE = '__CACHE__';
const FILES = ['__FILES__'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every route of the single-page app is the same index.html.
  const key = request.mode === 'navigate' ? '/' : request;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key);
    return hit ?? fetch(request);
  })());
});
