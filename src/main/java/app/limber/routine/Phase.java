package app.limber.routine;

import app.limber.catalogue.ExerciseKind;
import app.limber.catalogue.SessionPart;
import app.limber.system.UrlValue;

/** A routine warms up, loosens, then strengthens, and may end with a short cool-down. */
public enum Phase implements UrlValue {

	WARM_UP, STRETCH, STRENGTHEN, COOL_DOWN;

	/** The main-part phase of an exercise of this kind. */
	public static Phase of(ExerciseKind kind) {
		return kind.loosens() ? STRETCH : STRENGTHEN;
	}

	/** The part of a session this phase belongs to. */
	public SessionPart part() {
		return switch (this) {
			case WARM_UP -> SessionPart.WARM_UP;
			case STRETCH, STRENGTHEN -> SessionPart.MAIN;
			case COOL_DOWN -> SessionPart.COOL_DOWN;
		};
	}

	public boolean main() {
		return this == STRETCH || this == STRENGTHEN;
	}

}
