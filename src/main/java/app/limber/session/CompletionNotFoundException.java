package app.limber.session;

import app.limber.system.NotFoundException;

/** No such completion, or not the caller's: both look the same from outside. */
class CompletionNotFoundException extends NotFoundException {

	CompletionNotFoundException(Object id) {
		super("error.completion.notFound", "No completion with the id '" + id + "'.", String.valueOf(id));
	}

}
