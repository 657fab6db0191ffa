// Limber's service worker (served by OfflineController at /sw.js, never from a long-lived cache). It keeps:
// - the app shell (CSS, JS, pictures, icons), precached on install and cache-first after that;
// - each routine's session page once opened, network-first, so a saved session opens and plays offline.
// Nothing else is cached: owner pages (routines, history, account, reminders) and /api always go to the network.
//
// Cached session pages belong to one person in one language. The worker keeps a note of whose and which ("the
// owner": the page's one-way owner tag and its language) and forgets every kept page when it changes (sign-out,
// sign-in, "delete my data", the next person on a shared phone, the language switcher). What tells it:
// - each page, in a message once it has loaded (its meta tag, its <html lang>);
// - each page the worker fetches, in its Limber-Owner header (the same two).
// That news can come late: a page that loaded while the worker was still installing sends its message seconds
// later, and a fetch can be answered after the person changed. So:
// - every change of the note and of the kept pages is made one at a time, in order (serially);
// - a change of owner that a message or an answer claims is checked with the server first (/offline/owner answers
//   for the browser's cookies now): a late message from the first person's page can't bring them back;
// - a page is kept only when it is the current owner's, and each kept page carries its owner: one that isn't the
//   current owner's is never shown, and is dropped.
const VERSION = '__VERSION__';
const SHELL = `limber-shell-${VERSION}`;
const PAGES = 'limber-pages';
const META = 'limber-meta';
const PRECACHE = __PRECACHE__;
const SESSION_PAGE = /^\/routines\/[0-9a-f-]{36}\/session$/;
const SHELL_PATHS = /^\/(css|js|img)\//;
// Exercise pictures are drawn per step (tempo, hold, side, easier version in the query): one cache entry per address.
const FIGURE_PATHS = /^\/figures\//;
const OWNER_HEADER = 'Limber-Owner';

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

// One change at a time, in the order the news came.
let queue = Promise.resolve();

function serially(task) {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

// "tag lang": whose pages, in which language (the tag is "nobody" for a browser that owns nothing).
function owner(tag, lang) {
  return `${tag} ${String(lang || '').split('-')[0]}`;
}

// Limber-Owner: "<lang> <tag>".
function ownerOf(response) {
  const header = response.headers.get(OWNER_HEADER);
  if (header === null) {
    return null;
  }
  const [lang, tag] = header.split(' ');
  return owner(tag || '', lang);
}

async function currentOwner() {
  const known = await (await caches.open(META)).match('/owner');
  return known ? known.text() : null;
}

// What the server says the browser is now (its cookies), in the language claimed; the claim itself when offline.
async function verified(claimed) {
  try {
    const answer = await fetch('/offline/owner', { credentials: 'same-origin', cache: 'no-store' });
    if (answer.ok) {
      return owner(await answer.text(), claimed.split(' ')[1]);
    }
  }
  catch (offline) {
    // no network: a page opened offline came from this worker, so it speaks for the owner it was kept for
  }
  return claimed;
}

// Must run serially. A new owner makes the worker forget every kept page before anything else is kept or shown.
async function ownerIs(claimed) {
  const before = await currentOwner();
  if (before === claimed) {
    return claimed;
  }
  const now = await verified(claimed);
  if (before !== now) {
    await caches.delete(PAGES);
    await (await caches.open(META)).put('/owner', new Response(now));
  }
  return now;
}

// Must run serially. Keeps a session page if it is the current owner's.
async function keep(key, response) {
  const its = ownerOf(response);
  if (its === null || its !== await ownerIs(its)) {
    return;
  }
  const pages = await caches.open(PAGES);
  await pages.put(key, response);
}

// Each page says whose it is and where it is. A session page opened before this worker took charge is kept now.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'page') {
    const tag = event.data.tag;
    const claimed = (typeof tag === 'string') ? owner(tag, event.data.lang) : null;
    event.waitUntil(serially(() => ((claimed !== null) ? ownerIs(claimed) : currentOwner()))
      .then((now) => keepIfSession(String(event.data.url || ''), claimed, now)));
  }
});

async function keepIfSession(address, claimed, now) {
  const url = new URL(address, self.location.origin);
  if (url.origin !== self.location.origin || !SESSION_PAGE.test(url.pathname) || claimed === null || claimed !== now) {
    return;
  }
  const key = url.origin + url.pathname;
  if (await (await caches.open(PAGES)).match(key)) {
    return;
  }
  const response = await fetch(key, { credentials: 'same-origin' });
  if (response.ok && response.type === 'basic') {
    // Kept only if it is still the same person's page when it comes back.
    await serially(async () => {
      if (ownerOf(response) === claimed) {
        await keep(key, response);
      }
    });
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
  let response;
  try {
    response = await fetch(request);
  }
  catch (offline) {
    const cached = await serially(() => keptFor(key));
    if (cached) {
      return cached;
    }
    throw offline;
  }
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    serially(() => keep(key, copy)).catch(() => undefined);
  }
  return response;
}

// Must run serially. A kept page, only if it is the current owner's; one kept for anyone else is dropped.
async function keptFor(key) {
  const pages = await caches.open(PAGES);
  const cached = await pages.match(key);
  if (!cached) {
    return undefined;
  }
  if (ownerOf(cached) !== await currentOwner()) {
    await pages.delete(key);
    return undefined;
  }
  return cached;
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
