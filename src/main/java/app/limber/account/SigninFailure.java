package app.limber.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One failed sign-in from an address; kept in the database so every instance counts the same guesses. */
@Entity
@Table(name = "signin_failure")
class SigninFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String address;

	private Instant attemptedAt;

	protected SigninFailure() {
	}

	SigninFailure(String address, Instant attemptedAt) {
		this.address = address;
		this.attemptedAt = attemptedAt;
	}

}
