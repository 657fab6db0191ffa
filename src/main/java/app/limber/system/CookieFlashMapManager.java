package app.limber.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Flash attributes ("Your routine is saved" after a redirect) kept in a short-lived cookie instead of the HTTP
 * session, which Limber doesn't have: any instance can show a message that another one set, and the message shows
 * once. A bookmarked or shared address never carries it. Only text values travel (message keys and the like); the
 * pages look each key up in their messages, so a changed cookie can do no more than show another message.
 */
class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String COOKIE = "limber_flash";

	/** Long enough to follow a redirect on a slow phone; the map itself expires after {@link #getFlashMapTimeout()}. */
	private static final int COOKIE_SECONDS = 180;

	private static final int MAX_COOKIE_CHARS = 3000;

	private static final TypeReference<List<Stored>> STORED = new TypeReference<>() {
	};

	private final JsonMapper json;

	CookieFlashMapManager(JsonMapper json) {
		this.json = json;
	}

	/** One flash map as the cookie holds it. */
	record Stored(String path, Map<String, List<String>> params, long expires, Map<String, String> attributes) {
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return decode(cookie.getValue());
			}
		}
		return null;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		String value = flashMaps.isEmpty() ? "" : encode(flashMaps);
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(value.isEmpty() ? 0 : COOKIE_SECONDS);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	private String encode(List<FlashMap> flashMaps) {
		List<Stored> stored = new ArrayList<>();
		for (FlashMap map : flashMaps) {
			Map<String, String> attributes = new LinkedHashMap<>();
			map.forEach((name, value) -> {
				if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum)) {
					throw new IllegalArgumentException("Flash attribute '" + name + "' must be text, not " + value.getClass());
				}
				attributes.put(name, String.valueOf(value));
			});
			stored.add(new Stored(map.getTargetRequestPath(), new LinkedHashMap<>(map.getTargetRequestParams()),
					map.getExpirationTime(), attributes));
		}
		String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(this.json.writeValueAsBytes(stored));
		if (encoded.length() > MAX_COOKIE_CHARS) {
			throw new IllegalArgumentException("Flash attributes too large for a cookie: " + encoded.length() + " characters");
		}
		return encoded;
	}

	/** A cookie that doesn't read back (changed by hand, or from an older version) is no message at all. */
	private List<FlashMap> decode(String value) {
		try {
			List<Stored> stored = this.json.readValue(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8),
					STORED);
			List<FlashMap> maps = new ArrayList<>();
			for (Stored one : stored) {
				FlashMap map = new FlashMap();
				map.setTargetRequestPath(one.path());
				if (one.params() != null) {
					MultiValueMap<String, String> params = new LinkedMultiValueMap<>(one.params());
					map.addTargetRequestParams(params);
				}
				if (one.attributes() != null) {
					map.putAll(one.attributes());
				}
				map.setExpirationTime(one.expires());
				maps.add(map);
			}
			return maps;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

}
