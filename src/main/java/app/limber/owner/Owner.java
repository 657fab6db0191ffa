package app.limber.owner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whoever owns routines and history: an anonymous browser, or an account signed in on several. */
@Entity
@Table(name = "owner")
class Owner {

	@Id
	private UUID id;

	private Instant createdAt;

	protected Owner() {
	}

	Owner(Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
	}

	UUID getId() {
		return this.id;
	}

}
