package app.limber.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import app.limber.routine.Rating;

/** One step of a logged session, as it was played. */
@Embeddable
class CompletionStep {

	@Column(name = "exercise_slug")
	private String exerciseSlug;

	@Enumerated(EnumType.STRING)
	private StepOutcome outcome;

	private boolean hurt;

	/** Null for a step not rated, and for sessions logged before ratings: "about right". */
	@Enumerated(EnumType.STRING)
	private Rating rating;

	protected CompletionStep() {
	}

	CompletionStep(String exerciseSlug, StepOutcome outcome, boolean hurt) {
		this(exerciseSlug, outcome, hurt, null);
	}

	CompletionStep(String exerciseSlug, StepOutcome outcome, boolean hurt, Rating rating) {
		this.exerciseSlug = exerciseSlug;
		this.outcome = outcome;
		this.hurt = hurt;
		this.rating = rating;
	}

	Rating getRating() {
		return (this.rating != null) ? this.rating : Rating.RIGHT;
	}

	String getExerciseSlug() {
		return this.exerciseSlug;
	}

	StepOutcome getOutcome() {
		return this.outcome;
	}

	boolean isHurt() {
		return this.hurt;
	}

}
