package app.limber.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import app.limber.routine.DosageLimits;
import app.limber.routine.Prescription;

/**
 * When a routine should get harder or easier, and how, as plain rules.
 * <ul>
 * <li>Level up after {@value #COMFORTABLE_SESSIONS} comfortable sessions within {@value #WINDOW_DAYS} days: no "this
 * hurts", nothing skipped, and pain not rising from before to after.</li>
 * <li>Step back straight after a painful session: a "this hurts", or pain up by {@value #PAIN_RISE} or more.</li>
 * </ul>
 * Only sessions since the routine's last change of level count, so an offer isn't repeated after a decision.
 * A level changes every step's dose within its {@link DosageLimits} and keeps the routine's total time within
 * {@value #TIME_TOLERANCE_SECONDS} s where the limits allow: longer holds come with a rep fewer.
 */
final class Progression {

	static final int COMFORTABLE_SESSIONS = 3;

	static final int WINDOW_DAYS = 7;

	static final int PAIN_RISE = 2;

	static final int TIME_TOLERANCE_SECONDS = 30;

	private Progression() {
	}

	enum Direction {

		LEVEL_UP, STEP_BACK

	}

	/** What to offer, given the routine's sessions since its last change of level, newest first; null for nothing. */
	static Direction offer(List<CompletionView> sinceLastChange, LocalDate today) {
		if (sinceLastChange.isEmpty()) {
			return null;
		}
		if (painful(sinceLastChange.get(0))) {
			return Direction.STEP_BACK;
		}
		List<CompletionView> recent = sinceLastChange.stream()
			.filter((completion) -> completion.date().isAfter(today.minusDays(WINDOW_DAYS)))
			.toList();
		return (recent.size() >= COMFORTABLE_SESSIONS && recent.stream().allMatch(Progression::comfortable))
				? Direction.LEVEL_UP : null;
	}

	static boolean painful(CompletionView completion) {
		return !completion.hurts().isEmpty() || (completion.painBefore() != null && completion.painAfter() != null
				&& completion.painAfter() - completion.painBefore() >= PAIN_RISE);
	}

	static boolean comfortable(CompletionView completion) {
		return completion.hurts().isEmpty() && completion.skippedSteps().isEmpty() && !completion.painRose();
	}

	/** A step's dose and the limits it must stay within. */
	record Dose(Prescription prescription, DosageLimits limits) {
	}

	/**
	 * Every step one level harder or easier: holds of 10 s or more by 5 s (stretches toward 30 s), shorter holds
	 * by 2 s, rep-only exercises by 2 reps, and a hold already at its limit by one rep. Then the steps whose hold
	 * changed trade reps (a rep fewer for a longer hold) to bring the total back near where it was; if that is not
	 * enough, some steps stay as they were this time.
	 */
	static List<Prescription> apply(List<Dose> doses, Direction direction) {
		int sign = (direction == Direction.LEVEL_UP) ? 1 : -1;
		int before = doses.stream().mapToInt((dose) -> dose.prescription().seconds()).sum();
		List<Prescription> changed = new ArrayList<>();
		List<Boolean> tradable = new ArrayList<>();
		for (Dose dose : doses) {
			Prescription p = dose.prescription();
			DosageLimits limits = dose.limits();
			int hold = p.holdSeconds();
			int reps = p.reps();
			if (hold >= 10) {
				hold = clamp(hold + 5 * sign, limits.minHold(), limits.maxHold());
			}
			else if (hold > 0) {
				hold = clamp(hold + 2 * sign, Math.max(1, limits.minHold()), limits.maxHold());
			}
			if (hold == p.holdSeconds()) {
				// No hold to change (or it is at its limit): a rep or two more or fewer instead.
				reps = clamp(reps + ((p.holdSeconds() == 0) ? 2 : 1) * sign, limits.minReps(), limits.maxReps());
			}
			changed.add(new Prescription(hold, p.tempoSeconds(), reps, p.sets(), p.restSeconds(), p.perSide()));
			tradable.add(hold != p.holdSeconds());
		}
		// Bring the total back one rep at a time while that helps: first from steps whose hold changed (a rep
		// fewer for a longer hold), then by giving back part of a rep change, never past the step's old reps.
		for (int round = 0; round < 200; round++) {
			int gap = changed.stream().mapToInt(Prescription::seconds).sum() - before;
			if (Math.abs(gap) <= TIME_TOLERANCE_SECONDS) {
				break;
			}
			int delta = (gap > 0) ? -1 : 1;
			int step = lightestRep(changed, doses, tradable, true, gap, delta);
			if (step < 0) {
				step = lightestRep(changed, doses, tradable, false, gap, delta);
			}
			if (step < 0) {
				break;
			}
			Prescription p = changed.get(step);
			changed.set(step, new Prescription(p.holdSeconds(), p.tempoSeconds(), p.reps() + delta, p.sets(),
					p.restSeconds(), p.perSide()));
		}
		// Still too far: leave some steps as they were, from the last, keeping at least one step changed.
		for (int i = changed.size() - 1; i >= 0; i--) {
			int gap = changed.stream().mapToInt(Prescription::seconds).sum() - before;
			Prescription old = doses.get(i).prescription();
			int stillChanged = (int) IntStream.range(0, changed.size())
				.filter((j) -> !changed.get(j).equals(doses.get(j).prescription()))
				.count();
			if (Math.abs(gap) <= TIME_TOLERANCE_SECONDS || stillChanged <= 1) {
				break;
			}
			int revert = changed.get(i).seconds() - old.seconds();
			if (revert != 0 && Math.abs(gap - revert) < Math.abs(gap)) {
				changed.set(i, old);
			}
		}
		return List.copyOf(changed);
	}

	/** The step where one rep more or fewer ({@code delta}) weighs least and brings the total closer; -1 if none. */
	private static int lightestRep(List<Prescription> changed, List<Dose> doses, List<Boolean> tradable,
			boolean holdChanged, int gap, int delta) {
		int step = -1;
		int smallest = Integer.MAX_VALUE;
		for (int i = 0; i < changed.size(); i++) {
			Prescription p = changed.get(i);
			DosageLimits limits = doses.get(i).limits();
			int reps = p.reps() + delta;
			int old = doses.get(i).prescription().reps();
			boolean allowed = holdChanged ? tradable.get(i)
					: !tradable.get(i) && reps != old && Integer.signum(reps - old) == Integer.signum(p.reps() - old);
			if (!allowed || reps < limits.minReps() || reps > limits.maxReps()) {
				continue;
			}
			int weight = p.sets() * p.sides() * p.secondsPerRep();
			if (weight < smallest && Math.abs(gap + delta * weight) < Math.abs(gap)) {
				smallest = weight;
				step = i;
			}
		}
		return step;
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

}
