package app.limber.routine;

import app.limber.system.UrlValue;

public enum Setting implements UrlValue {

	/** A mat at home. */
	FLOOR,
	/** Chair and standing only, for a break at work. */
	DESK

}
