package app.limber.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing, per email and per client address, by making tries wait rather than by locking anyone out
 * (see {@link ThrottlePolicy}). Every try is let in only when neither its email nor (for an email that already
 * failed twice) its address is waiting, and it is counted as a failure the moment it is let in; a right password
 * takes that back. Counters live in the database with a version number: of two simultaneous tries (on any instance)
 * only one can count itself, the other reads the counter again, so a burst of guesses gets the free tries and no
 * more.
 * Emails that have no account are counted exactly like those that have one.
 */
@Service
class SigninThrottles {

	private final SigninThrottleRepository throttles;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SigninThrottles(SigninThrottleRepository throttles, TransactionTemplate transactions, Clock clock) {
		this.throttles = throttles;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Let in, or how long to wait. */
	record Admission(boolean admitted, Duration waitFor) {

		static final Admission IN = new Admission(true, Duration.ZERO);

	}

	/** Decides whether a try for {@code email} from {@code address} may go ahead, and counts it if so. */
	Admission admit(String email, String address) {
		for (int round = 1; round <= ROUNDS; round++) {
			try {
				return this.transactions.execute((status) -> admitLocked(email, address));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException simultaneousTry) {
				// Another try for the same email or address counted first (or created its counter): read it again.
				pause(round);
			}
		}
		// Still crowded after every round: hold this try back rather than let it in uncounted.
		return new Admission(false, Duration.ofSeconds(1));
	}

	private static final int ROUNDS = 50;

	private static void pause(int round) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(40, 2L * round)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a sign-in counter", ex);
		}
	}

	private Admission admitLocked(String email, String address) {
		// Stored to the millisecond on every database, so a time read back compares as it was written.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		SigninThrottle account = counter(accountKey(email), now);
		SigninThrottle client = counter(addressKey(address), now);
		if (account.isWaitingAt(now)) {
			return new Admission(false, Duration.between(now, account.getNotBefore()));
		}
		if (client.isWaitingAt(now)
				&& account.failuresAt(ThrottlePolicy.ACCOUNT, now) >= ThrottlePolicy.TRIES_PAST_A_WAITING_ADDRESS) {
			return new Admission(false, Duration.between(now, client.getNotBefore()));
		}
		account.charge(ThrottlePolicy.ACCOUNT, now);
		client.charge(ThrottlePolicy.ADDRESS, now);
		this.throttles.deleteForgottenBefore(now.minus(ThrottlePolicy.ACCOUNT.forget()));
		return Admission.IN;
	}

	/** The try turned out right: the email's counter starts again; the address gets back what this try cost. */
	void succeeded(String email, String address) {
		for (int round = 1; round <= ROUNDS; round++) {
			try {
				this.transactions.executeWithoutResult((status) -> {
					this.throttles.deleteByKey(accountKey(email));
					this.throttles.findForUpdate(addressKey(address))
						.ifPresent((client) -> client.refund(ThrottlePolicy.ADDRESS));
				});
				return;
			}
			catch (ConcurrencyFailureException simultaneousTry) {
				pause(round);
			}
		}
	}

	private SigninThrottle counter(String key, Instant now) {
		return this.throttles.findForUpdate(key).orElseGet(() -> this.throttles.saveAndFlush(new SigninThrottle(key, now)));
	}

	static String accountKey(String email) {
		return "email:" + sha256(Accounts.normalise((email != null) ? email : ""));
	}

	static String addressKey(String address) {
		return "address:" + ((address != null) ? address : "unknown");
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
