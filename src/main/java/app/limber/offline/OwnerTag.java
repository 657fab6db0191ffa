package app.limber.offline;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.limber.owner.OwnerKeys;
import app.limber.system.Secrets;

/**
 * Every page tells the service worker whose it is, as {@code <meta name="limber-owner">}: a one-way tag of the
 * caller's owner (or empty), which opens nothing. When it changes the worker forgets the session pages it kept, so
 * one person's cached pages are never shown to the next person on the same device.
 */
@ControllerAdvice
class OwnerTag {

	private final OwnerKeys owners;

	OwnerTag(OwnerKeys owners) {
		this.owners = owners;
	}

	@ModelAttribute("ownerTag")
	String ownerTag(HttpServletRequest request) {
		return this.owners.current(request).map((owner) -> Secrets.hash("limber-owner-tag:" + owner).substring(0, 24))
			.orElse("");
	}

}
