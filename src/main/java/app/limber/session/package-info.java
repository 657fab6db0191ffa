/**
 * The guided session: the player that runs a routine's timed segments, the log of completed sessions, the
 * person's history, and the level-up and step-back offers that follow from it.
 */
package app.limber.session;
