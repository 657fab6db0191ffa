package app.limber.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.limber.owner.OwnerKeys;
import app.limber.system.UserText;

/**
 * Optional accounts. Signing up turns the browser's anonymous owner into an account, so nothing moves and nothing is
 * lost; signing in on another browser hands that browser's anonymous data to the account. Passwords are kept only as
 * hashes from the framework's password encoder. Sign-up tries are slowed down like sign-in tries
 * ({@link SigninThrottles}), so that neither can be used to find out quickly who has an account.
 */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final SigninThrottles throttles;

	private final OwnerKeys owners;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Accounts(AccountRepository accounts, SigninThrottles throttles, OwnerKeys owners, PasswordEncoder passwords,
			TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.throttles = throttles;
		this.owners = owners;
		this.passwords = passwords;
		this.transactions = transactions;
		this.clock = clock;
	}

	static String normalise(String email) {
		return UserText.clean(email).toLowerCase(Locale.ROOT);
	}

	/**
	 * Creates an account on the browser's anonymous owner (or a new owner) and returns the owner id.
	 * @throws EmailTakenException if the email already has an account, also when another sign-up with it won a race
	 * @throws TriesThrottledException if this email or this address has to wait before another try
	 */
	public UUID signUp(String email, String rawPassword, Optional<UUID> currentOwner, String address) {
		SigninThrottles.Admission admission = this.throttles.admit(email, address);
		if (!admission.admitted()) {
			throw new TriesThrottledException(admission.waitFor());
		}
		String normalised = normalise(email);
		String hash = this.passwords.encode(rawPassword);
		UUID owner;
		try {
			owner = this.transactions.execute((status) -> {
				if (this.accounts.existsByEmail(normalised)) {
					throw new EmailTakenException();
				}
				UUID id = currentOwner.filter((candidate) -> this.accounts.findByOwnerId(candidate).isEmpty())
					.orElseGet(this.owners::newOwner);
				this.accounts.save(new Account(id, normalised, hash, this.clock.instant()));
				return id;
			});
		}
		catch (DataIntegrityViolationException simultaneousSignUp) {
			throw new EmailTakenException();
		}
		this.throttles.succeeded(email, address);
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

	/** The owner of the account with this email (which has just signed in). */
	@Transactional(readOnly = true)
	UUID ownerOf(String email) {
		return this.accounts.findByEmail(normalise(email)).orElseThrow().getOwnerId();
	}

}
