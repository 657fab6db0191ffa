package app.limber.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An optional account: an email and a password hash on top of an owner, so a person's data follows them. */
@Entity
@Table(name = "account")
class Account {

	/** After this many wrong passwords in a row the account is locked for {@link #LOCK}. */
	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	@Id
	private UUID id;

	private UUID ownerId;

	private String email;

	private String passwordHash;

	private Instant createdAt;

	private int failedAttempts;

	private Instant lockedUntil;

	protected Account() {
	}

	Account(UUID ownerId, String email, String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.ownerId = ownerId;
		this.email = email;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	UUID getOwnerId() {
		return this.ownerId;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	void recordFailure(Instant now) {
		this.failedAttempts++;
		if (this.failedAttempts >= MAX_FAILED_ATTEMPTS) {
			this.lockedUntil = now.plus(LOCK);
			this.failedAttempts = 0;
		}
	}

	void recordSuccess() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

}
