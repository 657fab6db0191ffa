package app.limber.catalogue;

import app.limber.system.UrlValue;

/** How much load an exercise puts on the trunk; demanding ones are kept out of a recovery routine. */
public enum Intensity implements UrlValue {

	GENTLE, MODERATE, DEMANDING

}
