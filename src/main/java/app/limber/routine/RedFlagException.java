package app.limber.routine;

import java.util.Set;

/** The safety check found a red flag: no routine, only the advice to see a clinician. */
public class RedFlagException extends RuntimeException {

	private final RedFlag.Urgency urgency;

	private final Set<RedFlag> redFlags;

	RedFlagException(RedFlag.Urgency urgency, Set<RedFlag> redFlags) {
		super("A red flag needs a clinician before exercise: " + urgency.urlValue());
		this.urgency = urgency;
		this.redFlags = Set.copyOf(redFlags);
	}

	public RedFlag.Urgency getUrgency() {
		return this.urgency;
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

}
