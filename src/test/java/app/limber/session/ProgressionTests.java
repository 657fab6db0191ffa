package app.limber.session;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.catalogue.TestCatalogue;
import app.limber.routine.DosageLimits;
import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.Plan;
import app.limber.routine.Prescription;
import app.limber.routine.RoutinePlanner;
import app.limber.routine.RoutineRequest;
import app.limber.routine.Setting;

import static org.assertj.core.api.Assertions.assertThat;

/** When a routine offers to level up or step back, and what that does to its doses. */
class ProgressionTests {

	private static final LocalDate TODAY = LocalDate.of(2026, Month.NOVEMBER, 25);

	@Test
	void threeComfortableSessionsInAWeekOfferALevelUp() {
		assertThat(Progression.offer(List.of(comfortable(0), comfortable(2), comfortable(6)), TODAY))
			.isEqualTo(Progression.Direction.LEVEL_UP);
	}

	@Test
	void twoAreNotEnoughAndOlderOnesDontCount() {
		assertThat(Progression.offer(List.of(comfortable(0), comfortable(2)), TODAY)).isNull();
		assertThat(Progression.offer(List.of(comfortable(0), comfortable(2), comfortable(7)), TODAY)).isNull();
		assertThat(Progression.offer(List.of(), TODAY)).isNull();
	}

	@Test
	void risingPainOrASkipIsNotComfortable() {
		assertThat(Progression.offer(List.of(session(0, 2, 3, false, false), comfortable(1), comfortable(2)), TODAY))
			.isNull();
		assertThat(Progression.offer(List.of(session(0, null, null, false, true), comfortable(1), comfortable(2)), TODAY))
			.isNull();
	}

	@Test
	void aPainfulSessionOffersAStepBack() {
		assertThat(Progression.offer(List.of(session(0, null, null, true, false), comfortable(1), comfortable(2)), TODAY))
			.isEqualTo(Progression.Direction.STEP_BACK);
		assertThat(Progression.offer(List.of(session(0, 2, 4, false, false)), TODAY))
			.isEqualTo(Progression.Direction.STEP_BACK);
	}

	@Test
	void levellingUpHoldsStretchesLongerTowardThirtySeconds() {
		DosageLimits stretch = new DosageLimits(10, 30, 2, 4, 1);
		List<Prescription> after = Progression.apply(
				List.of(new Progression.Dose(new Prescription(15, 4, 3, 1, 0, true), stretch)),
				Progression.Direction.LEVEL_UP);
		assertThat(after.get(0).holdSeconds()).isEqualTo(20);
		Prescription top = Progression
			.apply(List.of(new Progression.Dose(new Prescription(30, 4, 2, 1, 0, false), stretch)),
					Progression.Direction.LEVEL_UP)
			.get(0);
		assertThat(top.holdSeconds()).isEqualTo(30);
	}

	@Test
	void aLongerHoldComesWithARepFewerToKeepTheTime() {
		DosageLimits stretch = new DosageLimits(10, 30, 2, 4, 1);
		Prescription before = new Prescription(15, 4, 4, 1, 0, true); // 10 + 2 x 4 x 19 + 5 = 167 s
		Prescription after = Progression
			.apply(List.of(new Progression.Dose(before, stretch)), Progression.Direction.LEVEL_UP)
			.get(0);
		assertThat(after.holdSeconds()).isEqualTo(20);
		assertThat(after.reps()).isEqualTo(3);
		assertThat(Math.abs(after.seconds() - before.seconds())).isLessThanOrEqualTo(Progression.TIME_TOLERANCE_SECONDS);
	}

	@Test
	void everyBuiltRoutineLevelsUpAndStepsBackWithinItsLimitsAndAboutItsTime() {
		RoutinePlanner planner = new RoutinePlanner(TestCatalogue.exercises());
		for (int minutes : new int[] { 5, 15, 30 }) {
			for (Focus focus : Focus.values()) {
				for (Level level : Level.values()) {
					for (Setting setting : Setting.values()) {
						RoutineRequest request = new RoutineRequest(minutes, focus, level, setting, Set.of(), Set.of());
						List<Progression.Dose> doses = doses(planner.plan(request), request);
						int before = doses.stream().mapToInt((dose) -> dose.prescription().seconds()).sum();
						for (Progression.Direction direction : Progression.Direction.values()) {
							List<Prescription> after = Progression.apply(doses, direction);
							String which = minutes + " " + focus + " " + level + " " + setting + " " + direction;
							for (int i = 0; i < after.size(); i++) {
								assertThat(doses.get(i).limits().allows(after.get(i))).as(which + " step " + i).isTrue();
								assertThat(after.get(i).sets()).isEqualTo(doses.get(i).prescription().sets());
							}
							assertThat(after).as(which).isNotEqualTo(doses.stream().map(Progression.Dose::prescription).toList());
							int total = after.stream().mapToInt(Prescription::seconds).sum();
							assertThat(Math.abs(total - before)).as(which)
								.isLessThanOrEqualTo(Progression.TIME_TOLERANCE_SECONDS + 45);
						}
					}
				}
			}
		}
	}

	private static List<Progression.Dose> doses(Plan plan, RoutineRequest request) {
		List<Progression.Dose> doses = new ArrayList<>();
		for (Plan.Step step : plan.steps()) {
			doses.add(new Progression.Dose(step.prescription(),
					DosageLimits.of(step.exercise().kind(), request.level(), request.focus())));
		}
		return doses;
	}

	private static CompletionView comfortable(int daysAgo) {
		return session(daysAgo, 3, 2, false, false);
	}

	private static CompletionView session(int daysAgo, Integer painBefore, Integer painAfter, boolean hurt,
			boolean skipped) {
		return new CompletionView(UUID.randomUUID(), UUID.randomUUID(), "Routine", TODAY.minusDays(daysAgo), null, 900,
				900, painBefore, painAfter,
				List.of(new CompletionView.Step(0, "cat-cow", skipped ? StepOutcome.SKIPPED : StepOutcome.DONE, hurt),
						new CompletionView.Step(1, "bridge", StepOutcome.DONE, false)));
	}

}
