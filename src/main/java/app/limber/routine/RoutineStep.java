package app.limber.routine;

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
