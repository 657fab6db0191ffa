package app.limber.routine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import app.limber.catalogue.BodyArea;
import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.ExerciseKind;
import app.limber.catalogue.Intensity;

/**
 * Builds a daily routine from the catalogue: stretching and mobility first, then strengthening; fitted to the
 * minutes asked for; dosed within {@link DosageLimits}; never an exercise the person said hurts them or that their
 * safety answers rule out. Plain Java and deterministic: the same request and seed give the same plan.
 */
public final class RoutinePlanner {

	/** How close each phase is brought to its share of the time; the whole routine then lands within ±30 s. */
	static final int PHASE_TOLERANCE_SECONDS = 10;

	private final List<ExerciseDetails> catalogue;

	public RoutinePlanner(List<ExerciseDetails> catalogue) {
		this.catalogue = List.copyOf(catalogue);
	}

	public Plan plan(RoutineRequest request) {
		return plan(request, 0);
	}

	/** A seed other than 0 shuffles the choice of exercises; every rule still holds. */
	public Plan plan(RoutineRequest request, long shuffleSeed) {
		return plan(request, shuffleSeed, Set.of());
	}

	/** A plan without the exercises the person took out of their routine (by slug). */
	public Plan plan(RoutineRequest request, long shuffleSeed, Set<String> excluded) {
		List<ExerciseDetails> loosening = ranked(request, Phase.STRETCH, shuffleSeed);
		List<ExerciseDetails> strengthening = ranked(request, Phase.STRENGTHEN, shuffleSeed);
		if (!excluded.isEmpty()) {
			loosening = loosening.stream().filter((exercise) -> !excluded.contains(exercise.slug())).toList();
			strengthening = strengthening.stream().filter((exercise) -> !excluded.contains(exercise.slug())).toList();
		}
		int target = request.targetSeconds();
		int loosenBudget;
		if (loosening.isEmpty()) {
			loosenBudget = 0;
		}
		else if (strengthening.isEmpty()) {
			loosenBudget = target;
		}
		else {
			loosenBudget = (int) Math.round(target * request.focus().loosenShare());
		}
		List<Plan.Step> steps = new ArrayList<>();
		steps.addAll(fill(loosening, loosenBudget, Phase.STRETCH, request));
		steps.addAll(fill(strengthening, target - loosenBudget, Phase.STRENGTHEN, request));
		return new Plan(steps);
	}

	/** Whether an exercise may appear in this person's routine at all. */
	public boolean suits(ExerciseDetails exercise, RoutineRequest request) {
		if (request.setting() == Setting.DESK && exercise.needsFloor()) {
			return false;
		}
		if (request.avoid().stream().anyMatch((avoid) -> avoid.rulesOut(exercise))) {
			return false;
		}
		if (exercise.contraindications().stream().anyMatch(request.conditions()::contains)) {
			return false;
		}
		return request.focus() != Focus.RECOVERING || exercise.intensity() != Intensity.DEMANDING;
	}

	/** The exercises that could take a step's place, best first. */
	public List<ExerciseDetails> alternatives(Phase phase, RoutineRequest request) {
		return ranked(request, phase, 0);
	}

	/** The starting dosage for this person: the catalogue's for their level, kept within the limits. */
	public static Prescription startingDose(ExerciseDetails exercise, RoutineRequest request) {
		var dosage = (request.level() == Level.BEGINNER) ? exercise.beginnerDosage() : exercise.regularDosage();
		return DosageLimits.of(exercise.kind(), request.level(), request.focus())
			.clamp(Prescription.of(dosage, exercise.perSide()));
	}

	/** The message key of the one-line reason this exercise is in a routine with this focus. */
	public static String reasonKey(ExerciseDetails exercise, Focus focus) {
		return "reason." + focus.urlValue() + "." + mainArea(exercise, focus).urlValue();
	}

	/** The area of an exercise that matters most for this focus. */
	static BodyArea mainArea(ExerciseDetails exercise, Focus focus) {
		Phase phase = Phase.of(exercise.kind());
		return exercise.areas()
			.stream()
			.max(Comparator.comparingInt((BodyArea area) -> weight(focus, phase, area))
				.thenComparing(Comparator.reverseOrder()))
			.orElse(BodyArea.LOWER_BACK);
	}

	private List<ExerciseDetails> ranked(RoutineRequest request, Phase phase, long shuffleSeed) {
		Random random = new Random(shuffleSeed);
		Map<String, Double> scores = new HashMap<>();
		for (ExerciseDetails exercise : this.catalogue) {
			double jitter = (shuffleSeed == 0) ? 0 : random.nextDouble() * 4;
			// With a mat at hand, mat exercises come first; chair and standing ones fill in.
			double onTheMat = (request.setting() == Setting.FLOOR && exercise.needsFloor()) ? 1 : 0;
			scores.put(exercise.slug(), score(exercise, request.focus()) + onTheMat + jitter);
		}
		List<ExerciseDetails> pool = new ArrayList<>(this.catalogue.stream()
			.filter((exercise) -> Phase.of(exercise.kind()) == phase && suits(exercise, request))
			.sorted(Comparator.comparingDouble((ExerciseDetails exercise) -> -scores.get(exercise.slug()))
				.thenComparing(ExerciseDetails::slug))
			.toList());
		// Variety: each exercise already picked for an area makes the next one for that area less attractive, so
		// a routine doesn't stretch the hamstrings twice before it has touched the hips.
		List<ExerciseDetails> ranked = new ArrayList<>();
		Map<BodyArea, Integer> picked = new EnumMap<>(BodyArea.class);
		while (!pool.isEmpty()) {
			ExerciseDetails best = pool.get(0);
			double bestScore = Double.NEGATIVE_INFINITY;
			for (ExerciseDetails candidate : pool) {
				double adjusted = scores.get(candidate.slug())
						- 4 * picked.getOrDefault(mainArea(candidate, request.focus()), 0);
				if (adjusted > bestScore) {
					bestScore = adjusted;
					best = candidate;
				}
			}
			pool.remove(best);
			ranked.add(best);
			picked.merge(mainArea(best, request.focus()), 1, Integer::sum);
		}
		return ranked;
	}

	/** How well an exercise serves a focus: its most relevant area counts double. */
	static double score(ExerciseDetails exercise, Focus focus) {
		Phase phase = Phase.of(exercise.kind());
		int best = 0;
		int sum = 0;
		for (BodyArea area : exercise.areas()) {
			int weight = weight(focus, phase, area);
			best = Math.max(best, weight);
			sum += weight;
		}
		double score = best * 2 + (sum - best);
		if (focus == Focus.RECOVERING) {
			score += (exercise.kind() == ExerciseKind.MOBILITY) ? 3 : 0;
			score += (exercise.intensity() == Intensity.GENTLE) ? 3 : 0;
		}
		if (focus == Focus.HIPS && phase == Phase.STRETCH && !exercise.spineLoads().isEmpty()) {
			score -= 5; // stretch the hips, keep the back stable
		}
		return score;
	}

	private static final Map<Focus, Map<BodyArea, Integer>> LOOSEN_WEIGHTS = new EnumMap<>(Focus.class);

	private static final Map<Focus, Map<BodyArea, Integer>> STRENGTHEN_WEIGHTS = new EnumMap<>(Focus.class);

	static {
		LOOSEN_WEIGHTS.put(Focus.TIGHT, Map.of(BodyArea.HIP_FLEXORS, 4, BodyArea.HAMSTRINGS, 4, BodyArea.LOWER_BACK, 3,
				BodyArea.GLUTES, 2, BodyArea.HIPS, 2, BodyArea.UPPER_BACK, 2, BodyArea.NECK, 1));
		LOOSEN_WEIGHTS.put(Focus.WEAK, Map.of(BodyArea.UPPER_BACK, 3, BodyArea.NECK, 2, BodyArea.HIP_FLEXORS, 2,
				BodyArea.LOWER_BACK, 2, BodyArea.HAMSTRINGS, 1));
		LOOSEN_WEIGHTS.put(Focus.RECOVERING, Map.of(BodyArea.LOWER_BACK, 3, BodyArea.HIPS, 1, BodyArea.GLUTES, 1,
				BodyArea.UPPER_BACK, 1));
		LOOSEN_WEIGHTS.put(Focus.HIPS, Map.of(BodyArea.HIPS, 4, BodyArea.HIP_FLEXORS, 4, BodyArea.GLUTES, 4,
				BodyArea.HAMSTRINGS, 3));
		LOOSEN_WEIGHTS.put(Focus.BALANCED, Map.of(BodyArea.LOWER_BACK, 2, BodyArea.HIP_FLEXORS, 2,
				BodyArea.HAMSTRINGS, 2, BodyArea.HIPS, 1, BodyArea.GLUTES, 1, BodyArea.UPPER_BACK, 1));
		STRENGTHEN_WEIGHTS.put(Focus.TIGHT, Map.of(BodyArea.GLUTES, 3, BodyArea.CORE, 2, BodyArea.LOWER_BACK, 2,
				BodyArea.UPPER_BACK, 1));
		STRENGTHEN_WEIGHTS.put(Focus.WEAK, Map.of(BodyArea.CORE, 4, BodyArea.OBLIQUES, 4, BodyArea.LOWER_BACK, 3,
				BodyArea.GLUTES, 2, BodyArea.UPPER_BACK, 2, BodyArea.NECK, 1));
		STRENGTHEN_WEIGHTS.put(Focus.RECOVERING, Map.of(BodyArea.CORE, 2, BodyArea.GLUTES, 1, BodyArea.LOWER_BACK, 1));
		STRENGTHEN_WEIGHTS.put(Focus.HIPS, Map.of(BodyArea.CORE, 4, BodyArea.GLUTES, 4, BodyArea.OBLIQUES, 3,
				BodyArea.HIPS, 3, BodyArea.LOWER_BACK, 1));
		STRENGTHEN_WEIGHTS.put(Focus.BALANCED, Map.of(BodyArea.CORE, 2, BodyArea.LOWER_BACK, 2, BodyArea.GLUTES, 2,
				BodyArea.OBLIQUES, 1, BodyArea.UPPER_BACK, 1));
	}

	private static int weight(Focus focus, Phase phase, BodyArea area) {
		Map<Focus, Map<BodyArea, Integer>> weights = (phase == Phase.STRETCH) ? LOOSEN_WEIGHTS : STRENGTHEN_WEIGHTS;
		return weights.get(focus).getOrDefault(area, 0);
	}

	/**
	 * Picks exercises in rank order while they fit the phase's budget, then tunes reps, holds and sets to meet it.
	 * Only when every suitable exercise is in and at its most does an exercise come round a second time.
	 */
	private List<Plan.Step> fill(List<ExerciseDetails> ranked, int budget, Phase phase, RoutineRequest request) {
		List<Draft> drafts = new ArrayList<>();
		if (ranked.isEmpty() || budget <= 0) {
			return List.of();
		}
		int used = 0;
		for (ExerciseDetails exercise : ranked) {
			if (drafts.stream().anyMatch((draft) -> draft.exercise.family().equals(exercise.family()))) {
				continue; // one of each family first: the other version only if the time can't be filled otherwise
			}
			Draft draft = new Draft(exercise, startingDose(exercise, request), request);
			if (used + draft.prescription.seconds() <= budget) {
				drafts.add(draft);
				used += draft.prescription.seconds();
			}
		}
		if (drafts.isEmpty()) {
			drafts.add(new Draft(ranked.get(0), startingDose(ranked.get(0), request), request));
		}
		tune(drafts, budget);
		// Still short with every chosen step at its most: bring in the exercises that didn't fit at their starting
		// dose, and only once the suitable ones have run out, repeat the best.
		List<ExerciseDetails> extras = new ArrayList<>(ranked);
		extras.removeIf((exercise) -> drafts.stream().anyMatch((draft) -> draft.exercise == exercise));
		for (int round = 0; round < 10 && gap(drafts, budget) > PHASE_TOLERANCE_SECONDS; round++) {
			ExerciseDetails next = extras.isEmpty() ? ranked.get(round % ranked.size()) : extras.remove(0);
			drafts.add(new Draft(next, DosageLimits.of(next.kind(), request.level(), request.focus())
				.clamp(startingDose(next, request).withReps(1)), request));
			tune(drafts, budget);
		}
		Comparator<Draft> byPosition = Comparator.comparingInt((Draft draft) -> draft.exercise.position().ordinal());
		// Stretches work down to the floor; strengthening starts where they ended and works back up.
		List<Draft> sorted = new ArrayList<>(drafts);
		sorted.sort((phase == Phase.STRETCH) ? byPosition : byPosition.reversed());
		return sorted.stream()
			.map((draft) -> new Plan.Step(draft.exercise, phase, draft.prescription,
					reasonKey(draft.exercise, request.focus())))
			.toList();
	}

	private static int gap(List<Draft> drafts, int budget) {
		return budget - drafts.stream().mapToInt((draft) -> draft.prescription.seconds()).sum();
	}

	/**
	 * Brings the drafts' time to the budget. First round-robin, one change per step per pass, reps before holds
	 * before sets, so the change is spread; then the single change that lands closest, until none helps. Every
	 * change shrinks the gap, so this ends.
	 */
	private static void tune(List<Draft> drafts, int budget) {
		boolean changed = true;
		while (changed && Math.abs(gap(drafts, budget)) > PHASE_TOLERANCE_SECONDS / 2) {
			changed = false;
			for (Draft draft : drafts) {
				int gap = gap(drafts, budget);
				for (Prescription move : draft.moves(gap > 0)) {
					int delta = move.seconds() - draft.prescription.seconds();
					if (Math.abs(gap - delta) < Math.abs(gap)) {
						draft.prescription = move;
						changed = true;
						break;
					}
				}
			}
		}
		while (true) {
			int gap = gap(drafts, budget);
			Draft bestDraft = null;
			Prescription bestMove = null;
			int bestGap = Math.abs(gap);
			for (Draft draft : drafts) {
				for (Prescription move : draft.moves(gap > 0)) {
					int newGap = Math.abs(gap - (move.seconds() - draft.prescription.seconds()));
					if (newGap < bestGap) {
						bestGap = newGap;
						bestDraft = draft;
						bestMove = move;
					}
				}
			}
			if (bestDraft == null) {
				return;
			}
			bestDraft.prescription = bestMove;
		}
	}

	/** A step while the planner is still tuning its dosage. */
	private static final class Draft {

		private final ExerciseDetails exercise;

		private final DosageLimits limits;

		private Prescription prescription;

		Draft(ExerciseDetails exercise, Prescription prescription, RoutineRequest request) {
			this.exercise = exercise;
			this.limits = DosageLimits.of(exercise.kind(), request.level(), request.focus());
			this.prescription = prescription;
		}

		/** Single changes within the limits, in order of preference: reps, then holds, then sets. */
		List<Prescription> moves(boolean longer) {
			int step = longer ? 1 : -1;
			Prescription current = this.prescription;
			List<UnaryOperator<Prescription>> changes = List.of((p) -> p.withReps(p.reps() + step),
					(p) -> p.withHold(p.holdSeconds() + step), (p) -> p.withHold(p.holdSeconds() + 5 * step),
					(p) -> p.withSets(p.sets() + step, (p.sets() + step > 1)
							? Math.max(p.restSeconds(), DosageLimits.DEFAULT_REST_SECONDS) : 0));
			List<Prescription> moves = new ArrayList<>();
			for (UnaryOperator<Prescription> change : changes) {
				try {
					Prescription next = change.apply(current);
					if (this.limits.allows(next) && next.sets() >= 1) {
						moves.add(next);
					}
				}
				catch (IllegalArgumentException belowZero) {
					// a hold or rep count can't go below zero or one; not a move
				}
			}
			return moves;
		}

	}

}
