package app.limber.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each session tunes the next, per exercise, as plain rules on the {@link DoseSteps} and within the
 * {@link DosageLimits}:
 * <ul>
 * <li>Two "too easy" ratings of an exercise in its last {@value #WINDOW} sessions raise its dose one step.</li>
 * <li>One "too hard" (in the latest session) lowers it one step; at its lowest step the easier variation is offered
 * instead.</li>
 * <li>A "this hurts" in the latest session changes nothing here: the player's easier variation or skip, and the
 * routine page's swap, stay what they were.</li>
 * <li>A session without a rating of the exercise counts as "about right".</li>
 * </ul>
 * Only sessions since the exercise's dose last changed count (the caller filters them), so one pair of ratings
 * raises a dose once. The routine still takes its minutes within {@value #TIME_TOLERANCE_SECONDS} s: the time a
 * change adds or takes away is given back by the other main exercises' reps and sets, by a raised step's own sets,
 * and, when a lowering leaves the routine short, by a longer warm-up (within its
 * {@value RoutinePlanner#WARM_UP_MAX_SECONDS} s, as the planner makes one) or cool-down, or a longer hold of
 * another main exercise; never past a limit and never by adding an exercise. A raise that can't be fitted is not
 * made, nor one that takes the warm-up past its 3 minutes; a lowering always is (safety first), and the time it
 * frees is made up as above.
 */
public final class DoseFeedback {

	/** How many of an exercise's latest sessions count. */
	public static final int WINDOW = 3;

	/** "Too easy" ratings within the window that raise a dose. */
	public static final int EASY_TO_RAISE = 2;

	public static final int TIME_TOLERANCE_SECONDS = 30;

	private DoseFeedback() {
	}

	/** What the person said about an exercise in one session. */
	public record Mark(Rating rating, boolean hurt) {

		public Mark {
			rating = (rating != null) ? rating : Rating.RIGHT;
		}

		public static Mark right() {
			return new Mark(Rating.RIGHT, false);
		}

	}

	/**
	 * One step of the routine: its dose now (with its get-ready, as the routine's total counts it), its limits,
	 * {@code pyramid} whether its sets go in a descending pyramid (see {@link DosageLimits#pyramid}), its phase
	 * (the main stretches and strengthening give and take time first; the warm-up and cool-down only make up for a
	 * lowering), and its marks in the sessions since its dose last changed, newest first.
	 */
	public record Step(Prescription dose, DosageLimits limits, boolean pyramid, Phase phase, List<Mark> marks) {

		public Step {
			marks = List.copyOf(marks);
		}

		/** A main stretch or strengthening step, as opposed to the warm-up or cool-down. */
		public boolean main() {
			return this.phase.main();
		}

		List<Mark> window() {
			return this.marks.subList(0, Math.min(WINDOW, this.marks.size()));
		}

	}

	/** Why a step's dose changed (or, for {@code EASIEST}, why the easier variation is offered). */
	public enum Reason implements app.limber.system.UrlValue {

		/** Rated too easy twice in its last three sessions: one step up. */
		EASY,
		/** Rated too hard: one step down. */
		HARD,
		/** Rated too hard at its lowest step: the dose stays, the easier variation is offered. */
		EASIEST,
		/** Given back or taken so the routine still fits its minutes. */
		REBALANCE

	}

	/** One step's change: {@code before} and {@code after} are equal for {@link Reason#EASIEST}. */
	public record Change(int index, Prescription before, Prescription after, Reason reason) {
	}

	/** Every step's dose after the session, and what changed. */
	public record Outcome(List<Prescription> doses, List<Change> changes) {

		public boolean changesDoses() {
			return this.changes.stream().anyMatch((change) -> !change.before().equals(change.after()));
		}

	}

	/** The routine's steps after a session; {@code targetSeconds} is the minutes asked for. */
	public static Outcome tune(List<Step> steps, int targetSeconds) {
		List<Prescription> before = steps.stream().map(Step::dose).toList();
		List<Prescription> after = new ArrayList<>(before);
		Reason[] reasons = new Reason[steps.size()];
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			Optional<Reason> wanted = wanted(step);
			if (wanted.isEmpty()) {
				continue;
			}
			if (wanted.get() == Reason.HARD) {
				Optional<Prescription> easier = DoseSteps.stepDown(step.dose(), step.limits());
				reasons[i] = easier.isPresent() ? Reason.HARD : Reason.EASIEST;
				after.set(i, easier.orElse(step.dose()));
			}
			else {
				Optional<Prescription> harder = DoseSteps.stepUp(step.dose(), step.limits());
				// the warm-up stays within its 3 minutes, as the planner makes it
				int warmUp = seconds(steps, after, Phase.WARM_UP);
				harder = harder.filter((dose) -> step.phase() != Phase.WARM_UP
						|| warmUp - step.dose().seconds() + dose.seconds() <= RoutinePlanner.WARM_UP_MAX_SECONDS);
				if (harder.isPresent()) {
					reasons[i] = Reason.EASY;
					after.set(i, harder.get());
				}
			}
		}
		int now = total(before);
		int low = Math.max(now, targetSeconds) - TIME_TOLERANCE_SECONDS;
		int high = Math.min(now, targetSeconds) + TIME_TOLERANCE_SECONDS;
		if (low > high) {
			low = now - TIME_TOLERANCE_SECONDS;
			high = now + TIME_TOLERANCE_SECONDS;
		}
		rebalance(steps, after, reasons, low, high);
		// A raise that could not be fitted waits: the latest raise is taken back first.
		for (int i = steps.size() - 1; i >= 0 && total(after) > high; i--) {
			if (reasons[i] == Reason.EASY) {
				after.set(i, before.get(i));
				reasons[i] = null;
				resetRebalance(before, after, reasons);
				rebalance(steps, after, reasons, low, high);
			}
		}
		if (total(after) > high && total(after) > now) {
			// never longer than the minutes allow: only the lowerings stay
			for (int i = 0; i < steps.size(); i++) {
				if (reasons[i] != Reason.HARD) {
					after.set(i, before.get(i));
					reasons[i] = (reasons[i] == Reason.EASIEST) ? Reason.EASIEST : null;
				}
			}
		}
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			if (reasons[i] != null) {
				changes.add(new Change(i, before.get(i), after.get(i), reasons[i]));
			}
		}
		return new Outcome(List.copyOf(after), List.copyOf(changes));
	}

	/** What the ratings ask for, if anything. */
	static Optional<Reason> wanted(Step step) {
		List<Mark> window = step.window();
		if (window.isEmpty() || window.get(0).hurt()) {
			return Optional.empty();
		}
		if (window.get(0).rating() == Rating.HARD) {
			return Optional.of(Reason.HARD);
		}
		long easy = window.stream().filter((mark) -> !mark.hurt() && mark.rating() == Rating.EASY).count();
		return (easy >= EASY_TO_RAISE) ? Optional.of(Reason.EASY) : Optional.empty();
	}

	private static void resetRebalance(List<Prescription> before, List<Prescription> after, Reason[] reasons) {
		for (int i = 0; i < reasons.length; i++) {
			if (reasons[i] == Reason.REBALANCE) {
				after.set(i, before.get(i));
				reasons[i] = null;
			}
		}
	}

	/**
	 * The ways time is given back or taken, in the order they are tried. A raised step's own sets count when the
	 * other steps can't land within bounds and they get closer; a last resort only when nothing before it helps.
	 */
	private enum Lever {

		/** A rep step or a set of another main step that the ratings left alone. */
		OTHERS(false),
		/**
		 * A set fewer of a raised step (only to shorten; a lowered step never gets a set more: that would undo its
		 * easing).
		 */
		OWN_SETS(false),
		/** Only to lengthen: a rep step more of the warm-up (within its 3 minutes) or the cool-down. */
		WARM_UP(true),
		/** Only to lengthen: a hold step longer of another main step that the ratings left alone. */
		HOLDS(true);

		private final boolean lastResort;

		Lever(boolean lastResort) {
			this.lastResort = lastResort;
		}

	}

	/**
	 * Brings the total back within low..high, one trade at a time, the trade that lands closest first (and of
	 * those the smallest), lever by lever ({@link Lever}).
	 */
	private static void rebalance(List<Step> steps, List<Prescription> after, Reason[] reasons, int low, int high) {
		for (int round = 0; round < 100; round++) {
			int total = total(after);
			if (total >= low && total <= high) {
				return;
			}
			boolean shorten = total > high;
			Trade best = null;
			for (Lever lever : Lever.values()) {
				if (best != null && lever.lastResort) {
					break;
				}
				Trade trade = best(steps, after, reasons, total, low, high, shorten, lever);
				if (trade != null && (best == null || trade.distance() < best.distance())) {
					best = trade;
				}
				if (best != null && best.distance() == 0) {
					break;
				}
			}
			if (best == null) {
				return;
			}
			after.set(best.index(), best.dose());
			if (reasons[best.index()] == null) {
				reasons[best.index()] = Reason.REBALANCE;
			}
			if (reasons[best.index()] == Reason.REBALANCE && best.dose().equals(steps.get(best.index()).dose())) {
				reasons[best.index()] = null;
			}
		}
	}

	private record Trade(int index, Prescription dose, int distance, int size) {
	}

	/** The best trade this lever offers; null when none helps. */
	private static Trade best(List<Step> steps, List<Prescription> after, Reason[] reasons, int total, int low,
			int high, boolean shorten, Lever lever) {
		Trade best = null;
		int warmUp = seconds(steps, after, Phase.WARM_UP);
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			boolean free = (reasons[i] == null || reasons[i] == Reason.REBALANCE) && untouched(step);
			boolean mayTrade = switch (lever) {
				case OTHERS -> step.main() && free;
				case OWN_SETS -> step.main() && reasons[i] == Reason.EASY && shorten;
				case WARM_UP -> !step.main() && free && !shorten;
				case HOLDS -> step.main() && free && !shorten;
			};
			if (!mayTrade) {
				continue;
			}
			Prescription p = after.get(i);
			for (Prescription trade : trades(p, step, shorten, lever)) {
				if (step.phase() == Phase.WARM_UP
						&& warmUp - p.seconds() + trade.seconds() > RoutinePlanner.WARM_UP_MAX_SECONDS) {
					continue;
				}
				int distance = distance(total - p.seconds() + trade.seconds(), low, high);
				int size = Math.abs(trade.seconds() - p.seconds());
				if (distance < distance(total, low, high) && (best == null || distance < best.distance()
						|| (distance == best.distance() && size < best.size()))) {
					best = new Trade(i, trade, distance, size);
				}
			}
		}
		return best;
	}

	private static int seconds(List<Step> steps, List<Prescription> doses, Phase phase) {
		int seconds = 0;
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).phase() == phase) {
				seconds += doses.get(i).seconds();
			}
		}
		return seconds;
	}

	/** A step the person rated "about right" (or not at all) latest: its dose may give or take time. */
	private static boolean untouched(Step step) {
		List<Mark> window = step.window();
		return window.isEmpty() || (!window.get(0).hurt() && window.get(0).rating() == Rating.RIGHT);
	}

	private static int distance(int total, int low, int high) {
		return (total < low) ? low - total : (total > high) ? total - high : 0;
	}

	/** The single changes a lever may make to a step's dose, within its limits. */
	private static List<Prescription> trades(Prescription p, Step step, boolean shorten, Lever lever) {
		DosageLimits limits = step.limits();
		List<Prescription> trades = new ArrayList<>();
		if (lever == Lever.OTHERS || lever == Lever.WARM_UP) {
			(shorten ? DoseSteps.down(DoseSteps.REPS, p.reps(), limits.minReps())
					: DoseSteps.up(DoseSteps.REPS, p.reps(), limits.maxReps()))
				.ifPresent((n) -> add(trades, limits, () -> p.withReps(n)));
		}
		if (lever == Lever.OTHERS || lever == Lever.OWN_SETS) {
			(shorten ? DoseSteps.down(DoseSteps.SETS, p.sets(), 1)
					: DoseSteps.up(DoseSteps.SETS, p.sets(), limits.maxSets()))
				.ifPresent((sets) -> add(trades, limits,
						() -> p.withSets(sets, (sets > 1) ? DosageLimits.REST_SECONDS : 0).withPyramid(step.pyramid())));
		}
		if (lever == Lever.HOLDS && p.holdSeconds() > 0) {
			DoseSteps.up(DoseSteps.HOLDS, p.holdSeconds(), limits.maxHold())
				.ifPresent((hold) -> add(trades, limits, () -> p.withHold(hold)));
		}
		return trades;
	}

	private static void add(List<Prescription> trades, DosageLimits limits,
			java.util.function.Supplier<Prescription> trade) {
		try {
			Prescription next = trade.get();
			if (limits.allows(next)) {
				trades.add(next);
			}
		}
		catch (IllegalArgumentException notADose) {
			// a pyramid needs enough reps for its sets
		}
	}

	private static int total(List<Prescription> doses) {
		return doses.stream().mapToInt(Prescription::seconds).sum();
	}

}
