package app.limber.owner;

import java.util.UUID;

/**
 * A feature that keeps data belonging to an owner. Signing in moves an anonymous browser's data into the account,
 * "Download my data" collects it and "Delete my data" removes it, without the owner package knowing the features.
 */
public interface OwnedData {

	/** The name of this part in a data export, e.g. {@code routines}. */
	String exportName();

	/** Everything this feature keeps about the owner, ready to be written as JSON. */
	Object export(UUID owner);

	/** Hands everything of {@code from} to {@code to}, e.g. on sign-in. */
	void moveAll(UUID from, UUID to);

	/** Removes everything of the owner. */
	void deleteAll(UUID owner);

}
