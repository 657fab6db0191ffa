package app.limber.routine;

import java.util.Set;

import app.limber.catalogue.HealthCondition;

/** What the person told the builder: how long, what for, how fit, where, and what hurts. */
public record RoutineRequest(int minutes, Focus focus, Level level, Setting setting, Set<Avoid> avoid,
		Set<HealthCondition> conditions) {

	public static final int MIN_MINUTES = 5;

	public static final int MAX_MINUTES = 30;

	public RoutineRequest {
		if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
			throw new IllegalArgumentException("minutes must be between 5 and 30");
		}
		avoid = Set.copyOf(avoid);
		conditions = Set.copyOf(conditions);
	}

	public int targetSeconds() {
		return this.minutes * 60;
	}

}
