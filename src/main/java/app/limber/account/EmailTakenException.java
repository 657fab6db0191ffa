package app.limber.account;

/** Sign-up with an email that already has an account. */
class EmailTakenException extends RuntimeException {

	EmailTakenException() {
		super("An account with this email already exists");
	}

}
