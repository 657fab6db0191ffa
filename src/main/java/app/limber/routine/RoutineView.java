package app.limber.routine;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.HealthCondition;

/**
 * A routine as pages and the API show it. {@code owned} says whether the viewer owns it: only then may they edit it
 * or see its safety answers. {@code version} goes up with every change to the routine (what is made from it, such
 * as its PDF, may be kept under its id and version).
 */
public record RoutineView(UUID id, String name, int minutes, Focus focus, Level level, Setting setting,
		Set<Avoid> avoid, Set<HealthCondition> conditions, Instant safetyCheckedAt, Instant createdAt,
		List<StepView> steps, boolean owned, int version) {

	/** A routine that was never saved (version 0). */
	public RoutineView(UUID id, String name, int minutes, Focus focus, Level level, Setting setting, Set<Avoid> avoid,
			Set<HealthCondition> conditions, Instant safetyCheckedAt, Instant createdAt, List<StepView> steps,
			boolean owned) {
		this(id, name, minutes, focus, level, setting, avoid, conditions, safetyCheckedAt, createdAt, steps, owned, 0);
	}

	public int totalSeconds() {
		return this.steps.stream().mapToInt(StepView::seconds).sum();
	}

	public int secondsIn(Phase phase) {
		return this.steps.stream().filter((step) -> step.phase() == phase).mapToInt(StepView::seconds).sum();
	}

	public List<StepView> stepsIn(Phase phase) {
		return this.steps.stream().filter((step) -> step.phase() == phase).toList();
	}

	/**
	 * The step's notes for pregnancy, when the routine was built for someone pregnant (only its owner sees its
	 * answers, so only they see these).
	 */
	public List<String> pregnancyNotes(StepView step) {
		return this.conditions.contains(HealthCondition.PREGNANCY) ? step.exercise().pregnancyNotes() : List.of();
	}

	public record StepView(int index, ExerciseDetails exercise, Phase phase, Prescription prescription,
			String reasonKey, DosageLimits limits) {

		public int seconds() {
			return this.prescription.seconds();
		}

	}

}
