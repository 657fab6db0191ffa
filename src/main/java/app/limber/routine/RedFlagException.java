package app.limber.routine;

import java.util.Collection;
import java.util.Set;

import app.limber.catalogue.HealthCondition;

/**
 * The safety check found a red flag (or recent surgery): no routine, only the advice to see a clinician.
 */
public class RedFlagException extends RuntimeException {

	private final RedFlag.Urgency urgency;

	private final Set<RedFlag> redFlags;

	private final Set<HealthCondition> conditions;

	RedFlagException(RedFlag.Urgency urgency, Collection<RedFlag> redFlags, Collection<HealthCondition> conditions) {
		super("A red flag needs a clinician before exercise: " + urgency.urlValue());
		this.urgency = urgency;
		this.redFlags = Set.copyOf(redFlags);
		this.conditions = conditions.stream().filter(HealthCondition::stopsBuilder).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	public RedFlag.Urgency getUrgency() {
		return this.urgency;
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

	/** The answers besides red flags that stopped the builder (recent surgery). */
	public Set<HealthCondition> getConditions() {
		return this.conditions;
	}

}
