package app.limber.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a logged session, as it was played. */
@Embeddable
class CompletionStep {

	@Column(name = "exercise_slug")
	private String exerciseSlug;

	@Enumerated(EnumType.STRING)
	private StepOutcome outcome;

	private boolean hurt;

	protected CompletionStep() {
	}

	CompletionStep(String exerciseSlug, StepOutcome outcome, boolean hurt) {
		this.exerciseSlug = exerciseSlug;
		this.outcome = outcome;
		this.hurt = hurt;
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
