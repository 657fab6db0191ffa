package app.limber.routine;

import app.limber.catalogue.ExerciseKind;
import app.limber.system.UrlValue;

/** A routine loosens first, then strengthens. */
public enum Phase implements UrlValue {

	STRETCH, STRENGTHEN;

	public static Phase of(ExerciseKind kind) {
		return kind.loosens() ? STRETCH : STRENGTHEN;
	}

}
