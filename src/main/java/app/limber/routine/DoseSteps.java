package app.limber.routine;

import java.util.List;
import java.util.Optional;

/**
 * The numbers a clinician writes on an exercise sheet, and one step up or down among them. Holds of 10 s or more
 * go 10 → 15 → 20 → 30 s (shared/reference/exercise-facts.md §2: start at 10 s and build to 30 s); shorter holds,
 * reps and sets come from small ladders too, so a dose never reads "Hold 11 s" or "13 reps". The planner, the
 * level-up and step-back, and per-exercise feedback all move along these steps, always within a step's
 * {@link DosageLimits}. Plain Java.
 */
public final class DoseSteps {

	/** Seconds a position is held: short holds for motor control and McGill-style endurance, then 10-30 s. */
	public static final List<Integer> HOLDS = List.of(2, 3, 5, 8, 10, 15, 20, 30);

	/** Reps per set (per side on a one-sided exercise); for a descending pyramid, the first set's reps. */
	public static final List<Integer> REPS = List.of(2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 40, 60);

	public static final List<Integer> SETS = List.of(1, 2, 3);

	private DoseSteps() {
	}

	/** The next number up the ladder, if it is within {@code max}. */
	public static Optional<Integer> up(List<Integer> ladder, int value, int max) {
		return ladder.stream().filter((n) -> n > value && n <= max).findFirst();
	}

	/** The next number down the ladder, if it is within {@code min}. */
	public static Optional<Integer> down(List<Integer> ladder, int value, int min) {
		Optional<Integer> next = Optional.empty();
		for (int n : ladder) {
			if (n < value && n >= min) {
				next = Optional.of(n);
			}
		}
		return next;
	}

	/** The ladder's number nearest {@code value} within min..max (the lower one on a tie); {@code value} if none. */
	public static int snap(List<Integer> ladder, int value, int min, int max) {
		int best = -1;
		for (int n : ladder) {
			if (n >= min && n <= max && (best < 0 || Math.abs(n - value) < Math.abs(best - value))) {
				best = n;
			}
		}
		return (best < 0) ? Math.max(min, Math.min(max, value)) : best;
	}

	private static Optional<Prescription> safe(java.util.function.Supplier<Prescription> dose) {
		try {
			return Optional.of(dose.get());
		}
		catch (IllegalArgumentException notADose) {
			return Optional.empty();
		}
	}

	public static boolean onLadder(Prescription dose) {
		return (dose.holdSeconds() == 0 || HOLDS.contains(dose.holdSeconds())) && REPS.contains(dose.reps())
				&& SETS.contains(dose.sets());
	}

	/**
	 * One step harder within the limits. A stretch or timed hold of 10 s or more holds longer first (10 → 15 → 20
	 * → 30 s); everything else does more reps first (McGill: a rep more per set), then holds a little longer.
	 * Empty when the dose is already at the top of its limits. Sets are left alone: they are how a routine fits
	 * its minutes.
	 */
	public static Optional<Prescription> stepUp(Prescription dose, DosageLimits limits) {
		Optional<Prescription> longer = (dose.holdSeconds() == 0) ? Optional.empty()
				: up(HOLDS, dose.holdSeconds(), limits.maxHold()).map(dose::withHold);
		Optional<Prescription> more = up(REPS, dose.reps(), limits.maxReps()).flatMap((reps) -> safe(() -> dose.withReps(reps)))
			.filter(limits::allows);
		if (dose.holdSeconds() >= 10) {
			return longer.or(() -> more);
		}
		return more.or(() -> longer);
	}

	/** The mirror of {@link #stepUp}: one step easier within the limits, empty at the bottom. */
	public static Optional<Prescription> stepDown(Prescription dose, DosageLimits limits) {
		Optional<Prescription> shorter = (dose.holdSeconds() == 0) ? Optional.empty()
				: down(HOLDS, dose.holdSeconds(), Math.max(1, limits.minHold())).map(dose::withHold);
		Optional<Prescription> fewer = down(REPS, dose.reps(), limits.minReps()).flatMap((reps) -> safe(() -> dose.withReps(reps)))
			.filter(limits::allows);
		if (dose.holdSeconds() >= 10) {
			return shorter.or(() -> fewer);
		}
		return fewer.or(() -> shorter);
	}

}
