package app.limber.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.limber.owner.OwnerKeys;
import app.limber.system.UserText;

/**
 * Optional accounts. Signing up turns the browser's anonymous owner into an account, so nothing moves and nothing is
 * lost; signing in on another browser hands that browser's anonymous data to the account. Passwords are kept only as
 * hashes from the framework's password encoder. Failed sign-ins are counted per account and per address in the
 * database, so every instance slows down the same guesser.
 */
@Service
public class Accounts {

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final SigninFailureRepository failures;

	private final OwnerKeys owners;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(AccountRepository accounts, SigninFailureRepository failures, OwnerKeys owners, PasswordEncoder passwords,
			Clock clock) {
		this.accounts = accounts;
		this.failures = failures;
		this.owners = owners;
		this.passwords = passwords;
		this.clock = clock;
	}

	static String normalise(String email) {
		return UserText.clean(email).toLowerCase(Locale.ROOT);
	}

	/**
	 * Creates an account on the browser's anonymous owner (or a new owner) and returns the owner id.
	 * @throws EmailTakenException if the email already has an account
	 */
	@Transactional
	public UUID signUp(String email, String rawPassword, Optional<UUID> currentOwner) {
		String normalised = normalise(email);
		if (this.accounts.existsByEmail(normalised)) {
			throw new EmailTakenException();
		}
		UUID owner = currentOwner.filter((id) -> this.accounts.findByOwnerId(id).isEmpty())
			.orElseGet(this.owners::newOwner);
		this.accounts.save(new Account(owner, normalised, this.passwords.encode(rawPassword), this.clock.instant()));
		return owner;
	}

	@Transactional(readOnly = true)
	public Optional<String> emailOf(UUID owner) {
		return this.accounts.findByOwnerId(owner).map(Account::getEmail);
	}

	@Transactional(readOnly = true)
	public boolean hasAccount(UUID owner) {
		return this.accounts.findByOwnerId(owner).isPresent();
	}

	@Transactional(readOnly = true)
	Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(normalise(email));
	}

	@Transactional(readOnly = true)
	boolean addressThrottled(String address) {
		Instant since = this.clock.instant().minus(FAILURE_WINDOW);
		return this.failures.countByAddressAndAttemptedAtAfter(address, since) >= MAX_FAILURES_PER_ADDRESS;
	}

	@Transactional
	void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		this.failures.deleteOlderThan(now.minus(FAILURE_WINDOW));
		this.failures.save(new SigninFailure(address, now));
		if (email != null) {
			this.accounts.findByEmail(normalise(email)).ifPresent((account) -> account.recordFailure(now));
		}
	}

	/** Resets the failure count and returns the account's owner. */
	@Transactional
	UUID recordSuccess(String email) {
		Account account = this.accounts.findByEmail(normalise(email)).orElseThrow();
		account.recordSuccess();
		return account.getOwnerId();
	}

	@Transactional(readOnly = true)
	boolean isLocked(Account account) {
		return account.isLockedAt(this.clock.instant());
	}

}
