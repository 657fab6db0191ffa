package app.limber.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * For every page and API answer: says that it depends on the language ({@code Vary: Accept-Language, Cookie}, so no
 * cache answers a Spanish request with an English page), and gives the layout's switcher its links, each back to
 * the same page with {@code ?lang=} (read by Spring's {@code LocaleChangeInterceptor}, which remembers the choice).
 */
public class LanguageSwitcher implements HandlerInterceptor {

	/** The request attribute the layout reads: a {@link Link} per language. */
	static final String LINKS = "languageLinks";

	/** The query parameter of the switcher's links. */
	static final String PARAMETER = "lang";

	static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE;

	private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

	private final Languages languages;

	private final LocaleResolver resolver;

	LanguageSwitcher(Languages languages, LocaleResolver resolver) {
		this.languages = languages;
		this.resolver = resolver;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!response.getHeaders(HttpHeaders.VARY).contains(VARY)) {
			response.addHeader(HttpHeaders.VARY, VARY);
		}
		String current = this.resolver.resolveLocale(request).getLanguage();
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
			path = original;
			query = (String) request.getAttribute(ERROR_QUERY_STRING);
		}
		FormPage formPage = formPage(request, handler);
		if (formPage != null) {
			// Shown after a POST: the switcher opens the form's own page, not a GET of the POST's address.
			path = UriComponentsBuilder.fromPath(formPage.value()).buildAndExpand(pathVariables(request)).encode().toUriString();
			query = null;
		}
		// One leading slash only: "//host" would be a link to another site.
		String here = "/" + path.replaceFirst("^/+", "");
		String params = query;
		List<Link> links = this.languages.supported()
			.stream()
			.map((language) -> new Link(language.toLanguageTag().toLowerCase(Locale.ROOT), Languages.nameInItself(language),
					UriComponentsBuilder.fromPath(here)
						.query(params)
						.replaceQueryParam(PARAMETER, language.toLanguageTag())
						.build()
						.toUriString(),
					language.getLanguage().equals(current)))
			.toList();
		request.setAttribute(LINKS, links);
		return true;
	}

	private static FormPage formPage(HttpServletRequest request, Object handler) {
		if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
				|| !(handler instanceof HandlerMethod method)) {
			return null;
		}
		return method.getMethodAnnotation(FormPage.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> pathVariables(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

	/** One language of the switcher: its tag, its name in itself, the same page in it, whether it is the page's. */
	public record Link(String tag, String name, String href, boolean current) {

	}

}
