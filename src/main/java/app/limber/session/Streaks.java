package app.limber.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The current streak: consecutive days with at least one session, up to today. A streak is still alive on a day
 * the person hasn't exercised yet: it counts up to yesterday until today is over.
 */
final class Streaks {

	private Streaks() {
	}

	static int current(Collection<LocalDate> days, LocalDate today) {
		Set<LocalDate> active = new HashSet<>(days);
		LocalDate day = active.contains(today) ? today : today.minusDays(1);
		int streak = 0;
		while (active.contains(day)) {
			streak++;
			day = day.minusDays(1);
		}
		return streak;
	}

}
