package app.limber.system;

/**
 * Something asked for by id or slug does not exist (or is not the caller's to see): a 404 page or problem. The page
 * says it with {@code messageKey}; the API's problem detail with the same key under {@code problem.} (e.g.
 * {@code error.routine.notFound} and {@code problem.error.routine.notFound}), given the arguments.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public NotFoundException(String messageKey, String detail, Object... arguments) {
		super(detail);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/** The message key of the API's problem detail. */
	public String getProblemKey() {
		return "problem." + this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
