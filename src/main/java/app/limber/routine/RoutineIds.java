package app.limber.routine;

import java.util.UUID;

/** Routine ids in URLs. Anything that isn't a UUID can't be a routine: the same 404 as an unknown one. */
public final class RoutineIds {

	private RoutineIds() {
	}

	public static UUID parse(String id) {
		try {
			if (id.length() != 36) {
				throw new IllegalArgumentException();
			}
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new RoutineNotFoundException(id.length() > 40 ? id.substring(0, 40) + "..." : id);
		}
	}

}
