package app.limber.routine;

import java.util.Collection;
import java.util.Optional;

/** Reads the red flags of the safety check: emergency care beats seeing a doctor soon. */
final class SafetyCheck {

	private SafetyCheck() {
	}

	static Optional<RedFlag.Urgency> urgency(Collection<RedFlag> redFlags) {
		return redFlags.stream().map(RedFlag::urgency).min(Enum::compareTo);
	}

}
