package app.limber.routine;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.TestCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

class RoutinePlannerTests {

	private final RoutinePlanner planner = new RoutinePlanner(TestCatalogue.exercises());

	private static RoutineRequest request(int minutes, Focus focus, Level level, Setting setting, Set<Avoid> avoid) {
		return new RoutineRequest(minutes, focus, level, setting, avoid, Set.of());
	}

	@Test
	void buildsFifteenMinuteRoutineWithinThirtySecondsForEveryFocusLevelAndSetting() {
		for (Focus focus : Focus.values()) {
			for (Level level : Level.values()) {
				for (Setting setting : Setting.values()) {
					Plan plan = this.planner.plan(request(15, focus, level, setting, Set.of()));
					assertThat(plan.totalSeconds()).as("%s %s %s", focus, level, setting).isBetween(870, 930);
					assertThat(plan.steps()).hasSizeGreaterThanOrEqualTo(4);
				}
			}
		}
	}

	@Test
	void aDeskRoutineNeedsNoFloor() {
		Plan plan = this.planner.plan(request(15, Focus.TIGHT, Level.BEGINNER, Setting.DESK, Set.of()));
		assertThat(plan.steps()).extracting(Plan.Step::exercise).noneMatch(ExerciseDetails::needsFloor);
		assertThat(plan.secondsIn(Phase.STRENGTHEN)).isPositive();
	}

	@Test
	void bendingForwardHurtsSoNothingFlexesTheSpine() {
		Plan plan = this.planner.plan(request(20, Focus.TIGHT, Level.BEGINNER, Setting.FLOOR, EnumSet.of(Avoid.FLEXION)));
		assertThat(plan.steps()).extracting((step) -> step.exercise().slug())
			.doesNotContain("knee-to-chest", "childs-pose", "cat-cow");
	}

	@Test
	void intermediateHoldsLongerThanBeginner() {
		Plan beginner = this.planner.plan(request(15, Focus.TIGHT, Level.BEGINNER, Setting.FLOOR, Set.of()));
		Plan intermediate = this.planner.plan(request(15, Focus.TIGHT, Level.INTERMEDIATE, Setting.FLOOR, Set.of()));
		int longestBeginnerHold = beginner.steps().stream().mapToInt((s) -> s.prescription().holdSeconds()).max().orElseThrow();
		int longestIntermediateHold = intermediate.steps().stream().mapToInt((s) -> s.prescription().holdSeconds()).max().orElseThrow();
		assertThat(longestBeginnerHold).isLessThanOrEqualTo(15);
		assertThat(longestIntermediateHold).isGreaterThan(15);
	}

	@Test
	void shuffleGivesADifferentRoutine() {
		RoutineRequest request = request(15, Focus.BALANCED, Level.BEGINNER, Setting.FLOOR, Set.of());
		Plan usual = this.planner.plan(request);
		assertThat(IntStream.rangeClosed(1, 5).mapToObj((seed) -> this.planner.plan(request, seed)))
			.anyMatch((shuffled) -> !shuffled.steps().stream().map((s) -> s.exercise().slug()).toList()
				.equals(usual.steps().stream().map((s) -> s.exercise().slug()).toList()));
	}

	@Test
	void hipsFocusStretchesTheHipsAndKeepsTheBackStill() {
		Plan plan = this.planner.plan(request(15, Focus.HIPS, Level.BEGINNER, Setting.FLOOR, Set.of()));
		assertThat(plan.steps()).filteredOn((step) -> step.phase() == Phase.STRETCH)
			.extracting((step) -> step.exercise().slug())
			.contains("hip-flexor-stretch", "piriformis-stretch");
	}

}
