package app.limber.routine;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.limber.catalogue.HealthCondition;
import app.limber.owner.OwnedData;

/** An owner's routines and the safety answers kept with them, for sign-in, export and deletion. */
@Component
class RoutineOwnedData implements OwnedData {

	private final RoutineRepository routines;

	private final RoutineTuningRepository tunings;

	RoutineOwnedData(RoutineRepository routines, RoutineTuningRepository tunings) {
		this.routines = routines;
		this.tunings = tunings;
	}

	@Override
	public String exportName() {
		return "routines";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(UUID owner) {
		return this.routines.findByOwnerIdOrderByCreatedAtDesc(owner)
			.stream()
			.map((routine) -> ExportedRoutine.of(routine, this.tunings.findByRoutineIdOrderByTunedAtDesc(routine.getId())))
			.toList();
	}

	@Override
	@Transactional
	public void moveAll(UUID from, UUID to) {
		this.routines.moveAll(from, to);
	}

	@Override
	@Transactional
	public void deleteAll(UUID owner) {
		this.routines.deleteAllByOwner(owner);
	}

	record ExportedRoutine(UUID id, String name, int minutes, Focus focus, Level level, Setting setting,
			Set<Avoid> avoid, Set<HealthCondition> conditions, Instant safetyCheckedAt, Instant createdAt,
			Instant updatedAt, List<ExportedStep> steps, List<ExportedChange> changes) {

		static ExportedRoutine of(Routine routine, List<RoutineTuning> tunings) {
			RoutineRequest request = routine.request();
			return new ExportedRoutine(routine.getId(), routine.getName(), request.minutes(), request.focus(),
					request.level(), request.setting(), request.avoid(), request.conditions(),
					routine.getSafetyCheckedAt(), routine.getCreatedAt(), routine.getUpdatedAt(),
					routine.steps().stream().map(ExportedStep::of).toList(),
					tunings.stream().map(ExportedChange::of).toList());
		}

	}

	/**
	 * A change a session's ratings made to the doses, newest first: the session, when, whether it was undone, and
	 * each step before and after with the reason it changed (none: it didn't).
	 */
	record ExportedChange(UUID completionId, java.time.LocalDate date, Instant changedAt, Instant undoneAt,
			List<ExportedChangeStep> steps) {

		static ExportedChange of(RoutineTuning tuning) {
			return new ExportedChange(tuning.getCompletionId(), tuning.getTunedOn(), tuning.getTunedAt(),
					tuning.getUndoneAt(), tuning.getSteps().stream().map(ExportedChangeStep::of).toList());
		}

	}

	record ExportedChangeStep(String exercise, DoseFeedback.Reason reason, Dose before, Dose after) {

		static ExportedChangeStep of(RoutineTuning.TunedStep step) {
			Prescription shape = new Prescription(0, 1, 1, 1, 0, false);
			return new ExportedChangeStep(step.getExerciseSlug(), step.getReason(), Dose.of(step.before(shape)),
					Dose.of(step.after(shape)));
		}

	}

	record Dose(int holdSeconds, int reps, int sets, int restSeconds) {

		static Dose of(Prescription p) {
			return new Dose(p.holdSeconds(), p.reps(), p.sets(), p.restSeconds());
		}

	}

	record ExportedStep(String exercise, Phase phase, int holdSeconds, int tempoSeconds, int reps, int sets,
			int restSeconds, boolean perSide) {

		static ExportedStep of(RoutineStep step) {
			Prescription dose = step.getPrescription();
			return new ExportedStep(step.getExerciseSlug(), step.getPhase(), dose.holdSeconds(), dose.tempoSeconds(),
					dose.reps(), dose.sets(), dose.restSeconds(), dose.perSide());
		}

	}

}
