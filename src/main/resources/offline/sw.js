// Limber's service worker (served by OfflineController at /sw.js, never from a long-lived cache). It keeps:
// - the app shell (CSS, JS, pictures, icons), precached on install and cache-first after that;
// - each routine's session page once opened, network-first, so a saved session opens and plays offline.
// Nothing else is cached: owner pages (routines, history, account, reminders) and /api always go to the network.
// Cached session pages belong to whoever was signed in: pages tell the worker their owner (a one-way tag) and the
// worker forgets the pages when it changes (sign-out, sign-in, "delete my data"). They are in one language too: pages
// also say theirs, and the worker forgets the pages kept in another one (the switcher was used), so a session page
// opened offline is never in a language the person has left.
const VERSION = '__VERSION__';
const SHELL = `limber-shell-${VERSION}`;
const PAGES = 'limber-pages';
const META = 'limber-meta';
const PRECACHE = __PRECACHE__;
const SESSION_PAGE = /^\/routines\/[0-9a-f-]{36}\/session$/;
const SHELL_PATHS = /^\/(css|js|img)\//;
// Exercise pictures are drawn per step (tempo, hold, side, easier version in the query): one cache entry per address.
const FIGURE_PATHS = /^\/figures\//;

// Pages link static files under content-hashed names (/css/limber-<md5>.css); the shell keeps each under its plain
// name, which is safe because this worker's VERSION changes with any file's content, and a new worker a new shell.
const HASHED = /-[0-9a-f]{32}(\.[^./]+)$/;

function plain(url) {
  return url.origin + url.pathname.replace(HASHED, '$1');
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL)
    .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith('limber-shell-') && name !== SHELL)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// Each page says whose it is and where it is. A session page opened before this worker took charge is kept now.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'page') {
    const tag = event.data.tag;
    const lang = String(event.data.lang || '');
    const known = (typeof tag === 'string') ? ownerIs(`${tag} ${lang}`) : Promise.resolve();
    event.waitUntil(known.then(() => keepIfSession(String(event.data.url || ''))));
  }
});

async function keepIfSession(address) {
  const url = new URL(address, self.location.origin);
  if (url.origin !== self.location.origin || !SESSION_PAGE.test(url.pathname)) {
    return;
  }
  const pages = await caches.open(PAGES);
  if (!(await pages.match(url.origin + url.pathname))) {
    const response = await fetch(url.origin + url.pathname, { credentials: 'same-origin' });
    if (response.ok) {
      await pages.put(url.origin + url.pathname, response);
    }
  }
}

async function ownerIs(tag) {
  const meta = await caches.open(META);
  const known = await meta.match('/owner');
  const before = known ? await known.text() : null;
  if (before !== tag) {
    await caches.delete(PAGES);
    await meta.put('/owner', new Response(tag));
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (SESSION_PAGE.test(url.pathname) && request.mode === 'navigate') {
    event.respondWith(networkFirst(request, url));
  }
  else if (SHELL_PATHS.test(url.pathname)) {
    event.respondWith(cacheFirst(request, plain(url)));
  }
  else if (FIGURE_PATHS.test(url.pathname)) {
    event.respondWith(cacheFirstExact(request));
  }
});

async function networkFirst(request, url) {
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const pages = await caches.open(PAGES);
      await pages.put(key, response.clone());
    }
    return response;
  }
  catch (offline) {
    const cached = await caches.match(key, { cacheName: PAGES });
    if (cached) {
      return cached;
    }
    throw offline;
  }
}

async function cacheFirstExact(request) {
  const shell = await caches.open(SHELL);
  const cached = await shell.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await shell.put(request, response.clone());
  }
  return response;
}

async function cacheFirst(request, key) {
  const shell = await caches.open(SHELL);
  const cached = await shell.match(key, { ignoreSearch: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await shell.put(key, response.clone());
  }
  return response;
}
