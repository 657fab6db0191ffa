package app.limber.routine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.ExerciseKind;
import app.limber.catalogue.HealthCondition;
import app.limber.catalogue.Intensity;
import app.limber.catalogue.StartPosition;
import app.limber.catalogue.TestCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule the planner keeps, over generated combinations of every input, on the real catalogue. */
class RoutinePlannerProperties {

	private final RoutinePlanner planner = new RoutinePlanner(TestCatalogue.exercises());

	@Provide
	Arbitrary<RoutineRequest> requests() {
		return Combinators
			.combine(Arbitraries.integers().between(RoutineRequest.MIN_MINUTES, RoutineRequest.MAX_MINUTES),
					Arbitraries.of(Focus.class), Arbitraries.of(Level.class), Arbitraries.of(Setting.class),
					Arbitraries.subsetOf(Avoid.values()), Arbitraries.subsetOf(HealthCondition.values()))
			.as(RoutineRequest::new);
	}

	@Property(tries = 1500)
	void totalIsWithinThirtySecondsOfTheMinutesAskedFor(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		Plan plan = this.planner.plan(request, seed);
		assertThat(plan.totalSeconds()).isBetween(request.targetSeconds() - 30, request.targetSeconds() + 30);
		assertThat(plan.totalSeconds()).isEqualTo(plan.steps().stream().mapToInt(Plan.Step::seconds).sum());
	}

	@Property(tries = 1500)
	void everyStretchComesBeforeEveryStrengtheningStepAndNamesItsPhase(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		List<Plan.Step> steps = this.planner.plan(request, seed).steps();
		boolean strengthening = false;
		for (Plan.Step step : steps) {
			assertThat(step.phase()).isEqualTo(Phase.of(step.exercise().kind()));
			strengthening |= step.phase() == Phase.STRENGTHEN;
			if (strengthening) {
				assertThat(step.phase()).as("nothing loosens after strengthening began").isEqualTo(Phase.STRENGTHEN);
			}
		}
	}

	@Property(tries = 1500)
	void stepsInOneStartingPositionAreNextToEachOtherWithinAPhase(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		Plan plan = this.planner.plan(request, seed);
		for (Phase phase : Phase.values()) {
			List<StartPosition> positions = plan.steps()
				.stream()
				.filter((step) -> step.phase() == phase)
				.map((step) -> step.exercise().position())
				.toList();
			Set<StartPosition> finished = new HashSet<>();
			for (int i = 0; i < positions.size(); i++) {
				assertThat(finished).as("%s comes back after another position", positions.get(i))
					.doesNotContain(positions.get(i));
				if (i + 1 < positions.size() && positions.get(i + 1) != positions.get(i)) {
					finished.add(positions.get(i));
				}
			}
		}
	}

	@Property(tries = 1500)
	void eachFocusGetsItsShareOfTime(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		Plan plan = this.planner.plan(request, seed);
		double stretchShare = (double) plan.secondsIn(Phase.STRETCH) / plan.totalSeconds();
		switch (request.focus()) {
			case TIGHT, HIPS -> assertThat(stretchShare).isGreaterThanOrEqualTo(0.6);
			case WEAK -> assertThat(1 - stretchShare).isGreaterThanOrEqualTo(0.6);
			case BALANCED -> assertThat(stretchShare).isBetween(0.4, 0.6);
			case RECOVERING -> assertThat(plan.steps()).allSatisfy((step) -> {
				assertThat(step.exercise().intensity()).isNotEqualTo(Intensity.DEMANDING);
				assertThat(step.prescription().holdSeconds()).isLessThanOrEqualTo(15);
				if (step.phase() == Phase.STRENGTHEN) {
					assertThat(step.prescription().holdSeconds()).as("light activation").isLessThanOrEqualTo(6);
				}
			});
		}
	}

	@Property(tries = 1500)
	void neverAnExerciseTheAnswersRuleOut(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		for (Plan.Step step : this.planner.plan(request, seed).steps()) {
			ExerciseDetails exercise = step.exercise();
			if (request.setting() == Setting.DESK) {
				assertThat(exercise.needsFloor()).as(exercise.slug() + " needs the floor").isFalse();
			}
			for (Avoid avoid : request.avoid()) {
				assertThat(avoid.rulesOut(exercise)).as(exercise.slug() + " involves " + avoid).isFalse();
			}
			assertThat(exercise.contraindications()).noneMatch(request.conditions()::contains);
		}
	}

	@Property(tries = 1500)
	void noExerciseRepeatsUnlessTheSuitableOnesRanOut(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		Plan plan = this.planner.plan(request, seed);
		for (Phase phase : Phase.values()) {
			List<String> slugs = plan.steps()
				.stream()
				.filter((step) -> step.phase() == phase)
				.map((step) -> step.exercise().slug())
				.toList();
			List<String> families = plan.steps()
				.stream()
				.filter((step) -> step.phase() == phase)
				.map((step) -> step.exercise().family())
				.toList();
			if (new HashSet<>(families).size() < families.size()) {
				assertThat(families).as("a second version of an exercise only once every family is in")
					.containsAll(this.planner.alternatives(phase, request).stream().map(ExerciseDetails::family).toList());
			}
			if (new HashSet<>(slugs).size() < slugs.size()) {
				assertThat(slugs).as("repeats only once every suitable exercise is in")
					.containsAll(this.planner.alternatives(phase, request).stream().map(ExerciseDetails::slug).toList());
			}
		}
	}

	@Property(tries = 1500)
	void dosageStaysWithinTheEvidenceRanges(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		for (Plan.Step step : this.planner.plan(request, seed).steps()) {
			Prescription dose = step.prescription();
			assertThat(DosageLimits.of(step.exercise().kind(), request.level(), request.focus()).allows(dose)).isTrue();
			if (step.exercise().kind() == ExerciseKind.STRETCH) {
				assertThat(dose.holdSeconds()).as("static hold").isBetween(10, 30);
				if (request.level() == Level.BEGINNER) {
					assertThat(dose.holdSeconds()).as("beginner stretch hold").isBetween(10, 15);
				}
			}
			if (step.exercise().kind() == ExerciseKind.STRENGTHENING) {
				assertThat(dose.holdSeconds()).as("McGill-style hold").isLessThanOrEqualTo(10);
			}
			assertThat(dose.perSide()).isEqualTo(step.exercise().perSide());
			if (dose.sets() > 1) {
				assertThat(dose.restSeconds()).as("rest between sets").isBetween(20, 60);
			}
		}
	}

	@Property(tries = 500)
	void theSameInputsGiveTheSameRoutine(@ForAll("requests") RoutineRequest request,
			@ForAll @LongRange(min = 0, max = 5) long seed) {
		assertThat(new RoutinePlanner(TestCatalogue.exercises()).plan(request, seed))
			.isEqualTo(this.planner.plan(request, seed));
	}

	@Property(tries = 500)
	void theTimedSegmentsAddUpToEachStepAndTheRoutine(@ForAll("requests") RoutineRequest request) {
		Plan plan = this.planner.plan(request);
		List<Prescription.Segment> all = new ArrayList<>();
		for (Plan.Step step : plan.steps()) {
			List<Prescription.Segment> segments = step.prescription().segments();
			assertThat(segments.stream().mapToInt(Prescription.Segment::seconds).sum()).isEqualTo(step.seconds());
			assertThat(segments).allMatch((segment) -> segment.seconds() > 0);
			all.addAll(segments);
		}
		assertThat(all.stream().mapToInt(Prescription.Segment::seconds).sum()).isEqualTo(plan.totalSeconds());
	}

}
