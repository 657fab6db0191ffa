package app.limber.routine;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

import app.limber.catalogue.HealthCondition;

/**
 * Reads the red flags of the safety check: emergency care beats seeing a doctor soon. Recent surgery stops the
 * builder too, as a "soon": the surgeon or physiotherapist clears exercise first.
 */
final class SafetyCheck {

	private SafetyCheck() {
	}

	static Optional<RedFlag.Urgency> urgency(Collection<RedFlag> redFlags) {
		return redFlags.stream().map(RedFlag::urgency).min(Enum::compareTo);
	}

	static Optional<RedFlag.Urgency> urgency(Collection<RedFlag> redFlags, Collection<HealthCondition> conditions) {
		Stream<RedFlag.Urgency> stops = conditions.stream().filter(HealthCondition::stopsBuilder).map((c) -> RedFlag.Urgency.SOON);
		return Stream.concat(redFlags.stream().map(RedFlag::urgency), stops).min(Enum::compareTo);
	}

}
