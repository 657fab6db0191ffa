package app.limber.offline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest ("Add to Home screen" opens Limber full-screen with its own icon) and the service worker.
 * The worker's script is always revalidated ({@code no-cache}), so a release reaches installed apps at once.
 */
@RestController
class OfflineController {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	/** Limber's accent colour, also the layout's theme-color. */
	static final String THEME = "#0f6b5c";

	private final ServiceWorker worker = ServiceWorker.fromClasspath();

	private final MessageSource messages;

	private final OwnerTag ownerTag;

	OfflineController(MessageSource messages, OwnerTag ownerTag) {
		this.messages = messages;
		this.ownerTag = ownerTag;
	}

	/**
	 * The tag of the browser's owner now, from its cookies ("nobody": it owns nothing). The service worker asks before it
	 * believes a page that says the owner changed, since that page may have been made before the change.
	 */
	@GetMapping("/offline/owner")
	ResponseEntity<String> owner(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.cacheControl(CacheControl.noStore())
			.body(this.ownerTag.of(request));
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker() {
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/")
			.body(this.worker.script());
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<Map<String, Object>> manifest(Locale locale) {
		Map<String, Object> manifest = Map.of("name", text("app.name", locale), "short_name",
				text("manifest.shortName", locale), "description", text("manifest.description", locale), "lang",
				locale.toLanguageTag(), "start_url", "/", "scope", "/", "display", "standalone", "theme_color", THEME,
				"background_color", "#f3f6f5", "icons",
				List.of(icon("/img/icons/limber-192.png", "192x192"), icon("/img/icons/limber-512.png", "512x512")));
		return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
	}

	private static Map<String, String> icon(String src, String sizes) {
		return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", "any maskable");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
