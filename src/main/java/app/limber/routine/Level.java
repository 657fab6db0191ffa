package app.limber.routine;

import app.limber.system.UrlValue;

public enum Level implements UrlValue {

	/** Stretch holds start at 10-15 s. */
	BEGINNER,
	/** Holds up to 30 s and more reps. */
	INTERMEDIATE

}
