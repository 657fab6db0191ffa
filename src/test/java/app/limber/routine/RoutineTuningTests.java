package app.limber.routine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.routine.DoseFeedback.Mark;
import app.limber.routine.DoseFeedback.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Undo of a change the ratings made, on its own (plain Java): it puts back every step's dose from before the
 * change, once, and only while the routine is as the change left it.
 */
class RoutineTuningTests {

	private static final Instant TUNED = Instant.parse("2026-12-01T08:00:00Z");

	private static final Mark EASY = new Mark(Rating.EASY, false);

	private static final Mark HARD = new Mark(Rating.HARD, false);

	/** Chin tucks that can give or take time, a bridge and a side plank on the knees. */
	private static List<RoutineStep> routine() {
		List<RoutineStep> steps = new ArrayList<>();
		steps.add(new RoutineStep("chin-tuck", Phase.STRETCH, new Prescription(3, 2, 8, 2, 30, false), "r"));
		steps.add(new RoutineStep("glute-bridge", Phase.STRENGTHEN, new Prescription(5, 3, 8, 2, 30, false), "r"));
		steps.add(new RoutineStep("side-plank", Phase.STRENGTHEN, new Prescription(10, 2, 3, 1, 0, true), "r"));
		return steps;
	}

	private static final List<DosageLimits> LIMITS = List.of(new DosageLimits(2, 5, 5, 10, 3),
			new DosageLimits(0, 10, 3, 10, 3), new DosageLimits(5, 10, 2, 3, 1));

	/** What the rule makes of these marks, applied to the routine the way {@link Routines#tune} applies it. */
	private static RoutineTuning tune(List<RoutineStep> routine, List<List<Mark>> marks) {
		List<DoseFeedback.Step> steps = new ArrayList<>();
		for (int i = 0; i < routine.size(); i++) {
			steps.add(new DoseFeedback.Step(routine.get(i).getPrescription(), LIMITS.get(i), false,
					routine.get(i).getPhase(), marks.get(i)));
		}
		int total = routine.stream().mapToInt((step) -> step.getPrescription().seconds()).sum();
		Outcome outcome = DoseFeedback.tune(steps, total);
		DoseFeedback.Reason[] reasons = new DoseFeedback.Reason[routine.size()];
		outcome.changes().forEach((change) -> reasons[change.index()] = change.reason());
		List<RoutineTuning.TunedStep> tuned = new ArrayList<>();
		for (int i = 0; i < routine.size(); i++) {
			tuned.add(new RoutineTuning.TunedStep(routine.get(i).getExerciseSlug(), reasons[i],
					routine.get(i).getPrescription(), outcome.doses().get(i)));
			routine.get(i).prescribe(outcome.doses().get(i));
		}
		return new RoutineTuning(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 12, 1), TUNED, tuned);
	}

	private static List<Prescription> doses(List<RoutineStep> routine) {
		return routine.stream().map(RoutineStep::getPrescription).toList();
	}

	@Test
	void undoPutsBackEveryDoseFromBeforeTheChangeTheRebalancedOnesToo() {
		List<RoutineStep> routine = routine();
		List<Prescription> before = doses(routine);
		RoutineTuning tuning = tune(routine, List.of(List.of(), List.of(EASY, EASY), List.of()));
		assertThat(doses(routine)).as("the bridge was raised").isNotEqualTo(before);
		assertThat(tuning.standsOn(routine)).isTrue();

		tuning.undo(routine, TUNED.plusSeconds(60));

		assertThat(doses(routine)).isEqualTo(before);
		assertThat(tuning.isUndone()).isTrue();
		assertThat(tuning.getUndoneAt()).isEqualTo(TUNED.plusSeconds(60));
	}

	@Test
	void anUndoneChangeCantBeUndoneAgain() {
		List<RoutineStep> routine = routine();
		RoutineTuning tuning = tune(routine, List.of(List.of(), List.of(), List.of(HARD)));
		tuning.undo(routine, TUNED.plusSeconds(60));
		List<Prescription> undone = doses(routine);
		assertThatThrownBy(() -> tuning.undo(routine, TUNED.plusSeconds(120))).isInstanceOf(RoutineEditException.class)
			.hasMessageContaining("no longer");
		assertThat(doses(routine)).isEqualTo(undone);
		assertThat(tuning.getUndoneAt()).isEqualTo(TUNED.plusSeconds(60));
	}

	@Test
	void aDoseChangedSinceOrAStepSwappedMeansTheChangeNoLongerStandsAndUndoChangesNothing() {
		List<RoutineStep> routine = routine();
		RoutineTuning tuning = tune(routine, List.of(List.of(), List.of(EASY, EASY), List.of()));
		routine.get(2).prescribe(new Prescription(5, 2, 2, 1, 0, true)); // the side plank, edited by hand
		List<Prescription> edited = doses(routine);
		assertThat(tuning.standsOn(routine)).isFalse();
		assertThatThrownBy(() -> tuning.undo(routine, TUNED.plusSeconds(60))).isInstanceOf(RoutineEditException.class)
			.hasMessageContaining("changed since");
		assertThat(doses(routine)).isEqualTo(edited);
		assertThat(tuning.isUndone()).isFalse();

		List<RoutineStep> swapped = routine();
		RoutineTuning other = tune(swapped, List.of(List.of(), List.of(EASY, EASY), List.of()));
		swapped.set(0, new RoutineStep("cat-cow", Phase.STRETCH, swapped.get(0).getPrescription(), "r"));
		assertThat(other.standsOn(swapped)).isFalse();
		assertThatThrownBy(() -> other.undo(swapped, TUNED.plusSeconds(60))).isInstanceOf(RoutineEditException.class);
	}

	@Test
	void anEasierVariationOfferedAloneChangedNoDoseSoThereIsNothingToUndo() {
		List<RoutineStep> routine = routine();
		routine.get(2).prescribe(new Prescription(5, 2, 2, 1, 0, true)); // the side plank at its lowest step
		List<Prescription> before = doses(routine);
		RoutineTuning tuning = tune(routine, List.of(List.of(), List.of(), List.of(HARD)));
		assertThat(doses(routine)).isEqualTo(before);
		assertThat(tuning.changesDoses()).isFalse();
		assertThatThrownBy(() -> tuning.undo(routine, TUNED.plusSeconds(60))).isInstanceOf(RoutineEditException.class);
		assertThat(doses(routine)).isEqualTo(before);
	}

}
