package app.limber.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How much of an exercise to do: {@code reps} repetitions per set (per side when the exercise is one-sided),
 * each one {@code tempoSeconds} of movement plus {@code holdSeconds} held still, with {@code restSeconds}
 * between sets.
 */
@Embeddable
public record Dosage(@Column(nullable = false) int holdSeconds, @Column(nullable = false) int tempoSeconds,
		@Column(nullable = false) int reps, @Column(nullable = false) int sets,
		@Column(nullable = false) int restSeconds) {

	/** A catalogue dosage is written set by set; a routine step may go in a pyramid. */
	public boolean pyramid() {
		return false;
	}

	public int secondsPerRep() {
		return holdSeconds + tempoSeconds;
	}

	/** From this many seconds a hold is written "Hold N s × reps" rather than "reps × N s hold". */
	public static final int HOLD_WORDING_FROM_SECONDS = 5;

}
