package app.limber.session;

import org.springframework.context.MessageSourceResolvable;

/**
 * A completion that doesn't fit its routine, e.g. a step the routine doesn't have; names the field. What is wrong is
 * a message key ({@code problem.completion.*}) with its arguments, so the API says it in the caller's language.
 */
class CompletionRejectedException extends RuntimeException implements MessageSourceResolvable {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	CompletionRejectedException(String field, String messageKey, Object... arguments) {
		super(messageKey + " " + java.util.Arrays.toString(arguments));
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String getField() {
		return this.field;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
