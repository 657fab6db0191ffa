package app.limber.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The service worker's script: {@code offline/sw.js} with the list of files to precache (every stylesheet, script,
 * exercise picture and icon under {@code static/}) and a version made from their contents, so that a release with
 * any changed file installs a new worker and drops the old cache. Built once at start-up; no state per visitor.
 */
final class ServiceWorker {

	private static final String[] SHELL = { "css/*.css", "js/*.js", "img/*.svg", "img/icons/*.png" };

	private final String script;

	private final String version;

	private ServiceWorker(String script, String version) {
		this.script = script;
		this.version = version;
	}

	String script() {
		return this.script;
	}

	String version() {
		return this.version;
	}

	static ServiceWorker fromClasspath() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			String source = read(resolver.getResource("classpath:offline/sw.js"));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(source.getBytes(StandardCharsets.UTF_8));
			List<String> paths = new ArrayList<>();
			for (String pattern : SHELL) {
				Resource[] found = resolver.getResources("classpath:static/" + pattern);
				Arrays.sort(found, Comparator.comparing(Resource::getFilename));
				String folder = pattern.substring(0, pattern.lastIndexOf('/') + 1);
				for (Resource resource : found) {
					paths.add("/" + folder + resource.getFilename());
					try (InputStream in = resource.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
			String precache = paths.stream().map((path) -> "'" + path + "'").collect(Collectors.joining(", ", "[", "]"));
			return new ServiceWorker(source.replace("'__VERSION__'", "'" + version + "'")
				.replace("__PRECACHE__", precache), version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
