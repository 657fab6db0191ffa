package app.limber.routine;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.limber.catalogue.Catalogue;
import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.HealthCondition;
import app.limber.system.UserText;

/**
 * Builds, saves and edits routines. Every edit is one transaction that re-reads the routine, checks the caller owns
 * it and keeps the routine's rules: strengthening stays after stretching, doses stay within their limits, and only
 * exercises that suit the person's answers can come in.
 */
@Service
public class Routines {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final RoutineRepository routines;

	private final RoutineTuningRepository tunings;

	private final Catalogue catalogue;

	private final MessageSource messages;

	private final Clock clock;

	Routines(RoutineRepository routines, RoutineTuningRepository tunings, Catalogue catalogue, MessageSource messages,
			Clock clock) {
		this.routines = routines;
		this.tunings = tunings;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	private RoutinePlanner planner() {
		return new RoutinePlanner(this.catalogue.all());
	}

	/**
	 * Plans a routine for the request and saves it for its owner. The name is cleaned ({@link UserText#clean}); one
	 * that is blank (or was only invisible characters) gets a name from the answers.
	 */
	@Transactional
	public RoutineView build(UUID owner, RoutineRequest request, String name) {
		Plan plan = planner().plan(request);
		String routineName = cleanName(name).orElseGet(() -> defaultName(request));
		Routine routine = this.routines.save(new Routine(owner, routineName, request, 0, plan, this.clock.instant()));
		return view(routine, Optional.of(owner));
	}

	/** Anyone with the link may view a routine; {@code viewer} decides whether they see it as its owner. */
	@Transactional(readOnly = true)
	public RoutineView get(UUID id, Optional<UUID> viewer) {
		return this.routines.findById(id).map((routine) -> view(routine, viewer)).orElseThrow(() -> RoutineNotFoundException.of(id));
	}

	/**
	 * The routine's page: the routine and, for its owner, what could replace each step (see
	 * {@link #swapChoicesForEachStep}), from one read of the routine.
	 */
	@Transactional(readOnly = true)
	public RoutinePage page(UUID id, Optional<UUID> viewer) {
		Routine routine = this.routines.findById(id).orElseThrow(() -> RoutineNotFoundException.of(id));
		RoutineView view = view(routine, viewer);
		return new RoutinePage(view, view.owned() ? swapChoicesForEachStep(routine) : List.of());
	}

	/**
	 * "Make it mine": copies a routine someone shared into the caller's own, under the caller's safety answers. Steps
	 * that don't suit those answers are swapped for one that does, or left out.
	 */
	@Transactional
	public RoutineView copy(UUID id, UUID newOwner, Set<Avoid> avoid, Set<HealthCondition> conditions) {
		Routine original = this.routines.findById(id).orElseThrow(() -> RoutineNotFoundException.of(id));
		RoutineRequest theirs = original.request();
		RoutineRequest mine = new RoutineRequest(theirs.minutes(), theirs.focus(), theirs.level(), theirs.setting(),
				avoid, conditions);
		RoutinePlanner planner = planner();
		List<Plan.Step> steps = new ArrayList<>();
		List<String> used = new ArrayList<>();
		for (RoutineStep step : original.steps()) {
			ExerciseDetails exercise = this.catalogue.getBySlug(step.getExerciseSlug());
			if (planner.suits(exercise, mine)) {
				steps.add(new Plan.Step(exercise, step.getPhase(), step.getPrescription(), step.getReasonKey()));
				used.add(exercise.slug());
				continue;
			}
			planner.alternatives(step.getPhase(), mine)
				.stream()
				.filter((alternative) -> !used.contains(alternative.slug()))
				.findFirst()
				.ifPresent((alternative) -> {
					steps.add(new Plan.Step(alternative, step.getPhase(), RoutinePlanner.startingDose(alternative, mine),
							RoutinePlanner.reasonKey(alternative, step.getPhase(), mine.focus())));
					used.add(alternative.slug());
				});
		}
		if (steps.isEmpty()) {
			steps.addAll(planner.plan(mine).steps());
		}
		String name = cleanName(original.getName()).orElseGet(() -> defaultName(mine));
		Routine copy = this.routines.save(new Routine(newOwner, name, mine, original.getShuffleSeed(),
				new Plan(steps), this.clock.instant()));
		return view(copy, Optional.of(newOwner));
	}

	@Transactional(readOnly = true)
	public List<RoutineView> listFor(UUID owner) {
		return this.routines.findByOwnerIdOrderByCreatedAtDesc(owner)
			.stream()
			.map((routine) -> view(routine, Optional.of(owner)))
			.toList();
	}

	/**
	 * The routine the owner marked as the one they do every day, if any. When moving a browser's data into an
	 * account leaves two marked, the one marked last counts.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> chosenFor(UUID owner) {
		return this.routines.findByOwnerIdAndChosenAtNotNullOrderByChosenAtDesc(owner)
			.stream()
			.findFirst()
			.map(Routine::getId);
	}

	/** Marks one of the owner's routines as their daily routine ("Start today's routine" opens it); one at a time. */
	@Transactional
	public void choose(UUID id, UUID owner) {
		Routine chosen = owned(id, owner);
		this.routines.findByOwnerIdAndChosenAtNotNullOrderByChosenAtDesc(owner)
			.forEach((routine) -> routine.choose(null));
		chosen.choose(this.clock.instant());
	}

	/** Takes the daily-routine mark off; the home page then offers the latest routine instead. */
	@Transactional
	public void unchoose(UUID id, UUID owner) {
		owned(id, owner).choose(null);
	}

	/** Renames a routine: the name is cleaned first, and must then be 1 to 80 characters (emoji count as one). */
	@Transactional
	public void rename(UUID id, UUID owner, String name) {
		String cleaned = cleanName(name)
			.orElseThrow(() -> new RoutineEditException("nameEmpty", "A routine needs a name."));
		owned(id, owner).rename(cleaned, this.clock.instant());
	}

	/** The name as it will be stored, if it has anything visible; too long a name is refused. */
	private static Optional<String> cleanName(String name) {
		String cleaned = UserText.clean(name);
		if (cleaned == null || cleaned.isEmpty()) {
			return Optional.empty();
		}
		if (UserText.length(cleaned) > Routine.NAME_MAX_LENGTH) {
			throw new RoutineEditException("nameTooLong",
					"A routine's name has at most " + Routine.NAME_MAX_LENGTH + " characters.");
		}
		return Optional.of(cleaned);
	}

	/** A different routine for the same answers; every rule still holds. */
	@Transactional
	public void shuffle(UUID id, UUID owner) {
		Routine routine = owned(id, owner);
		long seed = 1 + SEEDS.nextInt(Integer.MAX_VALUE - 1);
		routine.replacePlan(planner().plan(routine.request(), seed, Set.copyOf(routine.excluded())), seed,
				this.clock.instant());
	}

	@Transactional
	public void removeStep(UUID id, UUID owner, int index) {
		Routine routine = owned(id, owner);
		step(routine, index);
		if (routine.steps().size() == 1) {
			throw new RoutineEditException("lastStep", "A routine keeps at least one step.");
		}
		routine.excluded().add(routine.steps().remove(index).getExerciseSlug());
		routine.touch(this.clock.instant());
	}

	/** Moves a step one place up or down, within its phase only. */
	@Transactional
	public void moveStep(UUID id, UUID owner, int index, boolean up) {
		Routine routine = owned(id, owner);
		RoutineStep step = step(routine, index);
		int target = up ? index - 1 : index + 1;
		if (target < 0 || target >= routine.steps().size() || routine.steps().get(target).getPhase() != step.getPhase()) {
			throw new RoutineEditException("phaseOrder",
					"Steps move only within their phase: stretching always comes before strengthening.");
		}
		Collections.swap(routine.steps(), index, target);
		routine.touch(this.clock.instant());
	}

	/**
	 * For each step, the exercises that could replace it: same phase, suitable for the person, not already in the
	 * routine. One read and one planner for the whole page.
	 */
	@Transactional(readOnly = true)
	public List<List<ExerciseDetails>> swapChoicesForEachStep(UUID id, UUID owner) {
		return swapChoicesForEachStep(owned(id, owner));
	}

	private List<List<ExerciseDetails>> swapChoicesForEachStep(Routine routine) {
		RoutinePlanner planner = planner();
		Map<Phase, List<ExerciseDetails>> byPhase = new EnumMap<>(Phase.class);
		return routine.steps()
			.stream()
			.map((step) -> byPhase.computeIfAbsent(step.getPhase(), (phase) -> swapChoices(routine, phase, planner)))
			.toList();
	}

	@Transactional
	public void swapStep(UUID id, UUID owner, int index, String exerciseSlug) {
		Routine routine = owned(id, owner);
		RoutineStep step = step(routine, index);
		ExerciseDetails replacement = swapChoices(routine, step.getPhase(), planner()).stream()
			.filter((exercise) -> exercise.slug().equals(exerciseSlug))
			.findFirst()
			.orElseThrow(() -> new RoutineEditException("unsuitable",
					"'" + exerciseSlug + "' can't take this step's place in this routine."));
		RoutineRequest request = routine.request();
		routine.excluded().add(step.getExerciseSlug());
		routine.excluded().remove(replacement.slug());
		Instant now = this.clock.instant();
		routine.steps()
			.set(index, new RoutineStep(replacement.slug(), step.getPhase(),
					RoutinePlanner.startingDose(replacement, request),
					RoutinePlanner.reasonKey(replacement, step.getPhase(), request.focus()))
				.startingAt(now));
		routine.touch(now);
	}

	/**
	 * Moves the routine to another level (a level-up from beginner to regular, or a step-back the other way); the
	 * doses change through {@link #changeDose} within the new level's limits.
	 */
	@Transactional
	public void changeLevel(UUID id, UUID owner, Level level) {
		owned(id, owner).changeLevel(level, this.clock.instant());
	}

	/**
	 * Changes a step's hold, reps and sets, within the safe limits for its kind and the person's level. The step's
	 * ratings start again from this change (see {@link #tune}).
	 */
	@Transactional
	public void changeDose(UUID id, UUID owner, int index, int holdSeconds, int reps, int sets) {
		Routine routine = owned(id, owner);
		RoutineStep step = step(routine, index);
		ExerciseDetails exercise = this.catalogue.getBySlug(step.getExerciseSlug());
		DosageLimits limits = limits(exercise, routine.request());
		Prescription current = step.getPrescription();
		Prescription changed;
		try {
			changed = current.withHold(holdSeconds)
				.withSets(sets, (sets > 1) ? DosageLimits.REST_SECONDS : 0)
				.withReps(reps)
				.withPyramid(DosageLimits.pyramid(exercise));
		}
		catch (IllegalArgumentException ex) {
			throw new RoutineEditException("doseOutOfRange", ex.getMessage());
		}
		if (!limits.allows(changed)) {
			throw new RoutineEditException("doseOutOfRange", "That dose is outside the safe range.");
		}
		// A dose set by hand starts its ratings again: those from before it no longer count towards a change.
		Instant now = this.clock.instant();
		step.prescribeByHand(changed, now);
		routine.touch(now);
	}

	/**
	 * A logged session's ratings of one routine: {@code marks} by exercise, for the exercises the session had (a
	 * step the person didn't rate is "about right").
	 */
	public record RatedSession(UUID completionId, Instant completedAt, Map<String, DoseFeedback.Mark> marks) {
	}

	/**
	 * Tunes the owner's routine after a session ({@link DoseFeedback}): {@code sessions} are the owner's sessions of
	 * it since its level last changed, newest first, the one just logged first. Each exercise counts only its
	 * sessions since its dose last changed. The change, if any, is saved with the version before it and applies to
	 * the next session. A step whose dose was set by hand, swapped in or shuffled since counts only its sessions
	 * after that. Someone else's routine is never changed.
	 */
	@Transactional
	public Optional<TuningView> tune(UUID id, UUID owner, LocalDate day, List<RatedSession> sessions) {
		Optional<Routine> found = this.routines.findById(id).filter((routine) -> routine.isOwnedBy(owner));
		if (found.isEmpty() || sessions.isEmpty()) {
			return Optional.empty();
		}
		Routine routine = found.get();
		List<RoutineTuning> earlier = this.tunings.findByRoutineIdOrderByTunedAtDesc(id);
		RoutineView view = view(routine, Optional.of(owner));
		List<DoseFeedback.Step> steps = new ArrayList<>();
		for (RoutineView.StepView step : view.steps()) {
			String slug = step.exercise().slug();
			Optional<Instant> setByHand = routine.steps().get(step.index()).getDoseSetAt();
			List<DoseFeedback.Mark> marks = new ArrayList<>();
			Optional<RoutineTuning> lastChange = earlier.stream()
				.filter((tuning) -> tuning.getSteps().stream().anyMatch((s) -> s.getExerciseSlug().equals(slug) && s.changed()))
				.findFirst();
			for (RatedSession session : sessions) {
				boolean beforeChange = lastChange
					.map((tuning) -> session.completionId().equals(tuning.getCompletionId())
							|| (tuning.isUndone() && !session.completedAt().isAfter(tuning.getUndoneAt())))
					.orElse(false);
				if (beforeChange || setByHand.filter((at) -> !session.completedAt().isAfter(at)).isPresent()) {
					break;
				}
				DoseFeedback.Mark mark = session.marks().get(slug);
				if (mark != null) {
					marks.add(mark);
				}
			}
			steps.add(new DoseFeedback.Step(step.prescription(), step.limits(), DosageLimits.pyramid(step.exercise()),
					step.phase(), marks));
		}
		DoseFeedback.Outcome outcome = DoseFeedback.tune(steps, view.minutes() * 60);
		if (outcome.changes().isEmpty()) {
			return Optional.empty();
		}
		DoseFeedback.Reason[] reasons = new DoseFeedback.Reason[steps.size()];
		outcome.changes().forEach((change) -> reasons[change.index()] = change.reason());
		List<RoutineTuning.TunedStep> tuned = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Prescription after = outcome.doses().get(i);
			RoutineStep step = routine.steps().get(i);
			if (!view.steps().get(i).limits().allows(after)) {
				after = steps.get(i).dose(); // never past a limit, whatever the rule said
				reasons[i] = null;
			}
			tuned.add(new RoutineTuning.TunedStep(step.getExerciseSlug(), reasons[i], steps.get(i).dose(), after));
			step.prescribe(after);
		}
		Instant now = this.clock.instant();
		UUID completion = sessions.get(0).completionId();
		routine.touch(now);
		RoutineTuning tuning = this.tunings.save(new RoutineTuning(id, completion, day, now, tuned));
		return Optional.of(tuningView(tuning, routine, true));
	}

	/**
	 * The routine's latest change from ratings while it stands (not undone, and the doses still as it left them),
	 * for its owner; nothing for anyone else.
	 */
	@Transactional(readOnly = true)
	public Optional<TuningView> latestTuning(UUID id, Optional<UUID> viewer) {
		Optional<Routine> routine = this.routines.findById(id).filter((r) -> viewer.map(r::isOwnedBy).orElse(false));
		if (routine.isEmpty()) {
			return Optional.empty();
		}
		return this.tunings.findByRoutineIdOrderByTunedAtDesc(id)
			.stream()
			.findFirst()
			.filter((tuning) -> !tuning.isUndone() && stands(tuning, routine.get()))
			.map((tuning) -> tuningView(tuning, routine.get(), tuning.changesDoses()));
	}

	/** Every change from ratings to the owner's routines, newest first, undone ones included (for the history). */
	@Transactional(readOnly = true)
	public List<TuningView> tuningsFor(UUID owner) {
		Map<UUID, Routine> byId = new java.util.HashMap<>();
		this.routines.findByOwnerIdOrderByCreatedAtDesc(owner).forEach((routine) -> byId.put(routine.getId(), routine));
		if (byId.isEmpty()) {
			return List.of();
		}
		return this.tunings.findByRoutineIdInOrderByTunedAtDesc(byId.keySet())
			.stream()
			.map((tuning) -> tuningView(tuning, byId.get(tuning.getRoutineId()), false))
			.toList();
	}

	/**
	 * Undo: puts back the routine's version before its latest change from ratings. Only that change, only while
	 * it stands; otherwise the routine stays as it is and the page says why.
	 */
	@Transactional
	public void undoTuning(UUID id, UUID owner, UUID tuningId) {
		Routine routine = owned(id, owner);
		RoutineTuning latest = this.tunings.findByRoutineIdOrderByTunedAtDesc(id)
			.stream()
			.findFirst()
			.filter((tuning) -> tuning.getId().equals(tuningId))
			.orElseThrow(() -> new RoutineEditException("undoGone", "That change is no longer the routine's latest."));
		Instant now = this.clock.instant();
		latest.undo(routine.steps(), now);
		routine.touch(now);
	}

	/** Whether the routine still has the steps and doses the change left it with. */
	private static boolean stands(RoutineTuning tuning, Routine routine) {
		return tuning.standsOn(routine.steps());
	}

	private TuningView tuningView(RoutineTuning tuning, Routine routine, boolean undoable) {
		List<TuningView.Change> changes = new ArrayList<>();
		List<RoutineTuning.TunedStep> steps = tuning.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			RoutineTuning.TunedStep step = steps.get(i);
			if (step.getReason() == null) {
				continue;
			}
			Optional<ExerciseDetails> exercise = this.catalogue.findBySlug(step.getExerciseSlug());
			if (exercise.isEmpty()) {
				continue;
			}
			Prescription shape = new Prescription(0, 1, 1, 1, 0, exercise.get().perSide());
			changes.add(new TuningView.Change(i, exercise.get(), step.getReason(), step.before(shape), step.after(shape)));
		}
		return new TuningView(tuning.getId(), tuning.getRoutineId(), routine.getName(), tuning.getCompletionId(),
				tuning.getTunedOn(), tuning.getTunedAt(), tuning.getUndoneAt(),
				undoable && !tuning.isUndone() && tuning.changesDoses(), routine.request().minutes(), List.copyOf(changes));
	}

	private Routine owned(UUID id, UUID owner) {
		return this.routines.findById(id)
			.filter((routine) -> routine.isOwnedBy(owner))
			.orElseThrow(() -> RoutineNotFoundException.of(id));
	}

	private static RoutineStep step(Routine routine, int index) {
		if (index < 0 || index >= routine.steps().size()) {
			throw new RoutineEditException("noStep", "This routine has no step " + (index + 1) + ".");
		}
		return routine.steps().get(index);
	}

	private static List<ExerciseDetails> swapChoices(Routine routine, Phase phase, RoutinePlanner planner) {
		List<String> inRoutine = routine.steps().stream().map(RoutineStep::getExerciseSlug).toList();
		return planner.alternatives(phase, routine.request())
			.stream()
			.filter((exercise) -> !inRoutine.contains(exercise.slug()))
			.toList();
	}

	/** E.g. "15-minute routine: Stiff from sitting", in the language of the request. */
	private String defaultName(RoutineRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String focus = this.messages.getMessage(request.focus().labelKey(), null, locale);
		return this.messages.getMessage("routine.defaultName", new Object[] { request.minutes(), focus }, locale);
	}

	private static DosageLimits limits(ExerciseDetails exercise, RoutineRequest request) {
		return RoutinePlanner.limits(exercise, request);
	}

	private RoutineView view(Routine routine, Optional<UUID> viewer) {
		boolean owned = viewer.map(routine::isOwnedBy).orElse(false);
		RoutineRequest request = routine.request();
		List<RoutineView.StepView> steps = new ArrayList<>();
		boolean onFloor = false;
		for (int i = 0; i < routine.steps().size(); i++) {
			RoutineStep step = routine.steps().get(i);
			ExerciseDetails exercise = this.catalogue.getBySlug(step.getExerciseSlug());
			// The get-ready follows from where the step before ended: getting down to the floor or up takes longer.
			Prescription dose = step.getPrescription().withTransition(Plan.transition(onFloor, exercise.needsFloor()));
			onFloor = exercise.needsFloor();
			steps.add(new RoutineView.StepView(i, exercise, step.getPhase(), dose, step.getReasonKey(),
					limits(exercise, request)));
		}
		return new RoutineView(routine.getId(), routine.getName(), request.minutes(), request.focus(),
				request.level(), request.setting(), owned ? request.avoid() : Set.of(), owned ? request.conditions() : Set.of(),
				routine.getSafetyCheckedAt(), routine.getCreatedAt(), List.copyOf(steps), owned, routine.getVersion());
	}

}
