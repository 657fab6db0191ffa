package app.limber.routine;

import app.limber.system.UrlValue;

/**
 * How an exercise felt in a session, as the person rates it on the end screen: "Too easy", "About right" (what a
 * session without a rating counts as) or "Too hard". In JSON and forms: {@code easy}, {@code right}, {@code hard}.
 */
public enum Rating implements UrlValue {

	EASY, RIGHT, HARD

}
