package app.limber.ops;

/** The persistence contract on the embedded H2 database that Limber uses out of the box (in memory for tests). */
class H2PersistenceTests extends PersistenceContract {

	@Override
	String expectedDatabase() {
		return "H2";
	}

}
