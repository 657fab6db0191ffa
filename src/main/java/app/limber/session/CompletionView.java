package app.limber.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.limber.routine.Rating;

/** A logged session as pages and the API show it. {@code routineId} is null once the routine has been deleted. */
public record CompletionView(UUID id, UUID routineId, String routineName, LocalDate date, Instant completedAt,
		int durationSeconds, int plannedSeconds, Integer painBefore, Integer painAfter, List<Step> steps) {

	@JsonProperty
	public List<Integer> skippedSteps() {
		return this.steps.stream().filter((step) -> step.outcome() == StepOutcome.SKIPPED).map(Step::index).toList();
	}

	@JsonProperty
	public List<Step> hurts() {
		return this.steps.stream().filter(Step::hurt).toList();
	}

	/** Pain went up from before to after; unknown when either rating is missing. */
	public boolean painRose() {
		return this.painBefore != null && this.painAfter != null && this.painAfter > this.painBefore;
	}

	public boolean includes(String exerciseSlug) {
		return this.steps.stream().anyMatch((step) -> step.exercise().equals(exerciseSlug));
	}

	public boolean hurt(String exerciseSlug) {
		return this.steps.stream().anyMatch((step) -> step.hurt() && step.exercise().equals(exerciseSlug));
	}

	/** {@code rating}: how it felt, "right" when the person didn't say. */
	public record Step(int index, String exercise, StepOutcome outcome, boolean hurt, Rating rating) {

		public Step(int index, String exercise, StepOutcome outcome, boolean hurt) {
			this(index, exercise, outcome, hurt, Rating.RIGHT);
		}

	}

	/** The steps rated other than "about right", in the shape the API takes them. */
	@JsonProperty
	public List<Rated> ratings() {
		return this.steps.stream()
			.filter((step) -> step.rating() != Rating.RIGHT)
			.map((step) -> new Rated(step.index(), step.rating()))
			.toList();
	}

	public Rating rating(String exerciseSlug) {
		return this.steps.stream()
			.filter((step) -> step.exercise().equals(exerciseSlug))
			.map(Step::rating)
			.findFirst()
			.orElse(Rating.RIGHT);
	}

	public record Rated(int step, Rating rating) {
	}

	static CompletionView of(Completion completion) {
		List<CompletionStep> steps = completion.getSteps();
		return new CompletionView(completion.getId(), completion.getRoutineId(), completion.getRoutineName(),
				completion.getCompletedOn(), completion.getCompletedAt(), completion.getDurationSeconds(),
				completion.getPlannedSeconds(), completion.getPainBefore(), completion.getPainAfter(),
				java.util.stream.IntStream.range(0, steps.size())
					.mapToObj((i) -> new Step(i, steps.get(i).getExerciseSlug(), steps.get(i).getOutcome(),
							steps.get(i).isHurt(), steps.get(i).getRating()))
					.toList());
	}

}
