package app.limber.catalogue;

import app.limber.system.UrlValue;

public enum BodyArea implements UrlValue {

	LOWER_BACK, UPPER_BACK, NECK, CORE, OBLIQUES, GLUTES, HIPS, HIP_FLEXORS, HAMSTRINGS

}
