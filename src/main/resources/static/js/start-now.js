// "Start today's routine" on the home page opens the session with ?start=now: one tap, and the session runs.
// Module scripts run in document order, so the player (session.js) is ready when this runs: it presses the
// player's own Start, then drops ?start=now from the address so that a reload shows the start screen again.
const start = document.getElementById('btn-start');
const ready = document.getElementById('session-start');
if (start && ready && !ready.hidden) {
  const url = new URL(window.location.href);
  url.searchParams.delete('start');
  window.history.replaceState(window.history.state, '', url);
  start.click();
}
