// Logging a finished session so that it is never lost and never counted twice. Each log gets an idempotency key
// and is written to this device (localStorage) before it is sent; it leaves the device only once the server has
// answered. Without a network it waits, and goes the next time the network is back or a Limber page opens. The
// server logs a key once: a repeat (two tabs, a lost answer) returns the first result. The body is kept whole, so a
// session's ratings of its exercises (issue 17) travel with it and tune the routine when it arrives.
const STORE = 'limber.offline.completions';

function pending() {
  try {
    return JSON.parse(localStorage.getItem(STORE) || '[]');
  }
  catch (broken) {
    return [];
  }
}

function keep(entries) {
  if (entries.length === 0) {
    localStorage.removeItem(STORE);
  }
  else {
    localStorage.setItem(STORE, JSON.stringify(entries));
  }
}

function forget(key) {
  keep(pending().filter((entry) => entry.key !== key));
}

function newKey() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Sends one kept log. 'sent' (or refused for good: 'rejected') takes it off the device; 'offline' keeps it. */
async function send(entry) {
  let response;
  try {
    response = await fetch(entry.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': entry.key },
      body: JSON.stringify(entry.body),
      credentials: 'same-origin',
    });
  }
  catch (offline) {
    return { status: 'offline' };
  }
  if (response.ok) {
    forget(entry.key);
    return { status: 'sent', completion: await response.json().catch(() => null) };
  }
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
    // The server will never take this one (e.g. its routine is gone): keeping it would retry forever.
    forget(entry.key);
    return { status: 'rejected', httpStatus: response.status };
  }
  return { status: 'offline' };
}

/**
 * Logs a completion: {status: 'sent'} when the server has it, {status: 'queued'} when it is kept on this device to
 * be sent later, {status: 'rejected'} when the server refused it.
 */
export async function logCompletion(url, body) {
  const entry = { url, body, key: newKey(), keptAt: new Date().toISOString() };
  keep([...pending(), entry]);
  const result = await send(entry);
  return (result.status === 'offline') ? { status: 'queued' } : result;
}

let flushing = null;

/** Sends every kept log, oldest first; stops at the first that finds no network. Returns how many are left. */
export function flush() {
  if (!flushing) {
    flushing = (async () => {
      for (const entry of pending()) {
        const result = await send(entry);
        if (result.status === 'offline') {
          break;
        }
      }
      return pending().length;
    })().finally(() => { flushing = null; });
  }
  return flushing;
}

/** How many logs are waiting on this device. */
export function waiting() {
  return pending().length;
}
