package app.limber.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import app.limber.routine.DoseSteps;
import app.limber.routine.DosageLimits;
import app.limber.routine.Level;
import app.limber.routine.Prescription;
import app.limber.routine.Rating;

/**
 * When a routine should get harder or easier, and how, as plain rules.
 * <ul>
 * <li>Level up after {@value #COMFORTABLE_SESSIONS} comfortable sessions within {@value #WINDOW_DAYS} days: no "this
 * hurts", nothing skipped, nothing rated "too hard", and pain not rising from before to after.</li>
 * <li>Step back straight after a painful session: a "this hurts", or pain up by {@value #PAIN_RISE} or more.</li>
 * </ul>
 * Only sessions since the routine's last change of level count, so an offer isn't repeated after a decision.
 * A level changes every step's dose one {@link DoseSteps} step within its {@link DosageLimits} and keeps the
 * routine's total time within {@value #TIME_TOLERANCE_SECONDS} s of the minutes where the limits allow: longer holds
 * come with a rep or a set fewer.
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
		return completion.hurts().isEmpty() && completion.skippedSteps().isEmpty() && !completion.painRose()
				&& completion.ratings().stream().noneMatch((rated) -> rated.rating() == Rating.HARD);
	}

	/**
	 * A step's dose and the limits it must stay within; {@code otherLevel} are its limits at the other level (null
	 * when the exercise is not for beginners), so a level-up can make a beginner regular and a step-back the reverse.
	 */
	record Dose(Prescription prescription, DosageLimits limits, DosageLimits otherLevel) {

		Dose(Prescription prescription, DosageLimits limits) {
			this(prescription, limits, null);
		}

	}

	/** The doses after a level change, and the level they are at. */
	record Outcome(List<Prescription> doses, Level level) {
	}

	/**
	 * A level-up or step-back of the whole routine, on the {@link DoseSteps}: holds 10 → 15 → 20 → 30 s, reps toward
	 * the regular range, every step within its limits. A beginner whose doses have reached the top of the beginner
	 * ranges becomes regular; a regular routine whose doses all fall back into the beginner ranges becomes a
	 * beginner's again. The total stays within {@value #TIME_TOLERANCE_SECONDS} s of where it was and of
	 * {@code target} (the minutes asked for): a longer hold comes with a rep or a set fewer.
	 */
	static Outcome change(List<Dose> doses, Level level, Direction direction, int target) {
		if (direction == Direction.LEVEL_UP && level == Level.BEGINNER) {
			boolean topped = doses.stream()
				.anyMatch((dose) -> dose.otherLevel() != null && toppedOut(dose));
			if (topped) {
				List<Dose> regular = doses.stream()
					.map((dose) -> new Dose(dose.prescription(), (dose.otherLevel() != null) ? dose.otherLevel() : dose.limits(),
							dose.limits()))
					.toList();
				return new Outcome(apply(regular, direction, target), Level.INTERMEDIATE);
			}
		}
		List<Prescription> after = apply(doses, direction, target);
		if (direction == Direction.STEP_BACK && level == Level.INTERMEDIATE) {
			boolean beginnerAgain = IntStream.range(0, doses.size())
				.allMatch((i) -> doses.get(i).otherLevel() != null && doses.get(i).otherLevel().allows(after.get(i)));
			if (beginnerAgain) {
				return new Outcome(after, Level.BEGINNER);
			}
		}
		return new Outcome(after, level);
	}

	/**
	 * A beginner's dose that can only grow as a regular's: a hold at the beginners' longest that regulars hold
	 * longer (15 s → 20 s), or no step left within the beginner ranges at all.
	 */
	private static boolean toppedOut(Dose dose) {
		Prescription p = dose.prescription();
		boolean holdAtTop = p.holdSeconds() >= 10 && p.holdSeconds() >= dose.limits().maxHold()
				&& dose.otherLevel().maxHold() > p.holdSeconds();
		return (holdAtTop || DoseSteps.stepUp(p, dose.limits()).isEmpty())
				&& DoseSteps.stepUp(p, dose.otherLevel()).isPresent();
	}

	/** Every step one step harder or easier, keeping the total within the tolerance of where it was. */
	static List<Prescription> apply(List<Dose> doses, Direction direction) {
		return apply(doses, direction, doses.stream().mapToInt((dose) -> dose.prescription().seconds()).sum());
	}

	static List<Prescription> apply(List<Dose> doses, Direction direction, int target) {
		boolean up = direction == Direction.LEVEL_UP;
		int before = doses.stream().mapToInt((dose) -> dose.prescription().seconds()).sum();
		int low = Math.max(before, target) - TIME_TOLERANCE_SECONDS;
		int high = Math.min(before, target) + TIME_TOLERANCE_SECONDS;
		if (low > high) {
			low = before - TIME_TOLERANCE_SECONDS;
			high = before + TIME_TOLERANCE_SECONDS;
		}
		List<Prescription> changed = new ArrayList<>();
		for (Dose dose : doses) {
			Prescription p = dose.prescription();
			changed.add((up ? DoseSteps.stepUp(p, dose.limits()) : DoseSteps.stepDown(p, dose.limits())).orElse(p));
		}
		// Give the time back: a rep or a set fewer for a harder step (a rep or a set more for an easier one), the
		// change that lands closest first.
		for (int round = 0; round < 100; round++) {
			int total = total(changed);
			if (total >= low && total <= high) {
				break;
			}
			boolean shorten = total > high;
			int aim = shorten ? high : low;
			int best = -1;
			Prescription bestDose = null;
			int bestDistance = Math.abs(total - aim);
			for (int i = 0; i < changed.size(); i++) {
				Prescription p = changed.get(i);
				if (p.equals(doses.get(i).prescription())) {
					continue; // only the steps that changed give or take time
				}
				for (Prescription trade : trades(p, doses.get(i).limits(), shorten)) {
					int after = total - p.seconds() + trade.seconds();
					int distance = (after >= low && after <= high) ? 0 : Math.min(Math.abs(after - low), Math.abs(after - high));
					if (distance < bestDistance) {
						bestDistance = distance;
						best = i;
						bestDose = trade;
					}
				}
			}
			if (best < 0) {
				break;
			}
			changed.set(best, bestDose);
		}
		// Still out: leave some steps as they were, from the last, keeping at least one step changed.
		for (int i = changed.size() - 1; i >= 0; i--) {
			int total = total(changed);
			if (total >= low && total <= high) {
				break;
			}
			final int step = i;
			long stillChanged = IntStream.range(0, changed.size())
				.filter((j) -> j != step && !changed.get(j).equals(doses.get(j).prescription()))
				.count();
			Prescription old = doses.get(i).prescription();
			int after = total - changed.get(i).seconds() + old.seconds();
			boolean closer = Math.min(Math.abs(after - low), Math.abs(after - high)) < Math.min(Math.abs(total - low),
					Math.abs(total - high)) || (after >= low && after <= high);
			if (!changed.get(i).equals(old) && stillChanged >= 1 && closer) {
				changed.set(i, old);
			}
		}
		if (total(changed) > high && total(changed) > before) {
			return doses.stream().map(Dose::prescription).toList(); // never past the minutes: no change this time
		}
		return List.copyOf(changed);
	}

	/** A rep step or a set fewer (or more), within the limits. */
	private static List<Prescription> trades(Prescription p, DosageLimits limits, boolean shorten) {
		List<Prescription> trades = new ArrayList<>();
		(shorten ? DoseSteps.down(DoseSteps.REPS, p.reps(), limits.minReps())
				: DoseSteps.up(DoseSteps.REPS, p.reps(), limits.maxReps()))
			.ifPresent((reps) -> add(trades, limits, () -> new Prescription(p.holdSeconds(), p.tempoSeconds(), reps,
					p.sets(), p.restSeconds(), p.perSide(), p.pyramid(), p.transition())));
		(shorten ? DoseSteps.down(DoseSteps.SETS, p.sets(), 1) : DoseSteps.up(DoseSteps.SETS, p.sets(), limits.maxSets()))
			.ifPresent((sets) -> add(trades, limits, () -> new Prescription(p.holdSeconds(), p.tempoSeconds(), p.reps(),
					sets, (sets > 1) ? DosageLimits.REST_SECONDS : 0, p.perSide(), p.pyramid() && sets > 1,
					p.transition())));
		return trades;
	}

	private static void add(List<Prescription> trades, DosageLimits limits, java.util.function.Supplier<Prescription> trade) {
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
