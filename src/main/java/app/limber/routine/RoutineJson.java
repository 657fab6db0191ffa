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
		Instant createdAt, List<Step> steps, Safety safety) {

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
				routine.setting(), routine.totalSeconds(), routine.createdAt(), steps, safety);
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
