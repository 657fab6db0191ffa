package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Absolute links to Limber for things read outside the page (calendar feeds, downloads), through {@link PublicUrl}:
 * the configured {@code limber.public-url}, or in the default local mode the address the request came in on.
 */
@Component("publicUrls")
public class PublicUrls {

	private final PublicUrl publicUrl;

	PublicUrls(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	/** The app's address, e.g. {@code https://limber.example}, without a trailing slash. */
	public String base(HttpServletRequest request) {
		return this.publicUrl.get();
	}

	/** {@code path} (starting with a slash) made absolute. */
	public String of(HttpServletRequest request, String path) {
		return base(request) + path;
	}

}
