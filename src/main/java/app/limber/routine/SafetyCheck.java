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

	/**
	 * Whether recent surgery is the only thing that stops the builder: the advice is then the surgeon's clearance
	 * alone, not a doctor's appointment within a day or two.
	 */
	static boolean onlySurgery(Collection<RedFlag> redFlags, Collection<HealthCondition> conditions) {
		return redFlags.isEmpty() && conditions.contains(HealthCondition.RECENT_SURGERY);
	}

	static Optional<RedFlag.Urgency> urgency(Collection<RedFlag> redFlags, Collection<HealthCondition> conditions) {
		Stream<RedFlag.Urgency> stops = conditions.stream().filter(HealthCondition::stopsBuilder).map((c) -> RedFlag.Urgency.SOON);
		return Stream.concat(redFlags.stream().map(RedFlag::urgency), stops).min(Enum::compareTo);
	}

}
