package app.limber.routine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import app.limber.catalogue.BodyArea;
import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.ExerciseKind;
import app.limber.catalogue.HealthCondition;
import app.limber.catalogue.Intensity;
import app.limber.catalogue.Pyramids;
import app.limber.catalogue.SessionPart;

/**
 * Builds a daily routine from the catalogue the way a physiotherapist would write one (shared/reference/
 * exercise-facts.md §2):
 * <ol>
 * <li>a warm-up of 1-3 minutes of gentle movement, standing or on a chair;</li>
 * <li>stretching and mobility, then strengthening: at most {@code 4 + minutes / 5} exercises, none twice, one
 * version of each;</li>
 * <li>for routines of 10 minutes or more, a short cool-down of slow breathing.</li>
 * </ol>
 * Stretches go from standing down to the floor, strengthening goes on from the floor and back up, so the person
 * gets down once and up once at most. Every dose is a clinician's number ({@link DoseSteps}) within the exercise's
 * {@link DosageLimits}; the routine meets its minutes within ±{@value #TOLERANCE_SECONDS} s by the choice of
 * exercises and sets first. Never an exercise the person said hurts them or that their answers rule out. Plain Java
 * and deterministic: the same request and seed give the same plan.
 */
public final class RoutinePlanner {

	/** How close to the minutes asked for a routine lands. */
	public static final int TOLERANCE_SECONDS = 30;

	/** The warm-up takes 1-3 minutes (§2: light activity first; McGill: cat-camel before the Big 3). */
	public static final int WARM_UP_MIN_SECONDS = 60;

	public static final int WARM_UP_MAX_SECONDS = 180;

	/** Routines this long or longer end with a cool-down. */
	public static final int COOL_DOWN_FROM_MINUTES = 10;

	/** How close the tuning tries to get; the tolerance leaves room for what it can't. */
	private static final int AIM_SECONDS = 10;

	private final List<ExerciseDetails> catalogue;

	public RoutinePlanner(List<ExerciseDetails> catalogue) {
		this.catalogue = List.copyOf(catalogue);
	}

	/** At most this many exercises in the main part: 7 in 15 minutes, 8 in 20, 10 in 30. */
	public static int maxMainExercises(int minutes) {
		return 4 + minutes / 5;
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
		Plan plan = plan(request, shuffleSeed, excluded, false);
		if (plan.totalSeconds() < request.targetSeconds() - TOLERANCE_SECONDS) {
			// Too few suitable exercises to fill the time within their limits (a desk routine with osteoporosis
			// or hip precautions): a longer warm-up makes it up.
			plan = plan(request, shuffleSeed, excluded, true);
		}
		return plan;
	}

	private Plan plan(RoutineRequest request, long shuffleSeed, Set<String> excluded, boolean longWarmUp) {
		Set<String> families = new HashSet<>();
		List<Draft> warmUp = warmUp(request, shuffleSeed, excluded, families, longWarmUp);
		List<Draft> coolDown = new ArrayList<>();
		if (request.minutes() >= COOL_DOWN_FROM_MINUTES) {
			pool(request, Phase.COOL_DOWN, shuffleSeed, excluded, families).stream()
				.findFirst()
				.ifPresent((exercise) -> coolDown.add(draft(exercise, Phase.COOL_DOWN, request, families)));
		}
		List<ExerciseDetails> stretches = pool(request, Phase.STRETCH, shuffleSeed, excluded, families);
		List<ExerciseDetails> strengthening = pool(request, Phase.STRENGTHEN, shuffleSeed, excluded, families);
		Main main = new Main(request, warmUp, coolDown, stretches, strengthening, families);
		main.choose();
		main.tune();
		List<Plan.Step> steps = new ArrayList<>();
		for (Draft draft : main.ordered()) {
			steps.add(new Plan.Step(draft.exercise, draft.phase, draft.dose, reasonKey(draft.exercise, draft.phase,
					request.focus())));
		}
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
		if (request.conditions().contains(HealthCondition.HIP_REPLACEMENT) && exercise.kneeling()) {
			return false; // hip precautions: no kneeling
		}
		if (request.level() == Level.BEGINNER && !DosageLimits.forBeginners(exercise)) {
			return false; // the knee plank and the bird-dog stand in
		}
		if (request.focus() == Focus.HIPS && !exercise.spineLoads().isEmpty() && !exercise.fits(SessionPart.WARM_UP)) {
			return false; // stretch the hips, keep the back stable: no end-range spine stretches (a small seated
							// pelvic tilt may still warm up)
		}
		return request.focus() != Focus.RECOVERING || exercise.intensity() != Intensity.DEMANDING;
	}

	/** The exercises that could take a step's place, best first. */
	public List<ExerciseDetails> alternatives(Phase phase, RoutineRequest request) {
		return ranked(request, phase, 0);
	}

	/** The starting dosage for this person: the catalogue's for their level, on the ladders and within limits. */
	public static Prescription startingDose(ExerciseDetails exercise, RoutineRequest request) {
		var dosage = (request.level() == Level.BEGINNER) ? exercise.beginnerDosage() : exercise.regularDosage();
		Prescription dose = new Prescription(dosage.holdSeconds(), dosage.tempoSeconds(), dosage.reps(), 1, 0,
				exercise.perSide());
		dose = dose.withSets(dosage.sets(), (dosage.sets() > 1) ? DosageLimits.REST_SECONDS : 0)
			.withPyramid(Pyramids.fits(exercise, dosage.reps(), dosage.sets()));
		return limits(exercise, request).clamp(dose);
	}

	public static DosageLimits limits(ExerciseDetails exercise, RoutineRequest request) {
		return DosageLimits.of(exercise, request.level(), request.focus());
	}

	/** The message key of the one-line reason this exercise is in a routine with this focus. */
	public static String reasonKey(ExerciseDetails exercise, Focus focus) {
		return "reason." + focus.urlValue() + "." + mainArea(exercise, focus).urlValue();
	}

	/** The reason for a step in this phase: the warm-up and cool-down have their own. */
	public static String reasonKey(ExerciseDetails exercise, Phase phase, Focus focus) {
		return phase.main() ? reasonKey(exercise, focus) : "reason." + phase.urlValue();
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

	private List<Draft> warmUp(RoutineRequest request, long seed, Set<String> excluded, Set<String> families,
			boolean third) {
		List<ExerciseDetails> candidates = pool(request, Phase.WARM_UP, seed, excluded, families);
		int aim = Math.max(WARM_UP_MIN_SECONDS, Math.min(WARM_UP_MAX_SECONDS, request.targetSeconds() / 10));
		List<Draft> warmUp = new ArrayList<>();
		for (ExerciseDetails exercise : candidates) {
			boolean enough = warmUp.size() >= 2 && seconds(warmUp) >= WARM_UP_MIN_SECONDS;
			if (enough && (!third || warmUp.size() >= 3 || seconds(warmUp) >= aim - AIM_SECONDS)) {
				break;
			}
			// A third movement only when asked for and two leave the warm-up short (their doses are at their
			// limits), and only if its lightest dose still keeps the warm-up within 3 minutes.
			if (enough) {
				DosageLimits limits = limits(exercise, request);
				Prescription start = startingDose(exercise, request);
				Prescription lightest = limits.clamp(start.withReps(limits.minReps()));
				if (seconds(warmUp) + lightest.seconds() > WARM_UP_MAX_SECONDS) {
					continue;
				}
				families.add(exercise.family());
				Draft extra = new Draft(exercise, Phase.WARM_UP, start, limits);
				extra.dose = lightest;
				warmUp.add(extra);
				continue;
			}
			warmUp.add(draft(exercise, Phase.WARM_UP, request, families));
		}
		// More or fewer reps until the warm-up is as long as it should be, within 1-3 minutes.
		boolean changed = true;
		while (changed && Math.abs(aim - seconds(warmUp)) > AIM_SECONDS) {
			changed = false;
			int gap = aim - seconds(warmUp);
			Draft best = null;
			Prescription bestDose = null;
			int bestGap = Math.abs(gap);
			for (Draft draft : warmUp) {
				for (Prescription move : draft.moves()) {
					int after = seconds(warmUp) - draft.dose.seconds() + move.seconds();
					if (Math.abs(aim - after) < bestGap && after >= WARM_UP_MIN_SECONDS && after <= WARM_UP_MAX_SECONDS) {
						bestGap = Math.abs(aim - after);
						best = draft;
						bestDose = move;
					}
				}
			}
			if (best != null) {
				best.dose = bestDose;
				changed = true;
			}
		}
		return warmUp;
	}

	private static int seconds(List<Draft> drafts) {
		return drafts.stream().mapToInt((draft) -> draft.dose.seconds()).sum();
	}

	private static Draft draft(ExerciseDetails exercise, Phase phase, RoutineRequest request, Set<String> families) {
		families.add(exercise.family());
		return new Draft(exercise, phase, startingDose(exercise, request), limits(exercise, request));
	}

	/** The suitable exercises for a phase, best first, leaving out families already in the routine. */
	private List<ExerciseDetails> pool(RoutineRequest request, Phase phase, long seed, Set<String> excluded,
			Set<String> families) {
		Set<String> seen = new HashSet<>(families);
		List<ExerciseDetails> pool = new ArrayList<>();
		for (ExerciseDetails exercise : ranked(request, phase, seed)) {
			if (!excluded.contains(exercise.slug()) && seen.add(exercise.family())) {
				pool.add(exercise);
			}
		}
		return pool;
	}

	private static final Set<BodyArea> HIP_AREAS = Set.of(BodyArea.HIPS, BodyArea.HIP_FLEXORS, BodyArea.GLUTES,
			BodyArea.HAMSTRINGS);

	private static boolean belongs(ExerciseDetails exercise, Phase phase, Focus focus) {
		if (!phase.main()) {
			return exercise.fits(phase.part());
		}
		if (focus == Focus.HIPS && phase == Phase.STRETCH
				&& exercise.areas().stream().noneMatch(HIP_AREAS::contains)) {
			return false; // the hips focus stretches the hips: flexors, piriformis and glutes, hamstrings
		}
		return exercise.fits(SessionPart.MAIN) && Phase.of(exercise.kind()) == phase;
	}

	private List<ExerciseDetails> ranked(RoutineRequest request, Phase phase, long shuffleSeed) {
		Random random = new Random(shuffleSeed);
		Map<String, Double> scores = new HashMap<>();
		for (ExerciseDetails exercise : this.catalogue) {
			double jitter = (shuffleSeed == 0) ? 0 : random.nextDouble() * 4;
			// With a mat at hand, mat exercises come first; chair and standing ones fill in.
			double onTheMat = (request.setting() == Setting.FLOOR && exercise.needsFloor()) ? 1 : 0;
			double base = phase.main() ? score(exercise, request.focus()) + onTheMat : 0;
			scores.put(exercise.slug(), base + jitter);
		}
		List<ExerciseDetails> pool = new ArrayList<>(this.catalogue.stream()
			.filter((exercise) -> belongs(exercise, phase, request.focus()) && suits(exercise, request))
			.sorted(Comparator.comparingDouble((ExerciseDetails exercise) -> -scores.get(exercise.slug()))
				.thenComparing(ExerciseDetails::slug))
			.toList());
		if (!phase.main()) {
			return pool;
		}
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

	/** The main part while it is being chosen and fitted to the time left after the warm-up and cool-down. */
	private static final class Main {

		private final RoutineRequest request;

		private final List<Draft> warmUp;

		private final List<Draft> coolDown;

		private final Map<Phase, List<ExerciseDetails>> pools = new LinkedHashMap<>();

		private final List<Draft> drafts = new ArrayList<>();

		private final int max;

		private final int stretchAim;

		private final Map<Phase, Integer> slots = new EnumMap<>(Phase.class);

		Main(RoutineRequest request, List<Draft> warmUp, List<Draft> coolDown, List<ExerciseDetails> stretches,
				List<ExerciseDetails> strengthening, Set<String> families) {
			this.request = request;
			this.warmUp = warmUp;
			this.coolDown = coolDown;
			this.pools.put(Phase.STRETCH, new ArrayList<>(stretches));
			this.pools.put(Phase.STRENGTHEN, new ArrayList<>(strengthening));
			this.max = maxMainExercises(request.minutes());
			int budget = request.targetSeconds() - seconds(warmUp) - seconds(coolDown);
			double share = stretches.isEmpty() ? 0 : strengthening.isEmpty() ? 1 : request.focus().loosenShare();
			this.stretchAim = (int) Math.round(budget * share);
			// The slots follow the share too, so short stretches can't crowd out the strengthening.
			int stretchSlots = (int) Math.round(this.max * share);
			if (!stretches.isEmpty() && !strengthening.isEmpty()) {
				stretchSlots = Math.max(1, Math.min(this.max - 1, stretchSlots));
			}
			// A phase with fewer suitable exercises than slots leaves the rest to the other.
			stretchSlots = Math.min(stretchSlots, stretches.size());
			int strengthSlots = Math.min(this.max - stretchSlots, strengthening.size());
			stretchSlots = Math.min(stretches.size(), this.max - strengthSlots);
			this.slots.put(Phase.STRETCH, stretchSlots);
			this.slots.put(Phase.STRENGTHEN, strengthSlots);
		}

		private long count(Phase phase) {
			return this.drafts.stream().filter((d) -> d.phase == phase).count();
		}

		private boolean roomIn(Phase phase) {
			return !this.pools.get(phase).isEmpty() && count(phase) < this.slots.get(phase);
		}

		/** Exercises in rank order into the phase furthest from its share of the time, while they fit. */
		void choose() {
			int target = this.request.targetSeconds();
			// One of each first: every routine stretches and strengthens.
			for (Phase phase : this.pools.keySet()) {
				if (!this.pools.get(phase).isEmpty()) {
					ExerciseDetails first = this.pools.get(phase).remove(0);
					this.drafts.add(new Draft(first, phase, startingDose(first, this.request), limits(first, this.request)));
				}
			}
			Set<Phase> full = EnumSet.noneOf(Phase.class);
			while (this.drafts.size() < this.max) {
				Phase phase = neediest(full);
				if (phase == null) {
					return;
				}
				ExerciseDetails next = this.pools.get(phase).get(0);
				Draft draft = new Draft(next, phase, startingDose(next, this.request), limits(next, this.request));
				this.drafts.add(draft);
				if (total() > target + AIM_SECONDS && this.drafts.size() > 1) {
					this.drafts.remove(draft);
					full.add(phase); // the rest of this phase's pool stays for the tuning to bring in
				}
				else {
					this.pools.get(phase).remove(0);
				}
			}
		}

		private Phase neediest(Set<Phase> full) {
			int stretchGap = this.stretchAim - secondsIn(Phase.STRETCH);
			int strengthGap = (this.request.targetSeconds() - seconds(this.warmUp) - seconds(this.coolDown)
					- this.stretchAim) - secondsIn(Phase.STRENGTHEN);
			boolean stretchLeft = roomIn(Phase.STRETCH) && !full.contains(Phase.STRETCH);
			boolean strengthLeft = roomIn(Phase.STRENGTHEN) && !full.contains(Phase.STRENGTHEN);
			if (stretchLeft && (!strengthLeft || stretchGap >= strengthGap) && stretchGap > 0) {
				return Phase.STRETCH;
			}
			if (strengthLeft && strengthGap > 0) {
				return Phase.STRENGTHEN;
			}
			if (stretchLeft && stretchGap > 0) {
				return Phase.STRETCH;
			}
			return null;
		}

		/**
		 * Brings the routine to its minutes, one change at a time, each the one that lands closest: a set more or
		 * fewer, an exercise more or fewer, or a dose one step along its ladder. Among changes that help about as
		 * much, those that keep doses at their starting step and each phase near its share win. Every change
		 * shrinks the gap, so this ends.
		 */
		void tune() {
			int target = this.request.targetSeconds();
			for (int round = 0; round < 200; round++) {
				int gap = target - total();
				if (Math.abs(gap) <= AIM_SECONDS) {
					return;
				}
				Runnable best = null;
				double bestScore = Double.MAX_VALUE;
				List<Draft> tunable = new ArrayList<>(this.drafts);
				tunable.addAll(this.warmUp);
				tunable.addAll(this.coolDown);
				for (Draft draft : tunable) {
					Prescription old = draft.dose;
					for (Prescription move : draft.moves()) {
						draft.dose = move;
						double score = score(target) + (draft.phase.main() ? 0 : 5);
						int after = total();
						int warm = seconds(this.warmUp);
						draft.dose = old;
						if (warm < WARM_UP_MIN_SECONDS || warm > WARM_UP_MAX_SECONDS) {
							continue;
						}
						if (score < bestScore && Math.abs(target - after) < Math.abs(gap)) {
							bestScore = score;
							best = () -> draft.dose = move;
						}
					}
					if (!draft.phase.main()) {
						continue;
					}
					if (count(draft.phase) > 1 && gap < 0) {
						this.drafts.remove(draft);
						double score = score(target);
						int after = total();
						this.drafts.add(draft);
						if (score < bestScore && Math.abs(target - after) < Math.abs(gap)) {
							bestScore = score;
							best = () -> this.drafts.remove(draft);
						}
					}
				}
				if (gap > 0 && this.drafts.size() < this.max) {
					for (Phase phase : this.pools.keySet()) {
						List<ExerciseDetails> pool = this.pools.get(phase);
						if (!roomIn(phase)) {
							continue;
						}
						ExerciseDetails next = pool.get(0);
						Draft draft = new Draft(next, phase, startingDose(next, this.request), limits(next, this.request));
						this.drafts.add(draft);
						double score = score(target);
						int after = total();
						this.drafts.remove(draft);
						if (score < bestScore && Math.abs(target - after) < Math.abs(gap)) {
							bestScore = score;
							best = () -> {
								pool.remove(0);
								this.drafts.add(draft);
							};
						}
					}
				}
				if (best == null) {
					return;
				}
				best.run();
			}
		}

		/** Lower is better: the time gap, then doses away from their starting step, then the phases' shares. */
		private double score(int target) {
			int gap = Math.abs(target - total());
			int away = 0;
			for (Draft draft : this.drafts) {
				away += draft.stepsFromStart();
			}
			for (Draft draft : this.warmUp) {
				away += draft.stepsFromStart();
			}
			for (Draft draft : this.coolDown) {
				away += draft.stepsFromStart();
			}
			int share = Math.abs(this.stretchAim - secondsIn(Phase.STRETCH));
			return Math.max(gap, AIM_SECONDS) + 6.0 * away + 0.1 * share;
		}

		private int secondsIn(Phase phase) {
			return this.drafts.stream().filter((d) -> d.phase == phase).mapToInt((d) -> d.dose.seconds()).sum();
		}

		/** Warm-up, stretches from standing down to the floor, strengthening from the floor back up, cool-down. */
		List<Draft> ordered() {
			Comparator<Draft> byPosition = Comparator.comparingInt((Draft draft) -> draft.exercise.position().ordinal());
			List<Draft> stretches = new ArrayList<>(this.drafts.stream().filter((d) -> d.phase == Phase.STRETCH).toList());
			List<Draft> strengthening = new ArrayList<>(
					this.drafts.stream().filter((d) -> d.phase == Phase.STRENGTHEN).toList());
			stretches.sort(byPosition);
			strengthening.sort(byPosition.reversed());
			List<Draft> ordered = new ArrayList<>(this.warmUp);
			ordered.addAll(stretches);
			ordered.addAll(strengthening);
			ordered.addAll(this.coolDown);
			return ordered;
		}

		/**
		 * The whole routine's time as it will be played, with the longer get-ready of each move down or up. In the
		 * order of {@link #ordered()} the floor steps come together in the middle, so the routine gets down once if
		 * anything needs the floor, and up again if anything after it doesn't.
		 */
		int total() {
			int total = seconds(this.warmUp) + seconds(this.coolDown);
			boolean floor = false;
			boolean uprightAfter = !this.coolDown.isEmpty();
			for (Draft draft : this.drafts) {
				total += draft.dose.seconds();
				if (draft.exercise.needsFloor()) {
					floor = true;
				}
				else if (draft.phase == Phase.STRENGTHEN) {
					uprightAfter = true;
				}
			}
			if (floor) {
				total += Prescription.TRANSITION_SECONDS - Prescription.GET_READY_SECONDS;
				if (uprightAfter) {
					total += Prescription.TRANSITION_SECONDS - Prescription.GET_READY_SECONDS;
				}
			}
			return total;
		}

	}

	/** A step while the planner is still choosing its dose. */
	private static final class Draft {

		private final ExerciseDetails exercise;

		private final Phase phase;

		private final DosageLimits limits;

		private final Prescription start;

		private Prescription dose;

		Draft(ExerciseDetails exercise, Phase phase, Prescription dose, DosageLimits limits) {
			this.exercise = exercise;
			this.phase = phase;
			this.limits = limits;
			this.start = dose;
			this.dose = dose;
		}

		/** Hold and rep ladder steps this dose is away from where it started. */
		int stepsFromStart() {
			return Math.abs(index(DoseSteps.HOLDS, this.dose.holdSeconds()) - index(DoseSteps.HOLDS, this.start.holdSeconds()))
					+ Math.abs(index(DoseSteps.REPS, this.dose.reps()) - index(DoseSteps.REPS, this.start.reps()));
		}

		private static int index(List<Integer> ladder, int value) {
			int i = ladder.indexOf(value);
			return (i < 0) ? 0 : i;
		}

		/** Single changes within the limits: a set more or fewer, a hold or rep step up or down. */
		List<Prescription> moves() {
			List<Prescription> moves = new ArrayList<>(6);
			Prescription p = this.dose;
			int hold = p.holdSeconds();
			int reps = p.reps();
			int sets = p.sets();
			DoseSteps.up(DoseSteps.SETS, sets, this.limits.maxSets()).ifPresent((n) -> add(moves, hold, reps, n));
			DoseSteps.down(DoseSteps.SETS, sets, 1).ifPresent((n) -> add(moves, hold, reps, n));
			if (hold > 0) {
				DoseSteps.up(DoseSteps.HOLDS, hold, this.limits.maxHold()).ifPresent((n) -> add(moves, n, reps, sets));
				DoseSteps.down(DoseSteps.HOLDS, hold, Math.max(1, this.limits.minHold()))
					.ifPresent((n) -> add(moves, n, reps, sets));
			}
			DoseSteps.up(DoseSteps.REPS, reps, this.limits.maxReps()).ifPresent((n) -> add(moves, hold, n, sets));
			DoseSteps.down(DoseSteps.REPS, reps, this.limits.minReps()).ifPresent((n) -> add(moves, hold, n, sets));
			return moves;
		}

		private void add(List<Prescription> moves, int hold, int reps, int sets) {
			boolean pyramid = sets > 1 && DosageLimits.pyramid(this.exercise);
			if (pyramid && reps - 2 * (sets - 1) < 1) {
				return; // a pyramid needs enough reps for its sets
			}
			Prescription p = this.dose;
			Prescription next = new Prescription(hold, p.tempoSeconds(), reps, sets,
					(sets > 1) ? DosageLimits.REST_SECONDS : 0, p.perSide(), pyramid, p.transition());
			if (this.limits.allows(next)) {
				moves.add(next);
			}
		}

	}

}
