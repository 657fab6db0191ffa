package app.limber.routine;

import app.limber.system.UrlValue;

/**
 * Safety-check answers that need a clinician rather than a routine (shared/reference/exercise-facts.md §3). Any
 * one of them stops the builder.
 */
public enum RedFlag implements UrlValue {

	SADDLE_NUMBNESS(Urgency.EMERGENCY),
	BLADDER_OR_BOWEL(Urgency.EMERGENCY),
	BOTH_LEGS(Urgency.EMERGENCY),
	CHEST_PAIN(Urgency.EMERGENCY),
	FEVER_OR_WEIGHT_LOSS(Urgency.SOON),
	CANCER_HISTORY(Urgency.SOON),
	FALL_OR_ACCIDENT(Urgency.SOON),
	NIGHT_PAIN(Urgency.SOON),
	BETWEEN_SHOULDER_BLADES(Urgency.SOON),
	/** Long-term steroids or a weakened immune system (NICE CKS: immunosuppression, steroids). */
	STEROIDS_OR_WEAK_IMMUNITY(Urgency.SOON),
	/** Injecting drugs (NICE CKS: intravenous drug use). */
	INJECTED_DRUGS(Urgency.SOON);

	private final Urgency urgency;

	RedFlag(Urgency urgency) {
		this.urgency = urgency;
	}

	public Urgency urgency() {
		return this.urgency;
	}

	public enum Urgency implements UrlValue {

		/** Emergency care now (999 / 112 / 911, or the emergency department). */
		EMERGENCY,
		/** See a doctor soon, within a day or two. */
		SOON

	}

}
