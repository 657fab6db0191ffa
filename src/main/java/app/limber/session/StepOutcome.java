package app.limber.session;

import app.limber.system.UrlValue;

/** How a step of a logged session went. */
public enum StepOutcome implements UrlValue {

	DONE,
	/** Skipped, or left after "This hurts". */
	SKIPPED,
	/** Done in its easier version after "This hurts". */
	EASIER

}
