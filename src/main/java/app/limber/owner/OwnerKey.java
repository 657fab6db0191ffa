package app.limber.owner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One browser's key to an owner, stored only as the SHA-256 hash of the secret in its cookie. */
@Entity
@Table(name = "owner_key")
class OwnerKey {

	@Id
	private String keyHash;

	private UUID ownerId;

	private Instant createdAt;

	private Instant expiresAt;

	protected OwnerKey() {
	}

	OwnerKey(String keyHash, UUID ownerId, Instant createdAt, Instant expiresAt) {
		this.keyHash = keyHash;
		this.ownerId = ownerId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	UUID getOwnerId() {
		return this.ownerId;
	}

	boolean isValidAt(Instant now) {
		return this.expiresAt == null || now.isBefore(this.expiresAt);
	}

}
