package app.limber.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Failed tries of one email or one client address, kept in the database so that every instance slows down the same
 * guesser. Emails are kept only as SHA-256 hashes: a try with an email that has no account leaves no address behind.
 */
@Entity
@Table(name = "signin_throttle")
class SigninThrottle {

	@Id
	@Column(name = "throttle_key")
	private String key;

	private int failures;

	private Instant lastFailureAt;

	/** No try is let through before this moment. */
	private Instant notBefore;

	/** Of two simultaneous changes, the second fails and is made again on the first's result. */
	@Version
	private int version;

	protected SigninThrottle() {
	}

	SigninThrottle(String key, Instant now) {
		this.key = key;
		this.lastFailureAt = now;
		this.notBefore = now;
	}

	/** Failures that still count at {@code now}. */
	int failuresAt(ThrottlePolicy policy, Instant now) {
		return isForgottenAt(policy, now) ? 0 : this.failures;
	}

	private boolean isForgottenAt(ThrottlePolicy policy, Instant now) {
		return this.lastFailureAt.plus(policy.forget()).isBefore(now);
	}

	Instant getNotBefore() {
		return this.notBefore;
	}

	boolean isWaitingAt(Instant now) {
		return now.isBefore(this.notBefore);
	}

	/** Counts a try as failed until it proves right; the next one waits as the policy says. */
	void charge(ThrottlePolicy policy, Instant now) {
		if (isForgottenAt(policy, now)) {
			this.failures = 0;
		}
		this.failures++;
		this.lastFailureAt = now;
		this.notBefore = now.plus(policy.delayAfter(this.failures));
	}

	/** A try that was charged turned out right: it was not a failure after all. */
	void refund(ThrottlePolicy policy) {
		this.failures = Math.max(0, this.failures - 1);
		this.notBefore = this.lastFailureAt.plus(policy.delayAfter(this.failures));
	}

}
