package app.limber.catalogue;

/**
 * One position of the figure as joint angles. Angles are in degrees, measured as on a maths graph: 0 points right,
 * 90 up, 180 left, 270 (or -90) down. A side-view figure faces right; its mirror faces left. A segment may show less
 * than its length when it points toward the viewer (foreshortening); its true length never changes.
 *
 * @param torso hip to shoulders
 * @param bend how far the spine bows, as a share of the torso's length: above 0 rounds the back, below 0 arches it
 * @param neck shoulders to the centre of the head
 * @param face where the nose points, or {@code null} for a face turned to the viewer
 * @param arm the near arm (in a front view: the figure's right, on the viewer's left)
 * @param farArm the far arm
 * @param leg the near leg
 * @param farLeg the far leg
 * @param shoulderSpread half the distance between the shoulders as seen (0 in a side view)
 * @param hipSpread half the distance between the hips as seen (0 in a side view)
 */
public record Pose(Segment torso, double bend, Segment neck, Double face, Arm arm, Arm farArm, Leg leg, Leg farLeg,
		double shoulderSpread, double hipSpread) {

	/** A segment's direction and the share of its length that shows. */
	public record Segment(double angle, double scale) {

		public static Segment of(double angle) {
			return new Segment(angle, 1);
		}

		Segment lerp(Segment other, double t) {
			return new Segment(mix(this.angle, other.angle, t), mix(this.scale, other.scale, t));
		}

	}

	public record Arm(Segment upper, Segment fore) {

		Arm lerp(Arm other, double t) {
			return new Arm(this.upper.lerp(other.upper, t), this.fore.lerp(other.fore, t));
		}

	}

	public record Leg(Segment thigh, Segment shin, Segment foot) {

		Leg lerp(Leg other, double t) {
			return new Leg(this.thigh.lerp(other.thigh, t), this.shin.lerp(other.shin, t), this.foot.lerp(other.foot, t));
		}

	}

	/**
	 * The pose a share {@code t} of the way to {@code other}. Angles move by their written values (from 270 to 90
	 * passes 180; from -90 to 90 passes 0), so the data chooses which way a limb swings; limbs keep their length.
	 */
	public Pose lerp(Pose other, double t) {
		Double mixedFace = (this.face == null || other.face == null) ? (t < 0.5 ? this.face : other.face)
				: Double.valueOf(mix(this.face, other.face, t));
		return new Pose(this.torso.lerp(other.torso, t), mix(this.bend, other.bend, t), this.neck.lerp(other.neck, t),
				mixedFace, this.arm.lerp(other.arm, t), this.farArm.lerp(other.farArm, t), this.leg.lerp(other.leg, t),
				this.farLeg.lerp(other.farLeg, t), mix(this.shoulderSpread, other.shoulderSpread, t),
				mix(this.hipSpread, other.hipSpread, t));
	}

	static double mix(double from, double to, double t) {
		return from + (to - from) * t;
	}

}
