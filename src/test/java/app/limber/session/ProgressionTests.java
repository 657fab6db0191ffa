package app.limber.session;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.catalogue.TestCatalogue;
import app.limber.routine.DoseSteps;
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
	void levelUpHoldsGoTenFifteenTwentyThirtyAndStepBackMirrorsIt() {
		DosageLimits stretch = new DosageLimits(10, 30, 2, 4, 1);
		List<Integer> holds = new ArrayList<>();
		Prescription dose = new Prescription(10, 4, 3, 1, 0, false);
		for (int i = 0; i < 5; i++) {
			holds.add(dose.holdSeconds());
			dose = Progression.apply(List.of(new Progression.Dose(dose, stretch)), Progression.Direction.LEVEL_UP).get(0);
		}
		assertThat(holds).containsExactly(10, 15, 20, 30, 30);
		List<Integer> back = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			dose = Progression.apply(List.of(new Progression.Dose(dose, stretch)), Progression.Direction.STEP_BACK).get(0);
			back.add(dose.holdSeconds());
		}
		assertThat(back).containsExactly(20, 15, 10, 10, 10);
	}

	@Test
	void aBeginnerAtTheTopOfTheBeginnerRangesBecomesRegular() {
		DosageLimits beginner = new DosageLimits(10, 15, 2, 4, 1);
		DosageLimits regular = new DosageLimits(10, 30, 2, 4, 1);
		Prescription top = new Prescription(15, 4, 2, 1, 0, true);
		Progression.Outcome up = Progression.change(List.of(new Progression.Dose(top, beginner, regular)), Level.BEGINNER,
				Progression.Direction.LEVEL_UP, 900);
		assertThat(up.level()).isEqualTo(Level.INTERMEDIATE);
		assertThat(up.doses().get(0).holdSeconds()).isEqualTo(20);
		Progression.Outcome back = Progression.change(List.of(new Progression.Dose(up.doses().get(0), regular, beginner)),
				Level.INTERMEDIATE, Progression.Direction.STEP_BACK, 900);
		assertThat(back.level()).isEqualTo(Level.BEGINNER);
		assertThat(back.doses().get(0).holdSeconds()).isEqualTo(15);
	}

	@Test
	void everyBuiltRoutineLevelsUpAndStepsBackWithinItsLimitsTheLaddersAndItsMinutes() {
		RoutinePlanner planner = new RoutinePlanner(TestCatalogue.exercises());
		for (int minutes : new int[] { 5, 10, 15, 20, 30 }) {
			for (Focus focus : Focus.values()) {
				for (Level level : Level.values()) {
					for (Setting setting : Setting.values()) {
						RoutineRequest request = new RoutineRequest(minutes, focus, level, setting, Set.of(), Set.of());
						List<Progression.Dose> doses = doses(planner.plan(request), request);
						for (Progression.Direction direction : Progression.Direction.values()) {
							Progression.Outcome outcome = Progression.change(doses, level, direction, request.targetSeconds());
							List<Prescription> after = outcome.doses();
							String which = minutes + " " + focus + " " + level + " " + setting + " " + direction;
							for (int i = 0; i < after.size(); i++) {
								DosageLimits limits = (outcome.level() == level) ? doses.get(i).limits() : doses.get(i).otherLevel();
								assertThat(limits.allows(after.get(i))).as(which + " step " + i + " " + after.get(i)).isTrue();
								assertThat(DoseSteps.onLadder(after.get(i))).as(which + " step " + i).isTrue();
							}
							int total = after.stream().mapToInt(Prescription::seconds).sum();
							assertThat(total).as(which + ": never past the minutes")
								.isLessThanOrEqualTo(request.targetSeconds() + Progression.TIME_TOLERANCE_SECONDS);
							if (direction == Progression.Direction.LEVEL_UP && minutes >= 10) {
								assertThat(after).as(which).isNotEqualTo(doses.stream().map(Progression.Dose::prescription).toList());
							}
						}
					}
				}
			}
		}
	}

	private static List<Progression.Dose> doses(Plan plan, RoutineRequest request) {
		List<Progression.Dose> doses = new ArrayList<>();
		Level other = (request.level() == Level.BEGINNER) ? Level.INTERMEDIATE : Level.BEGINNER;
		for (Plan.Step step : plan.steps()) {
			doses.add(new Progression.Dose(step.prescription(),
					DosageLimits.of(step.exercise(), request.level(), request.focus()),
					(other == Level.BEGINNER && !DosageLimits.forBeginners(step.exercise())) ? null
							: DosageLimits.of(step.exercise(), other, request.focus())));
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
