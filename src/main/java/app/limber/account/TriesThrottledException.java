package app.limber.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many tries with one email or from one address: the next try has to wait {@link #getWait()}. */
class TriesThrottledException extends AuthenticationException {

	private final Duration wait;

	TriesThrottledException(Duration wait) {
		super("Too many tries; wait " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	Duration getWait() {
		return this.wait;
	}

	/** Whole seconds, rounded up, at least one. */
	int seconds() {
		return (int) Math.max(1, (this.wait.toMillis() + 999) / 1000);
	}

}
