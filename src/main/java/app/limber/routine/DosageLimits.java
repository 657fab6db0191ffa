package app.limber.routine;

import java.util.Map;
import java.util.Set;

import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.ExerciseKind;
import app.limber.catalogue.Pyramids;

/**
 * Every dose limit of Limber, in one place: the ranges a step's hold, reps and sets stay within, per kind of exercise
 * and level, narrowed per exercise wherever shared/reference/exercise-facts.md gives that exercise a dose of its own.
 * The planner, the routine editor, level-up and step-back all keep to these.
 * <ul>
 * <li>Stretches: holds of 10-30 s, 2-4 times (§2, ACSM); beginners start at 10-15 s and build to 30 s.</li>
 * <li>Mobility: 5-10 slow reps for beginners, up to 15 for regulars, short pauses of at most 5 s (§1), once or
 * twice.</li>
 * <li>Strengthening: holds of 10 s or less in the McGill style, 5-10 reps for beginners, up to 15 for regulars, up
 * to 3 sets with {@value #REST_SECONDS} s rest (§2); the McGill endurance exercises go in a descending pyramid.</li>
 * <li>Recovering from a recent strain: gentle, low reps, short holds (§4, acute).</li>
 * </ul>
 */
public record DosageLimits(int minHold, int maxHold, int minReps, int maxReps, int maxSets) {

	/** Rest between sets: McGill's 30 s (§2). */
	public static final int REST_SECONDS = 30;

	/** Kept for callers of the old name. */
	static final int DEFAULT_REST_SECONDS = REST_SECONDS;

	/**
	 * Not for beginners (§1): the full plank on the toes (beginners: knees only) and the bilateral superman (no
	 * dose found; the bird-dog loads the back less).
	 */
	private static final Set<String> NOT_FOR_BEGINNERS = Set.of("plank", "superman");

	/** Per-exercise ranges from §1, for beginners and for regulars. */
	private static final Map<String, DosageLimits[]> EXERCISES = Map.ofEntries(
			// Cat-cow: 5-10 slow cycles.
			both("cat-cow", new DosageLimits(0, 0, 5, 10, 1)),
			// Knee rolls: a breath up to a few seconds, 8-10 alternating; seated twist: 5 s × 5 each side.
			both("trunk-rotation", new DosageLimits(0, 5, 5, 10, 1)),
			both("seated-twist", new DosageLimits(2, 5, 3, 5, 1)),
			// Pelvic tilts: 2-5 s, 5 reps building to more.
			levels("pelvic-tilt", new DosageLimits(2, 5, 5, 10, 1), new DosageLimits(2, 5, 5, 15, 2)),
			levels("seated-pelvic-tilt", new DosageLimits(2, 5, 5, 10, 1), new DosageLimits(2, 5, 5, 15, 2)),
			// Prone press-up: 3-5 s, 5 building to 10-15.
			levels("prone-press-up", new DosageLimits(3, 5, 5, 10, 1), new DosageLimits(3, 5, 5, 15, 1)),
			// Chin tuck and wall angel: 2-5 s, 5-10 times.
			both("chin-tuck", new DosageLimits(2, 5, 5, 10, 3)),
			both("wall-angel", new DosageLimits(2, 5, 5, 10, 1)),
			// Bird-dog: 6-10 s (McGill: at most 10 s), 5-10 each side: one set of 5 or a 5-3-1 pyramid for beginners.
			levels("bird-dog", new DosageLimits(5, 10, 3, 5, 3), new DosageLimits(5, 10, 3, 6, 3)),
			// Dead bug: a 1-2 s pause, 5-10 each side.
			both("dead-bug", new DosageLimits(0, 2, 5, 10, 2)),
			// McGill curl-up: 8-10 s holds in a 5-3-1 pyramid, a rep more per set over time.
			levels("curl-up", new DosageLimits(8, 10, 3, 6, 3), new DosageLimits(8, 10, 3, 8, 3)),
			// Side plank on the knees: 5-10 s holds up to 30 s in all for beginners.
			levels("side-plank", new DosageLimits(5, 10, 2, 3, 1), new DosageLimits(5, 10, 3, 6, 3)),
			// Plank: 10-30 s; beginners on the knees only.
			levels("knee-plank", new DosageLimits(10, 15, 2, 5, 1), new DosageLimits(10, 30, 2, 5, 2)),
			levels("plank", new DosageLimits(10, 15, 2, 5, 1), new DosageLimits(10, 30, 2, 5, 2)),
			// Superman: no dose found; short holds and few reps for regulars only.
			both("superman", new DosageLimits(2, 5, 5, 10, 1)),
			// Seated brace: a McGill-style brace, at most 10 s.
			both("seated-brace", new DosageLimits(5, 10, 5, 10, 3)),
			// Seated figure-4: lean forward 10-15 s; standing hamstring: 3-5 times 10-30 s.
			both("seated-piriformis-stretch", new DosageLimits(10, 15, 2, 4, 1)),
			levels("standing-hamstring-stretch", new DosageLimits(10, 15, 2, 5, 1), new DosageLimits(10, 30, 2, 5, 1)),
			// Warm-up and cool-down. The reference asks for 5-10 min of light activity first (§2, M2/NIA) and gives
			// no doses of its own; Limber's warm-up stays within 1-3 min, so these stay short. Marching counts a
			// lift of each knee as one rep: up to 60, about a minute and a half.
			both("marching-on-the-spot", new DosageLimits(0, 0, 10, 60, 1)),
			both("shoulder-rolls", new DosageLimits(0, 0, 5, 10, 1)),
			both("slow-breathing", new DosageLimits(0, 0, 5, 8, 1)));

	/** The ranges for a kind of exercise at a level, before any exercise's own. */
	public static DosageLimits of(ExerciseKind kind, Level level, Focus focus) {
		boolean beginner = level == Level.BEGINNER;
		DosageLimits limits = switch (kind) {
			case STRETCH -> new DosageLimits(10, beginner ? 15 : 30, 2, 4, 1);
			case MOBILITY -> new DosageLimits(0, 5, 5, beginner ? 10 : 15, 2);
			case STRENGTHENING -> new DosageLimits(0, 10, 3, beginner ? 10 : 15, 3);
		};
		return (focus == Focus.RECOVERING) ? limits.recovering(kind) : limits;
	}

	/** The ranges for this exercise at this level and focus: its own from the reference, or its kind's. */
	public static DosageLimits of(ExerciseDetails exercise, Level level, Focus focus) {
		DosageLimits[] own = EXERCISES.get(exercise.slug());
		if (own == null) {
			return of(exercise.kind(), level, focus);
		}
		DosageLimits limits = own[(level == Level.BEGINNER) ? 0 : 1];
		// The warm-up and cool-down are gentle for everyone: recovery needs no lower limits for them.
		boolean main = exercise.fits(app.limber.catalogue.SessionPart.MAIN);
		return (focus == Focus.RECOVERING && main) ? limits.recovering(exercise.kind()) : limits;
	}

	/** Whether a beginner's routine may have this exercise at all (else its easier version stands in). */
	public static boolean forBeginners(ExerciseDetails exercise) {
		return !NOT_FOR_BEGINNERS.contains(exercise.slug());
	}

	/** Whether more than one set of this exercise goes in a descending pyramid. */
	public static boolean pyramid(ExerciseDetails exercise) {
		return Pyramids.of(exercise);
	}

	/** Easing back in after a strain: stretch holds up to 15 s, short strengthening holds, low reps. */
	private DosageLimits recovering(ExerciseKind kind) {
		int hold = switch (kind) {
			case STRETCH -> Math.min(this.maxHold, 15);
			case MOBILITY -> this.maxHold;
			case STRENGTHENING -> Math.max(this.minHold, Math.min(this.maxHold, 5));
		};
		return new DosageLimits(this.minHold, hold, this.minReps, Math.max(this.minReps, Math.min(this.maxReps, 10)),
				this.maxSets);
	}

	public boolean allows(Prescription prescription) {
		return prescription.holdSeconds() >= this.minHold && prescription.holdSeconds() <= this.maxHold
				&& prescription.reps() >= this.minReps && prescription.reps() <= this.maxReps
				&& prescription.sets() <= this.maxSets
				&& (!prescription.pyramid() || prescription.repsInSet(prescription.sets()) >= 1);
	}

	/** The nearest dosage these limits allow, on the {@link DoseSteps} ladders. */
	public Prescription clamp(Prescription prescription) {
		int hold = (prescription.holdSeconds() == 0 && this.minHold == 0) ? 0
				: DoseSteps.snap(DoseSteps.HOLDS, prescription.holdSeconds(), this.minHold, this.maxHold);
		if (this.maxHold == 0) {
			hold = 0;
		}
		int sets = Math.max(1, Math.min(this.maxSets, prescription.sets()));
		int reps = DoseSteps.snap(DoseSteps.REPS, prescription.reps(), this.minReps, this.maxReps);
		if (prescription.pyramid()) {
			while (sets > 1 && reps - 2 * (sets - 1) < 1) {
				sets--;
			}
		}
		int rest = (sets > 1) ? REST_SECONDS : 0;
		return new Prescription(hold, prescription.tempoSeconds(), reps, sets, rest, prescription.perSide(),
				prescription.pyramid() && sets > 1, prescription.transition());
	}

	private static Map.Entry<String, DosageLimits[]> both(String slug, DosageLimits limits) {
		return Map.entry(slug, new DosageLimits[] { limits, limits });
	}

	private static Map.Entry<String, DosageLimits[]> levels(String slug, DosageLimits beginner, DosageLimits regular) {
		return Map.entry(slug, new DosageLimits[] { beginner, regular });
	}

}
