package app.limber.catalogue;

import app.limber.system.UrlValue;

/** Safety-check answers that don't stop the builder but rule some exercises out. */
public enum HealthCondition implements UrlValue {

	PREGNANCY, HIP_SURGERY, OSTEOPOROSIS, LEG_PAIN

}
