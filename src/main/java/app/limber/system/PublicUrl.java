package app.limber.system;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach Limber at, for every absolute link it hands out: the QR code and short link on a sheet
 * and its PDF, and feeds. Set {@code limber.public-url} (e.g. {@code https://limber.example}) on any real deployment:
 * then a request's {@code Host} header, which anyone can forge, never ends up in a link. Only in the default local
 * mode (no public URL, no proxy mode) is the address taken from the request, so {@code ./mvnw spring-boot:run} works
 * as it is. Behind a proxy ({@code server.forward-headers-strategy} set) the public URL is required.
 */
@Component
public class PublicUrl {

	private final String configured;

	PublicUrl(@Value("${limber.public-url:}") String configured,
			@Value("${server.forward-headers-strategy:none}") String forwardHeaders) {
		this.configured = check(configured.strip(), forwardHeaders);
	}

	private static String check(String url, String forwardHeaders) {
		if (url.isEmpty()) {
			if (!"none".equalsIgnoreCase(forwardHeaders.strip())) {
				throw new IllegalStateException("Behind a proxy (server.forward-headers-strategy=" + forwardHeaders
						+ ") set limber.public-url to the address people use, e.g. https://limber.example");
			}
			return "";
		}
		URI uri = URI.create(url);
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalStateException("limber.public-url must be an http(s) address such as https://limber.example, not '"
					+ url + "'");
		}
		return url.replaceAll("/+$", "");
	}

	/** E.g. {@code https://limber.example}, without a trailing slash. */
	public String get() {
		return this.configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				: this.configured;
	}

	/** Whether links come from the configuration rather than the request. */
	public boolean isConfigured() {
		return !this.configured.isEmpty();
	}

}
