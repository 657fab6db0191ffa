package app.limber.routine;

import app.limber.catalogue.ExerciseKind;

/**
 * The evidence ranges a step's dosage stays within (shared/reference/exercise-facts.md §2): static stretches are
 * held 10-30 s, starting at 10-15 s for beginners; strengthening holds are 10 s or less in the McGill style;
 * recovery keeps holds short. Planner and editor both keep to these.
 */
public record DosageLimits(int minHold, int maxHold, int minReps, int maxReps, int maxSets) {

	/** Rest between strengthening sets when the catalogue dosage has only one. */
	static final int DEFAULT_REST_SECONDS = 30;

	public static DosageLimits of(ExerciseKind kind, Level level, Focus focus) {
		return switch (kind) {
			case STRETCH -> new DosageLimits(10, (level == Level.BEGINNER || focus == Focus.RECOVERING) ? 15 : 30, 2, 4, 1);
			case MOBILITY -> new DosageLimits(0, 5, 5, 15, 1);
			case STRENGTHENING -> (focus == Focus.RECOVERING) ? new DosageLimits(0, 6, 3, 10, 2)
					: new DosageLimits(0, 10, 3, 15, 3);
		};
	}

	public boolean allows(Prescription prescription) {
		return prescription.holdSeconds() >= this.minHold && prescription.holdSeconds() <= this.maxHold
				&& prescription.reps() >= this.minReps && prescription.reps() <= this.maxReps
				&& prescription.sets() <= this.maxSets;
	}

	/** The nearest dosage these limits allow. */
	public Prescription clamp(Prescription prescription) {
		int hold = Math.max(this.minHold, Math.min(this.maxHold, prescription.holdSeconds()));
		int reps = Math.max(this.minReps, Math.min(this.maxReps, prescription.reps()));
		int sets = Math.min(this.maxSets, prescription.sets());
		int rest = (sets > 1) ? Math.max(prescription.restSeconds(), 20) : 0;
		return new Prescription(hold, prescription.tempoSeconds(), reps, sets, rest, prescription.perSide());
	}

}
