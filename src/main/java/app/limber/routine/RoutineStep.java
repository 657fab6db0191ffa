package app.limber.routine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One saved step: which exercise, in which phase, how much of it, and why. */
@Embeddable
public class RoutineStep {

	@Column(name = "exercise_slug")
	private String exerciseSlug;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private int holdSeconds;

	private int tempoSeconds;

	private int reps;

	private int sets;

	private int restSeconds;

	private boolean perSide;

	private boolean pyramid;

	private String reasonKey;

	/**
	 * When the step got its dose other than from ratings (built, shuffled, swapped in, or edited by hand); ratings
	 * from sessions before then don't count towards its next change. None on steps saved before it was kept.
	 */
	private Instant doseSetAt;

	protected RoutineStep() {
	}

	RoutineStep(String exerciseSlug, Phase phase, Prescription prescription, String reasonKey) {
		this.exerciseSlug = exerciseSlug;
		this.phase = phase;
		this.reasonKey = reasonKey;
		prescribe(prescription);
	}

	static RoutineStep of(Plan.Step step) {
		return new RoutineStep(step.exercise().slug(), step.phase(), step.prescription(), step.reasonKey());
	}

	void prescribe(Prescription prescription) {
		this.holdSeconds = prescription.holdSeconds();
		this.tempoSeconds = prescription.tempoSeconds();
		this.reps = prescription.reps();
		this.sets = prescription.sets();
		this.restSeconds = prescription.restSeconds();
		this.perSide = prescription.perSide();
		this.pyramid = prescription.pyramid();
	}

	/** The dose set by hand at {@code now}: the ratings of this step start again from here. */
	void prescribeByHand(Prescription prescription, Instant now) {
		if (!prescription.equals(getPrescription())) {
			// to the microsecond, as the database keeps it and as sessions' times are kept
			this.doseSetAt = now.truncatedTo(ChronoUnit.MICROS);
		}
		prescribe(prescription);
	}

	/** A new step (built, shuffled or swapped in) whose ratings start at {@code now}. */
	RoutineStep startingAt(Instant now) {
		this.doseSetAt = now.truncatedTo(ChronoUnit.MICROS);
		return this;
	}

	/** When the dose was last set other than from ratings, if known. */
	Optional<Instant> getDoseSetAt() {
		return Optional.ofNullable(this.doseSetAt);
	}

	public String getExerciseSlug() {
		return this.exerciseSlug;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public String getReasonKey() {
		return this.reasonKey;
	}

	public Prescription getPrescription() {
		return new Prescription(this.holdSeconds, this.tempoSeconds, this.reps, this.sets, this.restSeconds,
				this.perSide, this.pyramid && this.sets > 1);
	}

}
