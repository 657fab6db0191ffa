/**
 * Installable and offline: the web app manifest, the service worker that keeps the app shell and opened session
 * pages for use without a network, and the one-way owner tag that tells the worker whose pages it holds.
 */
package app.limber.offline;
