package app.limber.routine;

import app.limber.system.UrlValue;

/** What the person wants most from the routine; it sets the share of time each phase gets. */
public enum Focus implements UrlValue {

	/** Stiff from sitting. */
	TIGHT(0.65),
	/** Weak core or poor posture. */
	WEAK(0.35),
	/** Easing back in after a recent strain: gentle mobility and light activation only. */
	RECOVERING(0.6),
	/** Back pain driven by stiff hips: stretch the hips, keep the back stable. */
	HIPS(0.65),
	BALANCED(0.5);

	private final double loosenShare;

	Focus(double loosenShare) {
		this.loosenShare = loosenShare;
	}

	/** The share of the routine's time the planner aims to give stretching and mobility. */
	public double loosenShare() {
		return this.loosenShare;
	}

}
