package app.limber.session;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.limber.catalogue.Catalogue;
import app.limber.routine.DoseFeedback;
import app.limber.routine.Rating;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;

/**
 * Logs finished sessions and reads them back as a history. Every completion belongs to the person who logged it,
 * and every read is for one owner only: nobody sees another person's sessions, pain ratings or "this hurts".
 */
@Service
public class Completions {

	/** How many sessions the history lists one by one. */
	static final int RECENT = 10;

	/** How many times a session's tuning is tried when an edit of the routine gets in its way. */
	static final int TUNING_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(Completions.class);

	private final CompletionRepository completions;

	private final Routines routines;

	private final Catalogue catalogue;

	private final Clock clock;

	private final LevelDecisionRepository decisions;

	private final TransactionTemplate transactions;

	Completions(CompletionRepository completions, Routines routines, Catalogue catalogue, Clock clock,
			LevelDecisionRepository decisions, TransactionTemplate transactions) {
		this.completions = completions;
		this.transactions = transactions;
		this.decisions = decisions;
		this.routines = routines;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * Records a session of routine {@code routineId} in {@code owner}'s history. Anyone with the routine's link may
	 * play it; the completion is always theirs. (Once routines can be copied, a visitor's completion will go on
	 * their own copy; until then it points at the routine they played.)
	 */
	CompletionView log(UUID owner, UUID routineId, CompletionRequest request) {
		return log(owner, routineId, request, null);
	}

	/**
	 * Logs a session once per {@code idempotencyKey} (when given): a repeat with the same key returns the session
	 * logged the first time, and logs nothing. Two repeats racing each other meet the database's unique index; the
	 * loser's caller asks {@link #loggedWith} for the winner.
	 * <p>
	 * The session is saved in a transaction of its own, which nothing else writes to the routine in: an edit of the
	 * routine at the same moment can't make the log fail. Its ratings then tune the routine in a second transaction,
	 * tried again when an edit got in the way (the version check refused it); if every try meets an edit, the
	 * session stays logged and its ratings count with the next one.
	 */
	CompletionView log(UUID owner, UUID routineId, CompletionRequest request, String idempotencyKey) {
		Logged logged = this.transactions.execute((status) -> save(owner, routineId, request, idempotencyKey));
		if (logged.fresh() && logged.routine().owned()) {
			tuneRetrying(owner, logged.routine(), logged.completion());
		}
		return logged.completion();
	}

	/** A session as saved, and whether this call saved it (not a repeat of an idempotency key). */
	private record Logged(CompletionView completion, RoutineView routine, boolean fresh) {
	}

	private Logged save(UUID owner, UUID routineId, CompletionRequest request, String idempotencyKey) {
		if (idempotencyKey != null) {
			Optional<Completion> first = this.completions.findByOwnerIdAndIdempotencyKey(owner, idempotencyKey);
			if (first.isPresent()) {
				return new Logged(CompletionView.of(first.get()), null, false);
			}
		}
		RoutineView routine = this.routines.get(routineId, Optional.of(owner));
		int stepCount = routine.steps().size();
		Set<Integer> skipped = new HashSet<>();
		for (int i = 0; i < request.skippedSteps().size(); i++) {
			int step = request.skippedSteps().get(i);
			if (step >= stepCount) {
				throw noStep("skippedSteps[" + i + "]", step, stepCount);
			}
			skipped.add(step);
		}
		Map<Integer, HurtChoice> hurts = new HashMap<>();
		for (int i = 0; i < request.hurts().size(); i++) {
			CompletionRequest.Hurt hurt = request.hurts().get(i);
			if (hurt.step() >= stepCount) {
				throw noStep("hurts[" + i + "].step", hurt.step(), stepCount);
			}
			String exercise = routine.steps().get(hurt.step()).exercise().slug();
			if (!exercise.equals(hurt.exercise())) {
				throw new CompletionRejectedException("hurts[" + i + "].exercise", "problem.completion.otherExercise",
						String.valueOf(hurt.step()), exercise, hurt.exercise());
			}
			hurts.merge(hurt.step(), hurt.choice(), (first, second) -> (second == HurtChoice.SKIP) ? second : first);
		}
		Map<Integer, Rating> ratings = new HashMap<>();
		for (int i = 0; i < request.ratings().size(); i++) {
			CompletionRequest.StepRating rating = request.ratings().get(i);
			if (rating.step() >= stepCount) {
				throw noStep("ratings[" + i + "].step", rating.step(), stepCount);
			}
			if (ratings.put(rating.step(), rating.rating()) != null) {
				throw new CompletionRejectedException("ratings[" + i + "].step", "problem.completion.ratedTwice",
						String.valueOf(rating.step()));
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate date = (request.date() != null) ? request.date() : today;
		if (Math.abs(ChronoUnit.DAYS.between(today, date)) > 1) {
			throw new CompletionRejectedException("date", "problem.completion.date", today.toString());
		}
		List<CompletionStep> steps = new ArrayList<>();
		for (RoutineView.StepView step : routine.steps()) {
			HurtChoice hurt = hurts.get(step.index());
			StepOutcome outcome = (skipped.contains(step.index()) || hurt == HurtChoice.SKIP) ? StepOutcome.SKIPPED
					: (hurt == HurtChoice.EASIER) ? StepOutcome.EASIER : StepOutcome.DONE;
			steps.add(new CompletionStep(step.exercise().slug(), outcome, hurt != null, ratings.get(step.index())));
		}
		Completion completion = this.completions.saveAndFlush(new Completion(owner, routine.id(), routine.name(), date,
				// to the microsecond, as the database keeps it: a repeat's answer is the same as the first one
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), request.durationSeconds(), routine.totalSeconds(),
				request.painBefore(), request.painAfter(), steps).withIdempotencyKey(idempotencyKey));
		return new Logged(CompletionView.of(completion), routine, true);
	}

	private void tuneRetrying(UUID owner, RoutineView routine, CompletionView logged) {
		for (int attempt = 1;; attempt++) {
			try {
				this.transactions.executeWithoutResult((status) -> tune(owner, routine, logged));
				return;
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt == TUNING_ATTEMPTS) {
					log.warn("Session {} is logged; routine {} kept changing, so its ratings wait for the next session",
							logged.id(), routine.id());
					return;
				}
			}
		}
	}

	/**
	 * Each session tunes the next: the ratings of this routine's sessions since its level last changed (the one just
	 * logged first) go to {@link Routines#tune}, which changes doses per exercise.
	 */
	private void tune(UUID owner, RoutineView routine, CompletionView logged) {
		Instant since = this.decisions.findFirstByRoutineIdAndOwnerIdOrderByDecidedAtDesc(routine.id(), owner)
			.map(LevelDecision::getDecidedAt)
			.orElse(Instant.MIN);
		List<Routines.RatedSession> sessions = new ArrayList<>();
		sessions.add(rated(logged));
		this.completions.findByOwnerIdOrderByCompletedAtDesc(owner)
			.stream()
			.filter((completion) -> routine.id().equals(completion.getRoutineId()) && !completion.getId().equals(logged.id()))
			.filter((completion) -> completion.getCompletedAt().isAfter(since))
			.limit(RATED_SESSIONS)
			.map(CompletionView::of)
			.map(Completions::rated)
			.forEach(sessions::add);
		this.routines.tune(routine.id(), owner, logged.date(), sessions);
	}

	/** How many earlier sessions the ratings look back over (an exercise counts its last three of them). */
	private static final int RATED_SESSIONS = 30;

	/** A session's marks by exercise; a step the person skipped (without "this hurts") is not a session of it. */
	private static Routines.RatedSession rated(CompletionView completion) {
		Map<String, DoseFeedback.Mark> marks = new HashMap<>();
		for (CompletionView.Step step : completion.steps()) {
			if (step.outcome() == StepOutcome.SKIPPED && !step.hurt()) {
				continue; // not done, so not a session of it: its dose can't have been too easy or too hard
			}
			marks.merge(step.exercise(), new DoseFeedback.Mark(step.rating(), step.hurt()), (a, b) -> a);
		}
		return new Routines.RatedSession(completion.id(), completion.completedAt(), marks);
	}

	/** The session logged first with this key, after a race between two sends of it. */
	@Transactional(readOnly = true)
	Optional<CompletionView> loggedWith(UUID owner, String idempotencyKey) {
		return this.completions.findByOwnerIdAndIdempotencyKey(owner, idempotencyKey).map(CompletionView::of);
	}

	private static CompletionRejectedException noStep(String field, int step, int stepCount) {
		return new CompletionRejectedException(field, "problem.completion.noStep", String.valueOf(stepCount - 1),
				String.valueOf(step));
	}

	/** The owner's sessions, newest first. */
	@Transactional(readOnly = true)
	public List<CompletionView> listFor(UUID owner) {
		return this.completions.findByOwnerIdOrderByCompletedAtDesc(owner).stream().map(CompletionView::of).toList();
	}

	/** One of the owner's sessions; someone else's is "not found", never "forbidden". */
	@Transactional(readOnly = true)
	public CompletionView get(UUID owner, UUID id) {
		return this.completions.findById(id)
			.filter((completion) -> completion.getOwnerId().equals(owner))
			.map(CompletionView::of)
			.orElseThrow(() -> new CompletionNotFoundException(id));
	}

	/** The owner's sessions of one routine, newest first. */
	@Transactional(readOnly = true)
	public List<CompletionView> listFor(UUID owner, UUID routineId) {
		return this.completions.findByOwnerIdOrderByCompletedAtDesc(owner)
			.stream()
			.filter((completion) -> routineId.equals(completion.getRoutineId()))
			.map(CompletionView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public History history(UUID owner) {
		return history(owner, DayOfWeek.MONDAY);
	}

	/** The owner's history, its calendar's weeks starting on {@code firstDay} (the locale's, see {@code Weeks}). */
	@Transactional(readOnly = true)
	public History history(UUID owner, DayOfWeek firstDay) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = today.minusWeeks(History.WEEKS).minusDays(7);
		List<CompletionView> recent = this.completions
			.findByOwnerIdAndCompletedOnGreaterThanEqualOrderByCompletedAtDesc(owner, since)
			.stream()
			.map(CompletionView::of)
			.toList();
		Map<LocalDate, int[]> byDay = new HashMap<>();
		for (CompletionView completion : recent) {
			int[] totals = byDay.computeIfAbsent(completion.date(), (day) -> new int[2]);
			totals[0]++;
			totals[1] += completion.durationSeconds();
		}
		List<LocalDate> days = this.completions.findDaysByOwnerId(owner);
		long seconds = this.completions.sumDurationSecondsByOwnerId(owner);
		int sessions = (int) this.completions.countByOwnerId(owner);
		return new History(today, History.calendar(today, firstDay, byDay), Streaks.current(days, today),
				(int) Math.round(seconds / 60.0), sessions, recent.stream().limit(RECENT).toList(), flags(recent));
	}

	/** Pain before and after, and minutes, over the last twelve weeks. */
	@Transactional(readOnly = true)
	public PainTrend painTrend(UUID owner) {
		LocalDate today = LocalDate.now(this.clock);
		List<CompletionView> completions = this.completions
			.findByOwnerIdAndCompletedOnGreaterThanEqualOrderByCompletedAtDesc(owner,
					today.minusWeeks(PainTrend.WEEKS).plusDays(1))
			.stream()
			.map(CompletionView::of)
			.toList();
		return PainTrend.of(completions, today);
	}

	/** The trend of someone who has logged nothing yet. */
	public PainTrend emptyPainTrend() {
		return PainTrend.of(List.of(), LocalDate.now(this.clock));
	}

	/** The history of someone who has logged nothing yet. */
	public History emptyHistory() {
		return emptyHistory(DayOfWeek.MONDAY);
	}

	/** The history of someone who has logged nothing yet, its weeks starting on {@code firstDay}. */
	public History emptyHistory(DayOfWeek firstDay) {
		LocalDate today = LocalDate.now(this.clock);
		return new History(today, History.calendar(today, firstDay, Map.of()), 0, 0, 0, List.of(), List.of());
	}

	private List<History.Flag> flags(List<CompletionView> newestFirst) {
		return HurtFlags.of(newestFirst).stream().flatMap((flag) -> this.catalogue.findBySlug(flag.exercise())
			.map((exercise) -> new History.Flag(exercise, flag.hurtIn(), flag.sessions(), newestFirst.stream()
				.filter((completion) -> completion.hurt(flag.exercise()))
				.map(CompletionView::routineId)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null)))
			.stream()).collect(Collectors.toList());
	}

}
