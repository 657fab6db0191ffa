package app.limber.account;

import java.time.Duration;

/**
 * How tries slow down: the first {@code free} failures cost nothing; after that each failure makes the next try wait
 * twice as long as the one before ({@code base}, 2 x base, 4 x base, ...), up to {@code max}. A counter whose last
 * failure is older than {@code forget} starts again from nothing.
 */
record ThrottlePolicy(int free, Duration base, Duration max, Duration forget) {

	/** Each email (whether or not it has an account, so the answers give nothing away). */
	static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
			Duration.ofHours(1));

	/** Each client address: an office or a school behind one address shares it, so it allows more. */
	static final ThrottlePolicy ADDRESS = new ThrottlePolicy(20, Duration.ofSeconds(1), Duration.ofMinutes(15),
			Duration.ofHours(1));

	/**
	 * From an address that is waiting, an account still gets this many tries at once (its first, and one for a
	 * typo), so a person with the right password is not shut out by someone else guessing on the same network.
	 */
	static final int TRIES_PAST_A_WAITING_ADDRESS = 2;

	/** How long the next try waits after {@code failures} failures. */
	Duration delayAfter(int failures) {
		if (failures <= this.free) {
			return Duration.ZERO;
		}
		int doublings = failures - this.free - 1;
		if (doublings >= 30) {
			return this.max;
		}
		Duration delay = this.base.multipliedBy(1L << doublings);
		return (delay.compareTo(this.max) > 0) ? this.max : delay;
	}

}
