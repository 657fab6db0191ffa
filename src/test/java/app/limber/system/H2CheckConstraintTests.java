package app.limber.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The embedded database keeps enforcing, and accepting, a CHECK constraint after the connection that created it has
 * closed. That is what happens in the app: Flyway migrates through one pooled connection, which the pool retires
 * later (30 min), while the others stay open. H2 2.4.240 then refused every insert into such a table ("Check
 * constraint invalid"), e.g. every routine step, until a restart.
 */
class H2CheckConstraintTests {

	@TempDir
	Path directory;

	@Test
	void aConstraintMadeByAClosedConnectionStillAcceptsValidRows() throws Exception {
		String url = "jdbc:h2:file:" + this.directory.resolve("limber") + ";DB_CLOSE_ON_EXIT=FALSE";
		try (Connection pooled = DriverManager.getConnection(url, "sa", "")) {
			try (Connection migration = DriverManager.getConnection(url, "sa", "");
					Statement ddl = migration.createStatement()) {
				ddl.execute("CREATE TABLE step (phase VARCHAR(20) NOT NULL, "
						+ "CONSTRAINT ck_step_phase CHECK (phase IN ('WARM_UP', 'STRETCH')))");
			}
			try (Statement insert = pooled.createStatement()) {
				assertThatCode(() -> insert.executeUpdate("INSERT INTO step VALUES ('STRETCH')")).doesNotThrowAnyException();
			}
		}
	}

}
