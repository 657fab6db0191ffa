package app.limber.routine;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.limber.catalogue.HealthCondition;

/**
 * A routine as the API returns it. {@code safety} (the answers that shaped it) is present only for its owner.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RoutineJson(UUID id, String name, int minutes, Focus focus, Level level, Setting setting, int totalSeconds,
		Instant createdAt, List<Step> steps, Safety safety, LastChange lastChange) {

	static RoutineJson of(RoutineView routine, Function<String, String> messages) {
		List<Step> steps = routine.steps()
			.stream()
			.map((step) -> new Step(new ExerciseRef(step.exercise().slug(), step.exercise().name()), step.phase(),
					step.prescription().holdSeconds(), step.prescription().tempoSeconds(), step.prescription().reps(),
					step.prescription().sets(), step.prescription().perSide(), step.prescription().restSeconds(),
					step.seconds(), messages.apply(step.reasonKey())))
			.toList();
		Safety safety = routine.owned() ? new Safety(routine.avoid(), routine.conditions(), routine.safetyCheckedAt(),
				routine.conditions().contains(HealthCondition.LEG_PAIN) ? List.of(messages.apply("advice.legPain"))
						: List.of())
				: null;
		return new RoutineJson(routine.id(), routine.name(), routine.minutes(), routine.focus(), routine.level(),
				routine.setting(), routine.totalSeconds(), routine.createdAt(), steps, safety, null);
	}

	/** The same, with what the latest session's ratings changed (for the owner only). */
	RoutineJson withLastChange(LastChange change) {
		return new RoutineJson(this.id, this.name, this.minutes, this.focus, this.level, this.setting, this.totalSeconds,
				this.createdAt, this.steps, this.safety, change);
	}

	/**
	 * What the latest session's ratings changed, while it stands: the session's day, whether Undo (on the routine
	 * page) can still put it back, and each step's change with the reason, in words too.
	 */
	record LastChange(java.time.LocalDate date, boolean undoable, List<Change> changes) {
	}

	record Change(int step, String exercise, DoseFeedback.Reason reason, Dose before, Dose after, String explanation) {
	}

	record Dose(int holdSeconds, int reps, int sets) {

		static Dose of(Prescription p) {
			return new Dose(p.holdSeconds(), p.reps(), p.sets());
		}

	}

	record Step(ExerciseRef exercise, Phase phase, int holdSeconds, int tempoSeconds, int reps, int sets,
			boolean perSide, int restSeconds, int seconds, String reason) {
	}

	record ExerciseRef(String slug, String name) {
	}

	/** {@code advice}: what the answers call for besides the routine, e.g. seeing a physiotherapist. */
	record Safety(Set<Avoid> avoid, Set<HealthCondition> conditions, Instant checkedAt, List<String> advice) {
	}

}
