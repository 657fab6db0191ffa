package app.limber.session;

import app.limber.system.UrlValue;

/** What the person chose after pressing "This hurts": the easier version of the exercise, or skipping it. */
public enum HurtChoice implements UrlValue {

	EASIER, SKIP

}
