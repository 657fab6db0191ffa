package app.limber.routine;

import java.util.ArrayList;
import java.util.List;

import app.limber.catalogue.ExerciseDetails;

/**
 * A planned routine: a warm-up, stretch and mobility steps, then strengthening, then maybe a cool-down, each with
 * its dosage and reason. Each step's get-ready follows from where the step before it ended (see
 * {@link #withTransitions}), so the total counts the time to get down to the floor and back up.
 */
public record Plan(List<Step> steps) {

	public Plan {
		steps = withTransitions(steps);
	}

	public int totalSeconds() {
		return this.steps.stream().mapToInt(Step::seconds).sum();
	}

	public int secondsIn(Phase phase) {
		return this.steps.stream().filter((step) -> step.phase() == phase).mapToInt(Step::seconds).sum();
	}

	/** The steps with each one's move into position: down to the floor, back up, or staying where it was. */
	static List<Step> withTransitions(List<Step> steps) {
		List<Step> moved = new ArrayList<>();
		boolean onFloor = false;
		for (Step step : steps) {
			boolean floor = step.exercise().needsFloor();
			Prescription.Transition transition = transition(onFloor, floor);
			moved.add(new Step(step.exercise(), step.phase(), step.prescription().withTransition(transition),
					step.reasonKey()));
			onFloor = floor;
		}
		return List.copyOf(moved);
	}

	/** From one position to the next; a routine starts standing or sitting. */
	static Prescription.Transition transition(boolean fromFloor, boolean toFloor) {
		if (fromFloor == toFloor) {
			return Prescription.Transition.NONE;
		}
		return toFloor ? Prescription.Transition.DOWN : Prescription.Transition.UP;
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
