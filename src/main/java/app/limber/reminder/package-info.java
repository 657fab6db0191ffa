/**
 * Daily reminders as calendar subscriptions: the owner of a routine picks days and a time, and gets a
 * {@code webcal://} link that any calendar app follows, with an alarm and a link back to the session.
 */
package app.limber.reminder;
