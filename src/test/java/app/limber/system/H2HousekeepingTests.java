package app.limber.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 file with {@code WRITE_DELAY=0} (every commit written before it returns) writes a chunk of pages per commit
 * and keeps every chunk in which one page is still live: after a few hundred routine builds the file is many times
 * its data, and nothing in H2 brings it back. {@link H2Housekeeping} must: once H2's retention time has passed, a
 * few of its rounds leave a file close to the size of its data, with every row still there.
 */
class H2HousekeepingTests {

	private static final int BUILDS = 400;

	private static final String OPTIONS = ";WRITE_DELAY=0;RETENTION_TIME=1000";

	@TempDir
	Path directory;

	@Test
	void roundsOfHousekeepingBringTheFileBackToTheSizeOfItsData() throws Exception {
		JdbcDataSource dataSource = dataSource("limber");
		Path file = this.directory.resolve("limber.mv.db");
		try (Connection connection = dataSource.getConnection()) {
			builds(connection);
			long written = Files.size(file);

			H2Housekeeping housekeeping = new H2Housekeeping(dataSource);
			long size = written;
			// Rounds as the background task runs them (every 2 s; here faster), until the file stops shrinking. The
			// first rounds may find nothing to do: chunks freed within the last RETENTION_TIME (1 s) are kept.
			for (int round = 0, still = 0; round < 40 && still < 4; round++) {
				Thread.sleep(300);
				housekeeping.housekeeping();
				long now = Files.size(file);
				still = (now < size) ? 0 : still + 1;
				size = now;
			}
			long kept = Files.size(file);
			try (Statement count = connection.createStatement();
					var rows = count.executeQuery("select count(*) from step")) {
				rows.next();
				assertThat(rows.getLong(1)).as("every row is still there").isEqualTo(BUILDS * 8L);
			}
			try (Statement shutdown = connection.createStatement()) {
				shutdown.execute("shutdown compact");
			}
			long data = Files.size(file);
			assertThat(written).as("the file after the builds, without housekeeping (data: %d bytes)", data)
				.isGreaterThan(4 * data);
			assertThat(kept).as("the file after housekeeping (before: %d bytes, data: %d bytes)", written, data)
				.isLessThan(2 * data + (512 << 10));
		}
		// And the file opens again, whole.
		try (Connection connection = dataSource("limber").getConnection(); Statement count = connection.createStatement();
				var rows = count.executeQuery("select count(*) from routine")) {
			rows.next();
			assertThat(rows.getLong(1)).isEqualTo(BUILDS);
		}
	}

	private JdbcDataSource dataSource(String name) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + this.directory.resolve(name) + OPTIONS);
		dataSource.setUser("sa");
		return dataSource;
	}

	/** Writes like routine builds and edits: an owner, a routine, eight steps, a rename; four commits each. */
	private static void builds(Connection connection) throws SQLException {
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("create table owner (id uuid primary key, created_at timestamp with time zone not null)");
			ddl.execute("create table routine (id uuid primary key, owner_id uuid not null references owner (id), "
					+ "name varchar(160), version int not null, created_at timestamp with time zone)");
			ddl.execute("create table step (routine_id uuid references routine (id), idx int, slug varchar(60), "
					+ "hold int, primary key (routine_id, idx))");
		}
		connection.setAutoCommit(false);
		UUID[] routines = new UUID[BUILDS];
		for (int build = 0; build < BUILDS; build++) {
			UUID owner = UUID.randomUUID();
			routines[build] = UUID.randomUUID();
			try (PreparedStatement insert = connection.prepareStatement("insert into owner values (?, current_timestamp)")) {
				insert.setObject(1, owner);
				insert.execute();
			}
			connection.commit();
			try (PreparedStatement insert = connection
				.prepareStatement("insert into routine values (?, ?, 'Morning back routine', 0, current_timestamp)")) {
				insert.setObject(1, routines[build]);
				insert.setObject(2, owner);
				insert.execute();
			}
			connection.commit();
			try (PreparedStatement insert = connection.prepareStatement("insert into step values (?, ?, 'cat-cow', 30)")) {
				for (int step = 0; step < 8; step++) {
					insert.setObject(1, routines[build]);
					insert.setInt(2, step);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			connection.commit();
			try (PreparedStatement rename = connection
				.prepareStatement("update routine set name = ?, version = version + 1 where id = ?")) {
				rename.setString(1, "Renamed " + build);
				rename.setObject(2, routines[build / 2]);
				rename.execute();
			}
			connection.commit();
		}
		connection.setAutoCommit(true);
	}

}
