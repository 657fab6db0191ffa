package app.limber.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;

import app.limber.catalogue.Figures;

/**
 * Hands the PDF renderer the sheet's stylesheet and pictures straight from the app's static files and its exercise
 * pictures ({@link Figures}), under the same addresses the browser uses. The renderer never goes out to the
 * network: an address outside the app, or one that isn't a static file or a picture, comes back empty and is logged.
 */
final class StaticFiles implements FSStreamFactory {

	private static final Logger logger = LoggerFactory.getLogger(StaticFiles.class);

	private static final Map<String, byte[]> CONTENTS = new ConcurrentHashMap<>();

	private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}(\\.[^./]+)$");

	private static final String FIGURES = "figures/";

	private final String appUrl;

	private final Figures figures;

	/** @param appUrl the app's address as the page sees it, e.g. {@code http://localhost:8080} */
	StaticFiles(String appUrl, Figures figures) {
		this.appUrl = appUrl.endsWith("/") ? appUrl : appUrl + "/";
		this.figures = figures;
	}

	String baseUri() {
		return this.appUrl;
	}

	@Override
	public FSStream getUrl(String url) {
		Optional<String> figure = figure(url);
		if (figure.isPresent()) {
			return new Resource(null, figure.get().getBytes(StandardCharsets.UTF_8));
		}
		ClassPathResource file = staticFile(url);
		if (file == null || !file.isReadable()) {
			logger.warn("The PDF sheet asked for '{}', which is not one of the app's static files", url);
			return new Resource(null, null);
		}
		return new Resource(file, null);
	}

	/** An exercise picture, drawn (once, by {@link Figures}) rather than read from a file. */
	private Optional<String> figure(String url) {
		String path = appPath(url);
		if (path == null || !path.startsWith(FIGURES) || !path.endsWith(".svg")) {
			return Optional.empty();
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = URI.create(url).getRawQuery();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return this.figures.svg(path.substring(FIGURES.length(), path.length() - ".svg".length()), parameters);
	}

	private ClassPathResource staticFile(String url) {
		String path = appPath(url);
		if (path == null) {
			return null;
		}
		ClassPathResource file = new ClassPathResource("static/" + path);
		if (!file.isReadable()) {
			// The page links static files under content-hashed names (/css/sheet-<md5>.css): the file itself.
			file = new ClassPathResource(HASHED.matcher(file.getPath()).replaceFirst("$1"));
		}
		return file;
	}

	/** The path of an address inside the app, without the app's own base path; null for any other address. */
	private String appPath(String url) {
		if (!url.startsWith(this.appUrl)) {
			return null;
		}
		String path = URI.create(url).normalize().getPath();
		String basePath = URI.create(this.appUrl).getPath();
		if (path == null || !path.startsWith(basePath) || path.contains("..")) {
			return null;
		}
		return path.substring(basePath.length());
	}

	private record Resource(ClassPathResource file, byte[] content) implements FSStream {

		@Override
		public InputStream getStream() {
			if (this.content != null) {
				return new ByteArrayInputStream(this.content);
			}
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
