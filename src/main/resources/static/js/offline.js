// On every page: installs the service worker (static/../sw.js, served by the app), tells it whose page this is and in
// which language, so that it forgets one person's cached session pages before showing anything to the next (and the
// pages kept in another language once the person switches), and sends any session logged while offline as soon as
// the network is back.
import { flush } from './offline-log.js';

if ('serviceWorker' in navigator) {
  // Error pages carry no tag (null): they say nothing about whose browser this is.
  const tag = document.querySelector('meta[name="limber-owner"][content]')?.content ?? null;
  navigator.serviceWorker.register('/sw.js', { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({
      type: 'page', tag, lang: document.documentElement.lang, url: window.location.href,
    }))
    .catch(() => { /* no worker (e.g. a private window): the app works online as before */ });
}

window.addEventListener('online', () => flush());
flush();
