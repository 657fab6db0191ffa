package app.limber.catalogue;

import app.limber.system.UrlValue;

/** What an exercise does: hold a stretch, move a joint through its range, or build strength. */
public enum ExerciseKind implements UrlValue {

	STRETCH, MOBILITY, STRENGTHENING;

	/** Stretch and mobility work both belong to the first half of a routine. */
	public boolean loosens() {
		return this != STRENGTHENING;
	}

}
