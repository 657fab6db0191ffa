package app.limber.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import app.limber.routine.RoutineView;

/**
 * The PDFs made lately, kept in memory under everything that goes into one: the routine's id and version (every
 * edit raises the version, so an edited routine is made afresh), whether its owner asked, the paper, the language,
 * the day printed on it and the app's address in its QR code. Several instances on one database stay right: each
 * reads the routine's current version before it looks here. At most {@value #MAX_PDFS} PDFs (about 50 KB each)
 * are kept; the least recently asked for go first.
 */
@Component
class SheetPdfCache {

	static final int MAX_PDFS = 64;

	private final Clock clock;

	private final Map<Key, byte[]> pdfs = new LinkedHashMap<>(MAX_PDFS, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
			return size() > MAX_PDFS;
		}

	};

	/** What the PDF is made from besides the routine: templates, styles, pictures, fonts and messages. */
	private final Supplier<String> release = SingletonSupplier.of(SheetPdfCache::releaseHash);

	SheetPdfCache(Clock clock) {
		this.clock = clock;
	}

	Key key(RoutineView routine, Paper paper, Locale locale, String appUrl) {
		return new Key(routine.id(), routine.version(), routine.owned(), paper, locale, LocalDate.now(this.clock),
				appUrl);
	}

	/** The PDF for {@code key}, made by {@code make} unless it is still kept. */
	byte[] get(Key key, Supplier<byte[]> make) {
		byte[] pdf;
		synchronized (this.pdfs) {
			pdf = this.pdfs.get(key);
		}
		if (pdf == null) {
			pdf = make.get();
			synchronized (this.pdfs) {
				this.pdfs.put(key, pdf);
			}
		}
		return pdf;
	}

	/** A weak ETag: the same for the same key on every instance of the same release. */
	String etag(Key key) {
		return "W/\"" + sha256((key + "|" + this.release.get()).getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
	}

	record Key(UUID routine, int version, boolean owned, Paper paper, Locale locale, LocalDate day, String appUrl) {
	}

	/** A hash of the hashes of those files, in whatever order the class path lists them. */
	private static String releaseHash() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			List<String> hashes = new ArrayList<>();
			hashes.add(String.valueOf(SheetPdfCache.class.getPackage().getImplementationVersion()));
			for (String pattern : new String[] { "classpath*:templates/**/*.*", "classpath*:static/**/*.*",
					"classpath*:fonts/*.*", "classpath*:messages*.properties" }) {
				for (Resource file : resolver.getResources(pattern)) {
					try (InputStream in = file.getInputStream()) {
						hashes.add(file.getFilename() + "=" + sha256(in.readAllBytes()));
					}
				}
			}
			Collections.sort(hashes);
			return sha256(String.join("|", hashes).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
