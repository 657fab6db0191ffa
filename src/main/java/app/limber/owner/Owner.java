package app.limber.owner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whoever owns routines and history: for now a browser, known by the hash of its owner key. */
@Entity
@Table(name = "owner")
class Owner {

	@Id
	private UUID id;

	private String keyHash;

	private Instant createdAt;

	protected Owner() {
	}

	Owner(String keyHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.keyHash = keyHash;
		this.createdAt = createdAt;
	}

	UUID getId() {
		return this.id;
	}

}
