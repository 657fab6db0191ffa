package app.limber.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.limber.routine.Rating;

/**
 * A finished session as the player (or any API client) logs it. {@code date} is the person's own calendar day,
 * which may differ from the server's by one near midnight; it defaults to today. Steps are the routine's step
 * indexes, counted from 0; {@code ratings} rate some of them, at most once each.
 */
record CompletionRequest(@NotNull @Min(0) @Max(MAX_DURATION_SECONDS) Integer durationSeconds,
		@Min(0) @Max(10) Integer painBefore, @Min(0) @Max(10) Integer painAfter, LocalDate date,
		@Size(max = MAX_STEPS) List<@NotNull @Min(0) Integer> skippedSteps,
		@Size(max = MAX_STEPS) List<@NotNull @Valid Hurt> hurts,
		@Size(max = MAX_STEPS) List<@NotNull @Valid StepRating> ratings) {

	/** Four hours: far beyond any routine (at most 30 minutes plus pauses), and the column's check. */
	static final int MAX_DURATION_SECONDS = 14400;

	static final int MAX_STEPS = 100;

	CompletionRequest {
		skippedSteps = (skippedSteps != null) ? skippedSteps : List.of();
		hurts = (hurts != null) ? hurts : List.of();
		ratings = (ratings != null) ? ratings : List.of();
	}

	CompletionRequest(Integer durationSeconds, Integer painBefore, Integer painAfter, LocalDate date,
			List<Integer> skippedSteps, List<Hurt> hurts) {
		this(durationSeconds, painBefore, painAfter, date, skippedSteps, hurts, List.of());
	}

	/** How a step felt: "easy" (too easy), "right" (about right, as for a step not rated) or "hard" (too hard). */
	record StepRating(@NotNull @Min(0) Integer step, @NotNull Rating rating) {
	}

	/** "This hurts" during a step: which step, its exercise, and what the person chose next. */
	record Hurt(@NotNull @Min(0) Integer step, @NotBlank @Size(max = 60) String exercise, @NotNull HurtChoice choice) {
	}

}
