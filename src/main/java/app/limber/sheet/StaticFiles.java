package app.limber.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;

/**
 * Hands the PDF renderer the sheet's stylesheet and pictures straight from the app's static files, under the
 * same addresses the browser uses. The renderer never goes out to the network: an address outside the app, or
 * one that isn't a static file, comes back empty and is logged.
 */
final class StaticFiles implements FSStreamFactory {

	private static final Logger logger = LoggerFactory.getLogger(StaticFiles.class);

	private static final Map<String, byte[]> CONTENTS = new ConcurrentHashMap<>();

	private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}(\\.[^./]+)$");

	private final String appUrl;

	/** @param appUrl the app's address as the page sees it, e.g. {@code http://localhost:8080} */
	StaticFiles(String appUrl) {
		this.appUrl = appUrl.endsWith("/") ? appUrl : appUrl + "/";
	}

	String baseUri() {
		return this.appUrl;
	}

	@Override
	public FSStream getUrl(String url) {
		ClassPathResource file = staticFile(url);
		if (file == null || !file.isReadable()) {
			logger.warn("The PDF sheet asked for '{}', which is not one of the app's static files", url);
			return new Resource(null);
		}
		return new Resource(file);
	}

	private ClassPathResource staticFile(String url) {
		if (!url.startsWith(this.appUrl)) {
			return null;
		}
		String path = URI.create(url).normalize().getPath();
		String basePath = URI.create(this.appUrl).getPath();
		if (path == null || !path.startsWith(basePath) || path.contains("..")) {
			return null;
		}
		ClassPathResource file = new ClassPathResource("static/" + path.substring(basePath.length()));
		if (!file.isReadable()) {
			// The page links static files under content-hashed names (/css/sheet-<md5>.css): the file itself.
			file = new ClassPathResource(HASHED.matcher(file.getPath()).replaceFirst("$1"));
		}
		return file;
	}

	private record Resource(ClassPathResource file) implements FSStream {

		@Override
		public InputStream getStream() {
			if (this.file == null) {
				return null;
			}
			// Static files change only with a release: each is read from the jar once.
			return new ByteArrayInputStream(CONTENTS.computeIfAbsent(this.file.getPath(), (path) -> {
				try (InputStream in = this.file.getInputStream()) {
					return in.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}

		@Override
		public Reader getReader() {
			InputStream stream = getStream();
			return (stream != null) ? new InputStreamReader(stream, StandardCharsets.UTF_8) : null;
		}

	}

}
