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

	RoutineOwnedData(RoutineRepository routines) {
		this.routines = routines;
	}

	@Override
	public String exportName() {
		return "routines";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(UUID owner) {
		return this.routines.findByOwnerIdOrderByCreatedAtDesc(owner).stream().map(ExportedRoutine::of).toList();
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
			Instant updatedAt, List<ExportedStep> steps) {

		static ExportedRoutine of(Routine routine) {
			RoutineRequest request = routine.request();
			return new ExportedRoutine(routine.getId(), routine.getName(), request.minutes(), request.focus(),
					request.level(), request.setting(), request.avoid(), request.conditions(),
					routine.getSafetyCheckedAt(), routine.getCreatedAt(), routine.getUpdatedAt(),
					routine.steps().stream().map(ExportedStep::of).toList());
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
