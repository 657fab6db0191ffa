package app.limber.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file proportional to its data. {@code WRITE_DELAY=0} (every commit on disk before it is
 * acknowledged, see application.properties) turns off H2's background writer, and with it the only thread that
 * ever compacts the file: each commit writes a new chunk of pages, and a chunk stays as long as one page in it is
 * live, so the file grew by tens of kilobytes per routine built (docs/operations.md, "Disk growth"). This does what
 * that thread would do, every {@value #EVERY_SECONDS} s, through MVStore's public methods and under its locks:
 * <ol>
 * <li>rewrite the live pages of chunks that are mostly dead into a new chunk
 * ({@link MVStore#compact(int, int)}), so that the old chunks die wholly;</li>
 * <li>drop dead chunks, move live chunks from the end of the file into the holes and cut the file short
 * ({@link RandomAccessStore#compactMoveChunks(int, long, MVStore)}, H2's own background compaction), when less than
 * {@value #FILE_FILL_RATE} % of the file is in use.</li>
 * </ol>
 * Durability is untouched: commits are still written one by one, and a chunk is moved by writing a copy and then
 * the store's header, as H2 itself does it. Unlike {@link MVStore#compactFile(int)} (what this called before), it
 * leaves the configured {@code RETENTION_TIME} alone. Does nothing on PostgreSQL or an in-memory H2, nor with
 * {@code limber.h2.housekeeping=false} (for comparisons: scripts/soak.sh {@code HOUSEKEEPING=off}).
 */
@Component
@ConditionalOnProperty(name = "limber.h2.housekeeping", havingValue = "true", matchIfMissing = true)
class H2Housekeeping implements SmartLifecycle {

	static final int EVERY_SECONDS = 2;

	/** Chunks of a store whose chunks are less full than this are rewritten (H2's own default is 90). */
	private static final int TARGET_FILL_RATE = 80;

	/** At most this many bytes are rewritten in one round. */
	private static final int REWRITE_BYTES = 4 << 20;

	/** Below this share of the file in use, live chunks are moved down and the file truncated. */
	private static final int FILE_FILL_RATE = 70;

	/** At most this many bytes of chunks are moved in one round. */
	private static final long MOVE_BYTES = 4 << 20;

	private static final Logger logger = LoggerFactory.getLogger(H2Housekeeping.class);

	private final DataSource dataSource;

	private ScheduledExecutorService scheduler;

	H2Housekeeping(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void start() {
		if (fileStore() == null) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "h2-housekeeping");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::housekeeping, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			try {
				this.scheduler.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	void housekeeping() {
		try (Connection connection = this.dataSource.getConnection()) {
			MVStore store = store(connection);
			if (store == null || store.isClosed()) {
				return;
			}
			store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
			if (store.getFileStore() instanceof RandomAccessStore file) {
				file.compactMoveChunks(FILE_FILL_RATE, MOVE_BYTES, store);
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("H2 housekeeping skipped this round", ex);
		}
	}

	/** The H2 file store behind the data source, or {@code null} (PostgreSQL, in-memory H2). */
	private MVStore fileStore() {
		try (Connection connection = this.dataSource.getConnection()) {
			return store(connection);
		}
		catch (SQLException | RuntimeException ex) {
			return null;
		}
	}

	private static MVStore store(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)
				|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
			return null;
		}
		MVStore store = session.getDatabase().getStore().getMvStore();
		return (store.getFileStore() != null && store.getAutoCommitDelay() == 0) ? store : null;
	}

}
