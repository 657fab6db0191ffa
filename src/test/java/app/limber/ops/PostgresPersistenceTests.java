package app.limber.ops;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL, started by the test itself (embedded binaries, nothing to
 * install), with the {@code postgres} profile that production uses.
 */
@ActiveProfiles("postgres")
class PostgresPersistenceTests extends PersistenceContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = EmbeddedPostgresServer.newDatabase("persistence");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

}
