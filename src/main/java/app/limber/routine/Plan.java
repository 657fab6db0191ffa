package app.limber.routine;

import java.util.List;

import app.limber.catalogue.ExerciseDetails;

/** A planned routine: stretch and mobility steps first, then strengthening, each with its dosage and reason. */
public record Plan(List<Step> steps) {

	public Plan {
		steps = List.copyOf(steps);
	}

	public int totalSeconds() {
		return this.steps.stream().mapToInt(Step::seconds).sum();
	}

	public int secondsIn(Phase phase) {
		return this.steps.stream().filter((step) -> step.phase() == phase).mapToInt(Step::seconds).sum();
	}

	/**
	 * One step. {@code reasonKey} names the message that says why this step is in this person's routine; the
	 * planner stays free of wording and languages.
	 */
	public record Step(ExerciseDetails exercise, Phase phase, Prescription prescription, String reasonKey) {

		public int seconds() {
			return this.prescription.seconds();
		}

	}

}
