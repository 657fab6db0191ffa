package app.limber.system;

/** Something asked for by id or slug does not exist (or is not the caller's to see): a 404 page or problem. */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	public NotFoundException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
