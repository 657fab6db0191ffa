package app.limber.catalogue;

import app.limber.system.UrlValue;

/**
 * Where an exercise can go in a session: the warm-up of gentle movement that opens it, the main part (stretch, then
 * strengthen), or the short cool-down that ends it.
 */
public enum SessionPart implements UrlValue {

	WARM_UP, MAIN, COOL_DOWN

}
