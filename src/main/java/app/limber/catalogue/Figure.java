package app.limber.catalogue;

import java.util.Set;

/**
 * The moving picture of one exercise: how it is seen, what stands around the body, which joint stays put, and its
 * start and end positions, for the exercise as written and for its easier variation.
 *
 * @param greyed the limbs drawn in grey: in a side view the far ones
 * @param anchor the joint that stays where it is while the rest moves (a hand or knee on the mat, a foot on the floor)
 */
public record Figure(String slug, View view, Set<Prop> props, Joint anchor, Greyed greyed, Pose start, Pose end,
		Pose easierStart, Pose easierEnd) {

	/** Which side's limbs are drawn in grey, so that limbs lying over each other stay apart. */
	public enum Greyed {

		NONE, NEAR, FAR

	}

	public enum View {

		/** Seen from the side, facing right; far limbs in grey. */
		SIDE,
		/** Seen from the front, both sides in black. */
		FRONT,
		/** Seen from above, lying on a mat: no floor line. */
		TOP

	}

	public enum Prop {

		/** An exercise mat on the floor. */
		MAT,
		/** A chair under the hips of the start position. */
		CHAIR,
		/** A wall just behind the back of the start position. */
		WALL_BEHIND_BACK,
		/** A wall seen face-on behind the body. */
		WALL_BEHIND,
		/** A wall just beyond the near hand (to lean on). */
		WALL_AT_HAND,
		/** A low step under the near heel. */
		STEP,
		/** A towel or strap from the hands to the near foot. */
		STRAP

	}

	public enum Joint {

		HIP, SHOULDER, HEAD, ELBOW, WRIST, KNEE, ANKLE, TOE, FAR_WRIST, FAR_KNEE, FAR_ANKLE

	}

	/** Whether the easier variation has a picture of its own. */
	public boolean easierDiffers() {
		return !this.easierStart.equals(this.start) || !this.easierEnd.equals(this.end);
	}

	Pose start(Version version) {
		return (version == Version.EASIER) ? this.easierStart : this.start;
	}

	Pose end(Version version) {
		return (version == Version.EASIER) ? this.easierEnd : this.end;
	}

	/** The exercise as written, or its easier variation. */
	public enum Version {

		USUAL, EASIER

	}

}
