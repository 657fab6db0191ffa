package app.limber.routine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * What one session's ratings changed in a routine ({@link DoseFeedback}): every step before and after, and why each
 * changed. The steps before are the routine's earlier version, which Undo restores.
 */
@Entity
@Table(name = "routine_tuning")
class RoutineTuning {

	@Id
	private UUID id;

	private UUID routineId;

	private UUID completionId;

	private LocalDate tunedOn;

	private Instant tunedAt;

	private Instant undoneAt;

	@ElementCollection
	@CollectionTable(name = "routine_tuning_step", joinColumns = @JoinColumn(name = "tuning_id"))
	@OrderColumn(name = "step_index")
	private List<TunedStep> steps = new ArrayList<>();

	protected RoutineTuning() {
	}

	RoutineTuning(UUID routineId, UUID completionId, LocalDate tunedOn, Instant tunedAt, List<TunedStep> steps) {
		this.id = UUID.randomUUID();
		this.routineId = routineId;
		this.completionId = completionId;
		this.tunedOn = tunedOn;
		this.tunedAt = tunedAt;
		this.steps.addAll(steps);
	}

	UUID getId() {
		return this.id;
	}

	UUID getRoutineId() {
		return this.routineId;
	}

	UUID getCompletionId() {
		return this.completionId;
	}

	LocalDate getTunedOn() {
		return this.tunedOn;
	}

	Instant getTunedAt() {
		return this.tunedAt;
	}

	Instant getUndoneAt() {
		return this.undoneAt;
	}

	boolean isUndone() {
		return this.undoneAt != null;
	}

	/**
	 * Undo: puts the doses from before this change back on the routine's {@code steps}. Only once, only for a
	 * change of doses, and only while the routine still has the steps and doses this change left it with; otherwise
	 * nothing changes and the exception says why.
	 */
	void undo(List<RoutineStep> routineSteps, Instant now) {
		if (isUndone() || !changesDoses()) {
			throw new RoutineEditException("undoGone", "That change is no longer the routine's latest.");
		}
		if (!standsOn(routineSteps)) {
			throw new RoutineEditException("undoGone", "The routine has changed since; change its doses by hand.");
		}
		for (int i = 0; i < routineSteps.size(); i++) {
			RoutineStep step = routineSteps.get(i);
			step.prescribe(this.steps.get(i).before(step.getPrescription()));
		}
		this.undoneAt = now;
	}

	/** Whether the routine's {@code steps} are still the exercises and doses this change left. */
	boolean standsOn(List<RoutineStep> routineSteps) {
		if (this.steps.size() != routineSteps.size()) {
			return false;
		}
		for (int i = 0; i < this.steps.size(); i++) {
			RoutineStep step = routineSteps.get(i);
			if (!step.getExerciseSlug().equals(this.steps.get(i).getExerciseSlug())
					|| !this.steps.get(i).leftAsIs(step.getPrescription())) {
				return false;
			}
		}
		return true;
	}

	List<TunedStep> getSteps() {
		return this.steps;
	}

	/** Whether it changed any dose (and not only offered an easier variation). */
	boolean changesDoses() {
		return this.steps.stream().anyMatch(TunedStep::changed);
	}

	/** One step of the routine at the time: its exercise, its dose before and after, and why it changed. */
	@Embeddable
	static class TunedStep {

		@Column(name = "exercise_slug")
		private String exerciseSlug;

		@Enumerated(EnumType.STRING)
		private DoseFeedback.Reason reason;

		private int holdBefore;

		private int repsBefore;

		private int setsBefore;

		private int restBefore;

		private boolean pyramidBefore;

		private int holdAfter;

		private int repsAfter;

		private int setsAfter;

		private int restAfter;

		private boolean pyramidAfter;

		protected TunedStep() {
		}

		TunedStep(String exerciseSlug, DoseFeedback.Reason reason, Prescription before, Prescription after) {
			this.exerciseSlug = exerciseSlug;
			this.reason = reason;
			this.holdBefore = before.holdSeconds();
			this.repsBefore = before.reps();
			this.setsBefore = before.sets();
			this.restBefore = before.restSeconds();
			this.pyramidBefore = before.pyramid();
			this.holdAfter = after.holdSeconds();
			this.repsAfter = after.reps();
			this.setsAfter = after.sets();
			this.restAfter = after.restSeconds();
			this.pyramidAfter = after.pyramid();
		}

		String getExerciseSlug() {
			return this.exerciseSlug;
		}

		DoseFeedback.Reason getReason() {
			return this.reason;
		}

		boolean changed() {
			return this.holdBefore != this.holdAfter || this.repsBefore != this.repsAfter
					|| this.setsBefore != this.setsAfter || this.restBefore != this.restAfter
					|| this.pyramidBefore != this.pyramidAfter;
		}

		/** The dose before, on a step of the routine now (which keeps its tempo and sides). */
		Prescription before(Prescription now) {
			return new Prescription(this.holdBefore, now.tempoSeconds(), this.repsBefore, this.setsBefore,
					this.restBefore, now.perSide(), this.pyramidBefore && this.setsBefore > 1, now.transition());
		}

		Prescription after(Prescription now) {
			return new Prescription(this.holdAfter, now.tempoSeconds(), this.repsAfter, this.setsAfter, this.restAfter,
					now.perSide(), this.pyramidAfter && this.setsAfter > 1, now.transition());
		}

		/** Whether a step of the routine now still has the dose this change left it with. */
		boolean leftAsIs(Prescription now) {
			return now.holdSeconds() == this.holdAfter && now.reps() == this.repsAfter && now.sets() == this.setsAfter
					&& now.restSeconds() == this.restAfter && now.pyramid() == (this.pyramidAfter && this.setsAfter > 1);
		}

	}

}
