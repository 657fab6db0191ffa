package app.limber.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.TestCatalogue;
import app.limber.routine.DoseFeedback.Mark;
import app.limber.routine.DoseFeedback.Outcome;
import app.limber.routine.DoseFeedback.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/** Each session tunes the next, per exercise: the rule over sequences of ratings. */
class DoseFeedbackTests {

	private static final Mark EASY = new Mark(Rating.EASY, false);

	private static final Mark RIGHT = Mark.right();

	private static final Mark HARD = new Mark(Rating.HARD, false);

	/** A bridge: 5 s holds, 8 reps, 2 sets; the beginners' strengthening limits. */
	private static final Prescription BRIDGE = new Prescription(5, 3, 8, 2, 30, false);

	private static final DosageLimits STRENGTH = new DosageLimits(0, 10, 3, 10, 3);

	/** A side plank on the knees: 10 s holds, 3 each side, beginners' own limits (5-10 s, 2-3 reps). */
	private static final Prescription SIDE_PLANK = new Prescription(10, 2, 3, 1, 0, true);

	private static final DosageLimits SIDE_PLANK_LIMITS = new DosageLimits(5, 10, 2, 3, 1);

	/** A hamstring stretch: 15 s × 2 each side; stretch limits for regulars. */
	private static final Prescription HAMSTRING = new Prescription(15, 3, 2, 1, 0, true);

	private static final DosageLimits STRETCH = new DosageLimits(10, 30, 2, 4, 1);

	/** Chin tucks, which can give or take time: 3 s × 8, up to 10 reps and 3 sets. */
	private static final Prescription CHIN_TUCK = new Prescription(3, 2, 8, 2, 30, false);

	private static final DosageLimits CHIN_TUCK_LIMITS = new DosageLimits(2, 5, 5, 10, 3);

	private static List<DoseFeedback.Step> routine(List<Mark> bridge, List<Mark> sidePlank, List<Mark> hamstring) {
		return List.of(new DoseFeedback.Step(HAMSTRING, STRETCH, false, Phase.STRETCH, hamstring),
				new DoseFeedback.Step(CHIN_TUCK, CHIN_TUCK_LIMITS, false, Phase.STRETCH, List.of()),
				new DoseFeedback.Step(BRIDGE, STRENGTH, false, Phase.STRENGTHEN, bridge),
				new DoseFeedback.Step(SIDE_PLANK, SIDE_PLANK_LIMITS, false, Phase.STRENGTHEN, sidePlank));
	}

	private static int total(List<Prescription> doses) {
		return doses.stream().mapToInt(Prescription::seconds).sum();
	}

	private static int target(List<DoseFeedback.Step> steps) {
		return steps.stream().mapToInt((step) -> step.dose().seconds()).sum();
	}

	@Test
	void twoEasyRatingsRaiseTheDoseOneStepAndTheTotalStaysWithinHalfAMinute() {
		List<DoseFeedback.Step> steps = routine(List.of(EASY, EASY), List.of(), List.of());
		Outcome outcome = DoseFeedback.tune(steps, target(steps));
		assertThat(outcome.doses().get(2).reps()).isEqualTo(10); // 8 -> 10, the next number on the reps ladder
		assertThat(outcome.doses().get(2).holdSeconds()).isEqualTo(5);
		assertThat(outcome.changes()).anySatisfy((change) -> {
			assertThat(change.index()).isEqualTo(2);
			assertThat(change.reason()).isEqualTo(Reason.EASY);
		});
		assertThat(total(outcome.doses())).isBetween(target(steps) - 30, target(steps) + 30);
	}

	@Test
	void twoEasyAmongTheLastThreeCountButAStaleOneDoesNot() {
		List<DoseFeedback.Step> inWindow = routine(List.of(RIGHT, EASY, EASY), List.of(), List.of());
		assertThat(DoseFeedback.tune(inWindow, target(inWindow)).doses().get(2).reps()).isEqualTo(10);
		// The second easy is four sessions back: only one counts.
		List<DoseFeedback.Step> stale = routine(List.of(EASY, RIGHT, RIGHT, EASY), List.of(), List.of());
		Outcome outcome = DoseFeedback.tune(stale, target(stale));
		assertThat(outcome.changes()).isEmpty();
		assertThat(outcome.doses()).containsExactlyElementsOf(stale.stream().map(DoseFeedback.Step::dose).toList());
	}

	@Test
	void noChangeWithoutTwoEasyRatingsAndSessionsWithoutRatingsAreAboutRight() {
		for (List<Mark> marks : List.of(List.<Mark>of(), List.of(EASY), List.of(RIGHT, RIGHT, RIGHT),
				List.of(EASY, RIGHT, RIGHT), List.of(RIGHT, RIGHT, EASY, EASY))) {
			List<DoseFeedback.Step> steps = routine(marks, marks, marks);
			assertThat(DoseFeedback.tune(steps, target(steps)).changes()).as("%s", marks).isEmpty();
		}
	}

	@Test
	void oneHardRatingLowersTheDoseOneStep() {
		List<DoseFeedback.Step> steps = routine(List.of(), List.of(), List.of(HARD));
		Outcome outcome = DoseFeedback.tune(steps, target(steps));
		assertThat(outcome.doses().get(0).holdSeconds()).isEqualTo(10); // 15 -> 10 s
		assertThat(outcome.changes()).anySatisfy((change) -> {
			assertThat(change.index()).isZero();
			assertThat(change.reason()).isEqualTo(Reason.HARD);
		});
		// The time the shorter hold gave back went to the chin tucks, not back to the hamstring stretch.
		assertThat(outcome.doses().get(0).reps()).isEqualTo(2);
		assertThat(total(outcome.doses())).isBetween(target(steps) - 30, target(steps) + 30);
	}

	@Test
	void aHardRatingAtTheLowestStepOffersTheEasierVariationInstead() {
		Prescription lowest = new Prescription(5, 2, 2, 1, 0, true);
		List<DoseFeedback.Step> steps = List.of(new DoseFeedback.Step(lowest, SIDE_PLANK_LIMITS, false, Phase.STRENGTHEN,
				List.of(HARD)));
		Outcome outcome = DoseFeedback.tune(steps, lowest.seconds());
		assertThat(outcome.doses()).containsExactly(lowest);
		assertThat(outcome.changes()).singleElement()
			.satisfies((change) -> assertThat(change.reason()).isEqualTo(Reason.EASIEST));
		assertThat(outcome.changesDoses()).isFalse();
	}

	@Test
	void aHurtKeepsTodaysBehaviourAndChangesNoDose() {
		List<DoseFeedback.Step> steps = routine(List.of(new Mark(Rating.EASY, true), EASY, EASY), List.of(),
				List.of(new Mark(Rating.HARD, true)));
		assertThat(DoseFeedback.tune(steps, target(steps)).changes()).isEmpty();
	}

	@Test
	void aSequenceOfRatingsStepsUpAndDownWithinTheLimits() {
		// The side plank, rated session after session; after each change its earlier ratings no longer count.
		List<Mark> since = new ArrayList<>();
		Prescription dose = new Prescription(5, 2, 2, 1, 0, true);
		List<String> doses = new ArrayList<>();
		for (Mark mark : List.of(EASY, RIGHT, EASY, EASY, EASY, EASY, EASY, EASY, EASY, EASY, HARD, RIGHT, HARD, HARD,
				HARD, HARD)) {
			since.add(0, mark);
			List<DoseFeedback.Step> steps = List.of(
					new DoseFeedback.Step(dose, SIDE_PLANK_LIMITS, false, Phase.STRENGTHEN, since),
					new DoseFeedback.Step(CHIN_TUCK, CHIN_TUCK_LIMITS, false, Phase.STRETCH, List.of()));
			Outcome outcome = DoseFeedback.tune(steps, 300);
			Prescription after = outcome.doses().get(0);
			assertThat(SIDE_PLANK_LIMITS.allows(after)).as("%s", after).isTrue();
			assertThat(DoseSteps.onLadder(after)).isTrue();
			if (!after.equals(dose)) {
				since.clear();
			}
			dose = after;
			doses.add(dose.holdSeconds() + "x" + dose.reps());
		}
		// Short holds do a rep more first, then hold longer (DoseSteps); the top and the bottom stay put.
		assertThat(doses).containsExactly("5x2", "5x2", "5x3", "5x3", "8x3", "8x3", "10x3", "10x3", "10x3", "10x3",
				"8x3", "8x3", "8x2", "5x2", "5x2", "5x2");
	}

	/** Marching on the spot: a lift of each knee is a rep at 2 s, 10-60 of them. */
	private static final DosageLimits MARCHING = new DosageLimits(0, 0, 10, 60, 1);

	/** A bridge of 10 reps in 3 sets that a "too hard" takes down to 8 reps: 48 s less. */
	private static final Prescription BIG_BRIDGE = new Prescription(5, 3, 10, 3, 30, false);

	/** A hamstring stretch already at its most reps and sets (4 × 15 s each side). */
	private static final Prescription FULL_HAMSTRING = new Prescription(15, 3, 4, 1, 0, true);

	@Test
	void aLoweringNothingElseCanMakeUpForLengthensTheWarmUpWithinItsThreeMinutes() {
		Prescription marching = new Prescription(0, 2, 30, 1, 0, false);
		List<DoseFeedback.Step> steps = List.of(new DoseFeedback.Step(marching, MARCHING, false, Phase.WARM_UP, List.of()),
				new DoseFeedback.Step(FULL_HAMSTRING, new DosageLimits(10, 15, 2, 4, 1), false, Phase.STRETCH, List.of()),
				new DoseFeedback.Step(BIG_BRIDGE, STRENGTH, false, Phase.STRENGTHEN, List.of(HARD)));
		Outcome outcome = DoseFeedback.tune(steps, target(steps));
		assertThat(outcome.doses().get(2).reps()).as("the bridge still eases").isEqualTo(8);
		assertThat(outcome.doses().get(1)).isEqualTo(FULL_HAMSTRING);
		assertThat(outcome.doses().get(0).reps()).as("more marching").isGreaterThan(30);
		assertThat(outcome.doses().get(0).seconds()).isLessThanOrEqualTo(RoutinePlanner.WARM_UP_MAX_SECONDS);
		assertThat(outcome.changes()).anySatisfy((change) -> {
			assertThat(change.index()).isZero();
			assertThat(change.reason()).isEqualTo(Reason.REBALANCE);
		});
		assertThat(total(outcome.doses())).isBetween(target(steps) - 30, target(steps) + 30);
	}

	@Test
	void aLoweringThatNoRepsSetsOrWarmUpCanMakeUpForHoldsAnotherStretchLonger() {
		List<DoseFeedback.Step> steps = List.of(
				new DoseFeedback.Step(FULL_HAMSTRING, STRETCH, false, Phase.STRETCH, List.of()),
				new DoseFeedback.Step(BIG_BRIDGE, STRENGTH, false, Phase.STRENGTHEN, List.of(HARD)));
		Outcome outcome = DoseFeedback.tune(steps, target(steps));
		assertThat(outcome.doses().get(1).reps()).isEqualTo(8);
		assertThat(outcome.doses().get(0).holdSeconds()).as("15 -> 20 s, within the regulars' 30 s").isEqualTo(20);
		assertThat(outcome.doses().get(0).reps()).isEqualTo(4);
		assertThat(total(outcome.doses())).isBetween(target(steps) - 30, target(steps) + 30);
	}

	@Test
	void aWarmUpMovementRatedTooEasyIsNotRaisedPastTheWarmUpsThreeMinutes() {
		Prescription marching = new Prescription(0, 2, 50, 1, 0, false); // 110 s
		Prescription pelvicTilt = new Prescription(2, 4, 10, 1, 0, false); // 70 s: 3 minutes in all
		List<DoseFeedback.Step> steps = List.of(new DoseFeedback.Step(marching, MARCHING, false, Phase.WARM_UP, List.of()),
				new DoseFeedback.Step(pelvicTilt, new DosageLimits(2, 5, 5, 10, 1), false, Phase.WARM_UP,
						List.of(EASY, EASY)),
				new DoseFeedback.Step(CHIN_TUCK, CHIN_TUCK_LIMITS, false, Phase.STRETCH, List.of()),
				new DoseFeedback.Step(BRIDGE, STRENGTH, false, Phase.STRENGTHEN, List.of()));
		assertThat(marching.seconds() + pelvicTilt.seconds()).isEqualTo(RoutinePlanner.WARM_UP_MAX_SECONDS);
		Outcome outcome = DoseFeedback.tune(steps, target(steps));
		assertThat(outcome.changes()).isEmpty();
		assertThat(outcome.doses()).containsExactlyElementsOf(steps.stream().map(DoseFeedback.Step::dose).toList());
	}

	/** The sweep over the catalogue as the database gives it, made once for the tests below. */
	private static Sweep sweep;

	private static synchronized Sweep sweepOfTheCatalogue() {
		if (sweep == null) {
			sweep = sweep(TestCatalogue.exercises());
		}
		return sweep;
	}

	@Test
	void overEveryPlannedRoutineLimitsHoldAndTheTotalStaysWithinHalfAMinute() {
		Sweep sweep = sweepOfTheCatalogue();
		System.out.println("DoseFeedbackTests: " + sweep.raises + " raises, " + sweep.lowerings + " lowerings over "
				+ sweep.outcomes.size() + " rated routines (outcomes #" + Integer.toHexString(sweep.outcomes.hashCode())
				+ "), " + sweep.problems.size() + " problems");
		assertThat(sweep.raises).isGreaterThan(500);
		assertThat(sweep.lowerings).isGreaterThan(500);
		assertThat(sweep.problems).as("every raise and every lowering keeps the limits and the minutes ±30 s").isEmpty();
	}

	/**
	 * The rule and the planner are deterministic: the same routines and ratings give the same changes, run after
	 * run, whatever order the catalogue comes in from the database (rows have no order of their own).
	 */
	@Test
	void theSweepGivesTheSameChangesEveryTimeWhateverOrderTheCatalogueComesIn() {
		List<ExerciseDetails> shuffled = new ArrayList<>(TestCatalogue.exercises());
		java.util.Collections.shuffle(shuffled, new java.util.Random(17));
		assertThat(shuffled).isNotEqualTo(TestCatalogue.exercises());
		Sweep again = sweep(shuffled);
		assertThat(again.outcomes).hasSize(sweepOfTheCatalogue().outcomes.size());
		assertThat(again.outcomes).isEqualTo(sweepOfTheCatalogue().outcomes);
		assertThat(again.raises).isEqualTo(sweepOfTheCatalogue().raises);
		assertThat(again.lowerings).isEqualTo(sweepOfTheCatalogue().lowerings);
	}

	/** Every planned routine, each step rated easy-easy or hard: what the rule made of it, and what broke a rule. */
	private static final class Sweep {

		private int raises;

		private int lowerings;

		private final List<String> outcomes = new ArrayList<>();

		private final List<String> problems = new ArrayList<>();

	}

	private static Sweep sweep(List<ExerciseDetails> catalogue) {
		RoutinePlanner planner = new RoutinePlanner(catalogue);
		Sweep sweep = new Sweep();
		for (int minutes = 5; minutes <= 30; minutes += 5) {
			for (Focus focus : Focus.values()) {
				for (Level level : Level.values()) {
					for (Setting setting : Setting.values()) {
						RoutineRequest request = new RoutineRequest(minutes, focus, level, setting, Set.of(), Set.of());
						Plan plan = planner.plan(request);
						int target = request.targetSeconds();
						if (Math.abs(plan.totalSeconds() - target) > 30) {
							sweep.problems.add(request + ": planned " + plan.totalSeconds() + " s");
							continue;
						}
						for (int i = 0; i < plan.steps().size(); i++) {
							for (List<Mark> marks : List.of(List.of(EASY, EASY), List.of(HARD))) {
								rate(sweep, plan, request, i, marks);
							}
						}
					}
				}
			}
		}
		return sweep;
	}

	private static void rate(Sweep sweep, Plan plan, RoutineRequest request, int rated, List<Mark> marks) {
		int target = request.targetSeconds();
		List<DoseFeedback.Step> steps = IntStream.range(0, plan.steps().size())
			.mapToObj((j) -> step(plan.steps().get(j), request, (j == rated) ? marks : List.of()))
			.toList();
		Outcome outcome = DoseFeedback.tune(steps, target);
		String what = request + " step " + rated + " " + marks.get(0).rating();
		assertThat(outcome.doses()).hasSameSizeAs(steps);
		int warmUp = 0;
		for (int j = 0; j < steps.size(); j++) {
			Prescription before = steps.get(j).dose();
			Prescription after = outcome.doses().get(j);
			if (!steps.get(j).limits().allows(after) || !DoseSteps.onLadder(after)) {
				sweep.problems.add(what + ": step " + j + " " + after + " past its limits or off the ladders");
			}
			if (!plan.steps().get(j).phase().main() && j != rated && after.seconds() < before.seconds()) {
				sweep.problems.add(what + ": the warm-up or cool-down step " + j + " was shortened to " + after);
			}
			warmUp += (plan.steps().get(j).phase() == Phase.WARM_UP) ? after.seconds() : 0;
		}
		if (warmUp > RoutinePlanner.WARM_UP_MAX_SECONDS) {
			sweep.problems.add(what + ": a warm-up of " + warmUp + " s");
		}
		int total = total(outcome.doses());
		if (Math.abs(total - target) > 30) {
			sweep.problems.add(what + ": " + total + " s for " + target + " s (planned " + plan.totalSeconds() + " s)");
		}
		boolean raised = outcome.changes().stream().anyMatch((c) -> c.reason() == Reason.EASY);
		boolean lowered = outcome.changes().stream().anyMatch((c) -> c.reason() == Reason.HARD);
		if (marks.get(0).rating() == Rating.HARD && !lowered
				&& outcome.changes().stream().noneMatch((c) -> c.reason() == Reason.EASIEST)) {
			sweep.problems.add(what + ": a hard rating lowered nothing");
		}
		sweep.raises += raised ? 1 : 0;
		sweep.lowerings += lowered ? 1 : 0;
		sweep.outcomes.add(what + " -> " + outcome.doses());
	}

	private static DoseFeedback.Step step(Plan.Step step, RoutineRequest request, List<Mark> marks) {
		return new DoseFeedback.Step(step.prescription(), RoutinePlanner.limits(step.exercise(), request),
				DosageLimits.pyramid(step.exercise()), step.phase(), marks);
	}

}
