package app.limber.routine;

import java.util.UUID;

import app.limber.system.NotFoundException;

/** No such routine, or (for private data and edits) not the caller's: both look the same from outside. */
public class RoutineNotFoundException extends NotFoundException {

	public RoutineNotFoundException(Object id) {
		super("error.routine.notFound", "No routine with the id '" + id + "'.", String.valueOf(id));
	}

	static RoutineNotFoundException of(UUID id) {
		return new RoutineNotFoundException(id);
	}

}
