package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to Limber for things read outside the page (calendar feeds, downloads). For now the address is the
 * one the request came in on; once Limber has a configured public address it comes from there, in this one place.
 */
@Component("publicUrls")
public class PublicUrls {

	/** The app's address, e.g. {@code https://limber.example}, without a trailing slash. */
	public String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replacePath(request.getContextPath())
			.replaceQuery(null)
			.build()
			.toUriString();
	}

	/** {@code path} (starting with a slash) made absolute. */
	public String of(HttpServletRequest request, String path) {
		return base(request) + path;
	}

}
