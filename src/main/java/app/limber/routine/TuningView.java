package app.limber.routine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.limber.catalogue.ExerciseDetails;

/**
 * What a session's ratings changed in a routine, as pages show it: "Bridge: 10 → 12 reps — you rated it too easy
 * twice". {@code undoable}: it is the routine's latest change, not undone, and nothing has changed the routine's
 * doses since, so Undo can restore the version before it.
 */
public record TuningView(UUID id, UUID routineId, String routineName, UUID completionId, LocalDate date,
		Instant tunedAt, Instant undoneAt, boolean undoable, int minutes, List<Change> changes) {

	public boolean undone() {
		return this.undoneAt != null;
	}

	/** Changes to doses, as opposed to an easier variation offered. */
	public boolean changesDoses() {
		return this.changes.stream().anyMatch((change) -> change.reason() != DoseFeedback.Reason.EASIEST);
	}

	/**
	 * One step's change. {@code what} is the one number that moved ({@code hold}, {@code reps} or {@code sets},
	 * from {@code from} to {@code to}), or {@code dose} when more than one did (then the pages write both doses).
	 */
	public record Change(int index, ExerciseDetails exercise, DoseFeedback.Reason reason, Prescription before,
			Prescription after) {

		public String what() {
			boolean hold = this.before.holdSeconds() != this.after.holdSeconds();
			boolean reps = this.before.reps() != this.after.reps();
			boolean sets = this.before.sets() != this.after.sets();
			int moved = (hold ? 1 : 0) + (reps ? 1 : 0) + (sets ? 1 : 0);
			if (moved != 1) {
				return "dose";
			}
			return hold ? "hold" : reps ? "reps" : "sets";
		}

		public int from() {
			return switch (what()) {
				case "hold" -> this.before.holdSeconds();
				case "reps" -> this.before.reps();
				default -> this.before.sets();
			};
		}

		public int to() {
			return switch (what()) {
				case "hold" -> this.after.holdSeconds();
				case "reps" -> this.after.reps();
				default -> this.after.sets();
			};
		}

		public String reasonKey() {
			return "tuning.why." + this.reason.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
