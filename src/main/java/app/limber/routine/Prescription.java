package app.limber.routine;

import java.util.ArrayList;
import java.util.List;

import app.limber.catalogue.Dosage;

/**
 * The dosage of one routine step and the time it really takes: a get-ready countdown into position, every rep at
 * its tempo and hold, both sides with a switch between them, and the rests between sets. The guided session plays
 * exactly {@link #segments()}, so the player and the routine's total can never disagree.
 */
public record Prescription(int holdSeconds, int tempoSeconds, int reps, int sets, int restSeconds, boolean perSide) {

	/** Time to get into position, shown as the get-ready countdown. */
	public static final int GET_READY_SECONDS = 10;

	/** Time to change sides on a one-sided exercise. */
	public static final int SWITCH_SIDES_SECONDS = 5;

	public Prescription {
		if (holdSeconds < 0 || tempoSeconds < 1 || reps < 1 || sets < 1 || restSeconds < 0) {
			throw new IllegalArgumentException("Not a dosage: " + holdSeconds + "/" + tempoSeconds + "/" + reps + "/"
					+ sets + "/" + restSeconds);
		}
	}

	public static Prescription of(Dosage dosage, boolean perSide) {
		return new Prescription(dosage.holdSeconds(), dosage.tempoSeconds(), dosage.reps(), dosage.sets(),
				dosage.restSeconds(), perSide);
	}

	public int sides() {
		return this.perSide ? 2 : 1;
	}

	public int secondsPerRep() {
		return this.tempoSeconds + this.holdSeconds;
	}

	/**
	 * Read as "hold for N seconds" rather than "do N reps". From 5 s on a hold is what the person times, so a
	 * strengthening hold reads the same at both levels ("Hold 6 s × 5" and "Hold 10 s × 6").
	 */
	public boolean isHold() {
		return this.holdSeconds >= Dosage.HOLD_WORDING_FROM_SECONDS;
	}

	public int seconds() {
		return GET_READY_SECONDS + this.sets * sides() * this.reps * secondsPerRep()
				+ this.sets * (sides() - 1) * SWITCH_SIDES_SECONDS + (this.sets - 1) * this.restSeconds;
	}

	public List<Segment> segments() {
		List<Segment> segments = new ArrayList<>();
		segments.add(new Segment(Segment.Type.GET_READY, GET_READY_SECONDS, 1, 1, 0));
		for (int set = 1; set <= this.sets; set++) {
			for (int side = 1; side <= sides(); side++) {
				segments.add(new Segment(Segment.Type.WORK, this.reps * secondsPerRep(), set, side, this.reps));
				if (side < sides()) {
					segments.add(new Segment(Segment.Type.SWITCH_SIDES, SWITCH_SIDES_SECONDS, set, side + 1, 0));
				}
			}
			if (set < this.sets && this.restSeconds > 0) {
				segments.add(new Segment(Segment.Type.REST, this.restSeconds, set + 1, 1, 0));
			}
		}
		return List.copyOf(segments);
	}

	Prescription withReps(int newReps) {
		return new Prescription(this.holdSeconds, this.tempoSeconds, newReps, this.sets, this.restSeconds, this.perSide);
	}

	Prescription withHold(int newHold) {
		return new Prescription(newHold, this.tempoSeconds, this.reps, this.sets, this.restSeconds, this.perSide);
	}

	Prescription withSets(int newSets, int newRest) {
		return new Prescription(this.holdSeconds, this.tempoSeconds, this.reps, newSets, newRest, this.perSide);
	}

	/**
	 * One timed stretch of the player. {@code set} and {@code side} (1 or 2) say where in the step it falls;
	 * {@code reps} is how many reps a work segment paces.
	 */
	public record Segment(Type type, int seconds, int set, int side, int reps) {

		public enum Type {

			GET_READY, WORK, SWITCH_SIDES, REST

		}

	}

}
