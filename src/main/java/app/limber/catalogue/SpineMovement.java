package app.limber.catalogue;

import app.limber.system.UrlValue;

/** A spine movement an exercise loads; people who say one of these hurts never get such an exercise. */
public enum SpineMovement implements UrlValue {

	FLEXION, EXTENSION, ROTATION

}
