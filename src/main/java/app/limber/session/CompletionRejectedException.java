package app.limber.session;

/** A completion that doesn't fit its routine, e.g. a step the routine doesn't have; names the field. */
class CompletionRejectedException extends RuntimeException {

	private final String field;

	CompletionRejectedException(String field, String message) {
		super(message);
		this.field = field;
	}

	String getField() {
		return this.field;
	}

}
