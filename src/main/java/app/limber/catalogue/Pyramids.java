package app.limber.catalogue;

import java.util.Set;

/**
 * McGill's endurance exercises go in a descending pyramid: over more than one set their reps go down by two a set,
 * e.g. 5-3-1 (shared/reference/exercise-facts.md §2, McG2). One rule for the catalogue pages and the planner.
 */
public final class Pyramids {

	private static final Set<String> SLUGS = Set.of("curl-up", "bird-dog", "side-plank");

	private Pyramids() {
	}

	/** Whether more than one set of this exercise goes in a descending pyramid. */
	public static boolean of(ExerciseDetails exercise) {
		return SLUGS.contains(exercise.slug());
	}

	/** Whether this many reps over this many sets of the exercise make a pyramid (its last set keeps a rep). */
	public static boolean fits(ExerciseDetails exercise, int reps, int sets) {
		return of(exercise) && sets > 1 && reps - 2 * (sets - 1) >= 1;
	}

}
