package app.limber.routine;

import java.util.ArrayList;
import java.util.List;

import app.limber.catalogue.Dosage;

/**
 * The dosage of one routine step and the time it really takes: a get-ready countdown into position (longer when the
 * step means getting down to the floor or coming back up), every rep at its tempo and hold, both sides with a switch
 * between them, and the rests between sets. {@code pyramid}: the sets go down by two reps each (5-3-1), as McGill
 * doses his endurance exercises. The guided session plays exactly {@link #segments()}, so the player and the
 * routine's total can never disagree.
 */
public record Prescription(int holdSeconds, int tempoSeconds, int reps, int sets, int restSeconds, boolean perSide,
		boolean pyramid, Transition transition) {

	/** Time to get into position, shown as the get-ready countdown. */
	public static final int GET_READY_SECONDS = 10;

	/** Time to get down onto the floor or back up to a chair or standing, as the get-ready countdown. */
	public static final int TRANSITION_SECONDS = 20;

	/** Time to change sides on a one-sided exercise. */
	public static final int SWITCH_SIDES_SECONDS = 5;

	/** How a step's start position follows the previous step's (a routine starts standing or sitting). */
	public enum Transition {

		/** In the same place as before: standing or on a chair, or already on the floor. */
		NONE,
		/** Getting down onto the floor. */
		DOWN,
		/** Coming up from the floor to a chair or standing. */
		UP;

		public int getReadySeconds() {
			return (this == NONE) ? GET_READY_SECONDS : TRANSITION_SECONDS;
		}

	}

	public Prescription {
		if (holdSeconds < 0 || tempoSeconds < 1 || reps < 1 || sets < 1 || restSeconds < 0) {
			throw new IllegalArgumentException("Not a dosage: " + holdSeconds + "/" + tempoSeconds + "/" + reps + "/"
					+ sets + "/" + restSeconds);
		}
		if (pyramid && reps - 2 * (sets - 1) < 1) {
			throw new IllegalArgumentException("Not a pyramid: " + reps + " reps over " + sets + " sets");
		}
		transition = (transition != null) ? transition : Transition.NONE;
	}

	public Prescription(int holdSeconds, int tempoSeconds, int reps, int sets, int restSeconds, boolean perSide) {
		this(holdSeconds, tempoSeconds, reps, sets, restSeconds, perSide, false, Transition.NONE);
	}

	public Prescription(int holdSeconds, int tempoSeconds, int reps, int sets, int restSeconds, boolean perSide,
			boolean pyramid) {
		this(holdSeconds, tempoSeconds, reps, sets, restSeconds, perSide, pyramid, Transition.NONE);
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

	/** Reps in set {@code set} (1-based): the same in every set, or two fewer each set in a pyramid. */
	public int repsInSet(int set) {
		return this.pyramid ? this.reps - 2 * (set - 1) : this.reps;
	}

	/** Reps over all sets, one side. */
	public int totalReps() {
		int total = 0;
		for (int set = 1; set <= this.sets; set++) {
			total += repsInSet(set);
		}
		return total;
	}

	/**
	 * Read as "hold for N seconds" rather than "do N reps". From 5 s on a hold is what the person times, so a
	 * strengthening hold reads the same at both levels ("Hold 6 s × 5" and "Hold 10 s × 6").
	 */
	public boolean isHold() {
		return this.holdSeconds >= Dosage.HOLD_WORDING_FROM_SECONDS;
	}

	public int getReadySeconds() {
		return this.transition.getReadySeconds();
	}

	public int seconds() {
		return getReadySeconds() + sides() * totalReps() * secondsPerRep()
				+ this.sets * (sides() - 1) * SWITCH_SIDES_SECONDS + (this.sets - 1) * this.restSeconds;
	}

	public List<Segment> segments() {
		List<Segment> segments = new ArrayList<>();
		segments.add(new Segment(Segment.Type.GET_READY, getReadySeconds(), 1, 1, 0));
		for (int set = 1; set <= this.sets; set++) {
			for (int side = 1; side <= sides(); side++) {
				segments.add(new Segment(Segment.Type.WORK, repsInSet(set) * secondsPerRep(), set, side, repsInSet(set)));
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
		return new Prescription(this.holdSeconds, this.tempoSeconds, newReps, this.sets, this.restSeconds, this.perSide,
				this.pyramid && this.sets > 1, this.transition);
	}

	Prescription withHold(int newHold) {
		return new Prescription(newHold, this.tempoSeconds, this.reps, this.sets, this.restSeconds, this.perSide,
				this.pyramid, this.transition);
	}

	Prescription withSets(int newSets, int newRest) {
		return new Prescription(this.holdSeconds, this.tempoSeconds, this.reps, newSets, newRest, this.perSide,
				this.pyramid && newSets > 1, this.transition);
	}

	/** The same dose as a pyramid over its sets, or not. */
	Prescription withPyramid(boolean newPyramid) {
		return new Prescription(this.holdSeconds, this.tempoSeconds, this.reps, this.sets, this.restSeconds, this.perSide,
				newPyramid && this.sets > 1, this.transition);
	}

	/** The same dose after a different move into position. */
	public Prescription withTransition(Transition newTransition) {
		return new Prescription(this.holdSeconds, this.tempoSeconds, this.reps, this.sets, this.restSeconds, this.perSide,
				this.pyramid, newTransition);
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
