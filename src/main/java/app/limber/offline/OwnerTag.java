package app.limber.offline;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.limber.owner.OwnerKeys;
import app.limber.system.Secrets;

/**
 * Every page tells the service worker whose it is, as {@code <meta name="limber-owner">}: a one-way tag of the
 * caller's owner (or "nobody"), which opens nothing. When it changes the worker forgets the session pages it kept, so
 * one person's cached pages are never shown to the next person on the same device. The answer says it too, with its
 * language, in a {@code Limber-Owner: <lang> <tag>} header, so the worker knows whose each page it keeps is.
 */
@ControllerAdvice
class OwnerTag {

	static final String HEADER = "Limber-Owner";

	/** The tag of a browser that owns nothing. */
	static final String NOBODY = "nobody";

	private final OwnerKeys owners;

	OwnerTag(OwnerKeys owners) {
		this.owners = owners;
	}

	@ModelAttribute("ownerTag")
	String ownerTag(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String tag = of(request);
		response.setHeader(HEADER, locale.getLanguage() + " " + tag);
		return tag;
	}

	/**
	 * The tag of the request's owner, {@value #NOBODY} when its browser owns nothing. Never empty: Thymeleaf leaves an
	 * empty {@code content} out, and a page without one says nothing of whose it is (an error page), so the next
	 * person on a phone, who owns nothing yet, went unnoticed and the worker kept the first person's pages.
	 */
	String of(HttpServletRequest request) {
		return this.owners.current(request).map((owner) -> Secrets.hash("limber-owner-tag:" + owner).substring(0, 24))
			.orElse(NOBODY);
	}

}
