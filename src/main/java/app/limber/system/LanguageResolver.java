package app.limber.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the one the person chose with the switcher (remembered in the {@code lang} cookie),
 * else the first of the browser's {@code Accept-Language} that Limber speaks, else English. The country stays the
 * browser's (so {@code en-US} keeps Letter paper and weeks from Sunday, and Spanish chosen on such a browser is
 * {@code es-US}). Nothing is kept on the server: several instances answer alike.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "lang";

	private static final Duration REMEMBERED = Duration.ofDays(365);

	private static final String CHOSEN = LanguageResolver.class.getName() + ".CHOSEN";

	private final Languages languages;

	LanguageResolver(Languages languages) {
		this.languages = languages;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		return resolve(request, chosen(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Optional<Locale> language = this.languages.find(locale);
		if (locale != null && language.isEmpty()) {
			return; // ?lang=xx for a language Limber doesn't speak changes nothing
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.map(Locale::getLanguage).orElse(""))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(language.isPresent() ? REMEMBERED : Duration.ZERO)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		request.setAttribute(CHOSEN, resolve(request, language));
	}

	private Optional<Locale> chosen(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return this.languages.find(Locale.forLanguageTag(cookie.getValue()));
			}
		}
		return Optional.empty();
	}

	private Locale resolve(HttpServletRequest request, Optional<Locale> chosen) {
		List<Locale> asked = Collections.list(request.getLocales());
		String country = asked.stream().map(Locale::getCountry).filter((c) -> !c.isEmpty()).findFirst().orElse("");
		if (chosen.isPresent()) {
			String language = chosen.get().getLanguage();
			return asked.stream()
				.filter((locale) -> locale.getLanguage().equals(language) && !locale.getCountry().isEmpty())
				.findFirst()
				.orElseGet(() -> new Locale(language, country));
		}
		return asked.stream()
			.filter((locale) -> this.languages.find(locale).isPresent())
			.findFirst()
			.orElseGet(() -> new Locale(Languages.FALLBACK.getLanguage(), country));
	}

}
