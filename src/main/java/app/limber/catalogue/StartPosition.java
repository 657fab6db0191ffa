package app.limber.catalogue;

import app.limber.system.UrlValue;

/** Where the body starts; the routine groups steps by it so a person gets up and down less. */
public enum StartPosition implements UrlValue {

	STANDING, SEATED, HALF_KNEELING, ALL_FOURS, SIDE_LYING, LYING_ON_BACK, LYING_FACE_DOWN;

	/** Seated means on a chair: only these need no floor. */
	public boolean needsFloor() {
		return this != STANDING && this != SEATED;
	}

}
