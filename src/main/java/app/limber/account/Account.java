package app.limber.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An optional account: an email and a password hash on top of an owner, so a person's data follows them. */
@Entity
@Table(name = "account")
class Account {

	@Id
	private UUID id;

	private UUID ownerId;

	private String email;

	private String passwordHash;

	private Instant createdAt;

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

}
