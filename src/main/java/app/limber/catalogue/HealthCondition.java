package app.limber.catalogue;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

import app.limber.system.UrlValue;

/**
 * Safety-check answers that don't stop the builder but rule some exercises out, and recent surgery, which stops it:
 * after back, belly or other surgery in the last three months the surgeon or physiotherapist clears exercise first.
 */
public enum HealthCondition implements UrlValue {

	PREGNANCY,
	/** Hip precautions: no kneeling, no bending the hip past a right angle, no crossing the legs. */
	HIP_REPLACEMENT("hip-surgery"),
	OSTEOPOROSIS,
	LEG_PAIN,
	/** Back, belly or other surgery in the last three months: no routine until a clinician clears it. */
	RECENT_SURGERY;

	private final Set<String> aliases;

	HealthCondition(String... aliases) {
		this.aliases = Set.of(aliases);
	}

	@Override
	public Set<String> aliases() {
		return this.aliases;
	}

	/** Whether this answer stops the builder, like a red flag that needs a doctor soon. */
	public boolean stopsBuilder() {
		return this == RECENT_SURGERY;
	}

	/** The conditions a routine can be built for (every one but those that stop the builder). */
	public static Set<HealthCondition> plannable() {
		return Set.of(PREGNANCY, HIP_REPLACEMENT, OSTEOPOROSIS, LEG_PAIN);
	}

	@JsonCreator
	static HealthCondition fromJson(String value) {
		return UrlValue.parse(HealthCondition.class, value);
	}

}
