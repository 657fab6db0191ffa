package app.limber.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.limber.routine.DosageLimits;
import app.limber.routine.Level;
import app.limber.routine.Prescription;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;

/**
 * Offers a routine's owner a level-up or a step-back from their logged sessions, and applies or records their
 * answer. Accepting keeps the earlier version and changes the doses through {@link Routines}, so the routine's own
 * rules (limits, ownership) still hold.
 */
@Service
class Levels {

	private final Completions completions;

	private final Routines routines;

	private final LevelDecisionRepository decisions;

	private final Clock clock;

	Levels(Completions completions, Routines routines, LevelDecisionRepository decisions, Clock clock) {
		this.completions = completions;
		this.routines = routines;
		this.decisions = decisions;
		this.clock = clock;
	}

	/** What to offer this viewer for this routine: only its owner gets offers. */
	@Transactional(readOnly = true)
	Optional<Offer> offer(RoutineView routine, Optional<UUID> viewer) {
		if (!routine.owned() || viewer.isEmpty()) {
			return Optional.empty();
		}
		UUID owner = viewer.get();
		Instant since = this.decisions.findFirstByRoutineIdAndOwnerIdOrderByDecidedAtDesc(routine.id(), owner)
			.map(LevelDecision::getDecidedAt)
			.orElse(Instant.MIN);
		List<CompletionView> sessions = this.completions.listFor(owner, routine.id())
			.stream()
			.filter((completion) -> completion.completedAt().isAfter(since))
			.toList();
		Progression.Direction direction = Progression.offer(sessions, LocalDate.now(this.clock));
		if (direction == null) {
			return Optional.empty();
		}
		Progression.Outcome outcome = Progression.change(doses(routine), routine.level(), direction,
				routine.minutes() * 60);
		List<Prescription> changed = outcome.doses();
		List<Change> changes = new ArrayList<>();
		for (RoutineView.StepView step : routine.steps()) {
			Prescription after = changed.get(step.index());
			if (!after.equals(step.prescription())) {
				changes.add(new Change(step, after));
			}
		}
		return changes.isEmpty() ? Optional.empty() : Optional.of(new Offer(direction, changes, outcome.level()));
	}

	/** Accepts or declines the offer that stands now; an offer that no longer stands changes nothing. */
	@Transactional
	void decide(UUID routineId, UUID owner, Progression.Direction direction, boolean accept) {
		RoutineView routine = this.routines.get(routineId, Optional.of(owner));
		if (!routine.owned()) {
			throw new RoutineNotFoundException(routineId);
		}
		Optional<Offer> offer = offer(routine, Optional.of(owner));
		if (offer.isEmpty() || offer.get().direction() != direction) {
			return;
		}
		List<LevelDecision.VersionStep> earlier = accept ? routine.steps()
			.stream()
			.map((step) -> new LevelDecision.VersionStep(step.exercise().slug(), step.prescription()))
			.toList() : List.of();
		this.decisions.save(new LevelDecision(routineId, owner, direction, accept, this.clock.instant(), earlier));
		if (accept) {
			if (offer.get().level() != routine.level()) {
				this.routines.changeLevel(routineId, owner, offer.get().level());
			}
			for (Change change : offer.get().changes()) {
				Prescription after = change.after();
				this.routines.changeDose(routineId, owner, change.step().index(), after.holdSeconds(), after.reps(),
						after.sets());
			}
		}
	}

	/** How many earlier versions the routine keeps. */
	@Transactional(readOnly = true)
	int earlierVersions(UUID routineId, UUID owner) {
		return this.decisions.findByRoutineIdAndOwnerIdAndAcceptedTrueOrderByDecidedAtDesc(routineId, owner).size();
	}

	private static List<Progression.Dose> doses(RoutineView routine) {
		Level other = (routine.level() == Level.BEGINNER) ? Level.INTERMEDIATE : Level.BEGINNER;
		return routine.steps()
			.stream()
			.map((step) -> new Progression.Dose(step.prescription(), step.limits(),
					(other == Level.BEGINNER && !DosageLimits.forBeginners(step.exercise())) ? null
							: DosageLimits.of(step.exercise(), other, routine.focus())))
			.toList();
	}

	/** A level-up or step-back and what it would change. */
	/** {@code level}: the routine's level after the change (a beginner can become regular). */
	record Offer(Progression.Direction direction, List<Change> changes, Level level) {

		public boolean levelUp() {
			return this.direction == Progression.Direction.LEVEL_UP;
		}

		public String urlValue() {
			return levelUp() ? "level-up" : "step-back";
		}

	}

	record Change(RoutineView.StepView step, Prescription after) {
	}

}
