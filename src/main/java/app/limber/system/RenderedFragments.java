package app.limber.system;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A template fragment rendered once per language and key, then kept as HTML. For parts of a page that stay the same
 * until something they show changes: the catalogue's cards and exercise pages (only migrations change the
 * catalogue), and a routine's steps under its id and version (every edit raises the version). A request then pays
 * for its page's frame and forms, not again for the same cards or steps of messages and links. Only for fragments
 * that hold nothing of the visitor's (no owner; forms only through {@link #withForms}, which keeps them without
 * their CSRF token) and read nothing from the request but its language and the app's own links. At most {@value #MAX_FRAGMENTS} are kept (a few KB each); the least recently
 * used go first.
 */
@Component
public class RenderedFragments {

	private final ISpringTemplateEngine templates;

	private final ApplicationContext context;

	static final int MAX_FRAGMENTS = 1024;

	/** Where a kept fragment's forms take the request's CSRF token. */
	private static final String TOKEN_PLACE = "\u0000csrf\u0000";

	private final Map<String, String> rendered = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > MAX_FRAGMENTS;
		}

	};

	RenderedFragments(ISpringTemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	/**
	 * The fragment {@code template :: fragment} for {@code key} (which must name everything in {@code variables}
	 * that the output depends on) in the request's language, rendered on the first call.
	 */
	public String get(String template, String fragment, String key, Map<String, Object> variables,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		return get(String.join("|", template, fragment, key, request.getContextPath()),
				() -> render(template, fragment, variables, locale, request, response));
	}

	/**
	 * As {@link #get(String, String, String, Map, HttpServletRequest, HttpServletResponse)}, for a fragment with
	 * forms: it is kept without the CSRF token it was rendered with, and each request gets its own token put in.
	 */
	public String withForms(String template, String fragment, String key, Map<String, Object> variables,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
			return render(template, fragment, variables, locale, request, response);
		}
		String token = csrf.getToken();
		String kept = get(String.join("|", template, fragment, key, request.getContextPath()),
				() -> render(template, fragment, variables, locale, request, response).replace(token, TOKEN_PLACE));
		return kept.replace(TOKEN_PLACE, token);
	}

	/**
	 * Text made by {@code make} for {@code key} in the request's language, such as a routine's plan for the player;
	 * {@code key} must name everything the text depends on but the language.
	 */
	public String get(String key, Supplier<String> make) {
		String cacheKey = LocaleContextHolder.getLocale().getLanguage() + "|" + key;
		String text;
		synchronized (this.rendered) {
			text = this.rendered.get(cacheKey);
		}
		if (text == null) {
			text = make.get();
			synchronized (this.rendered) {
				this.rendered.put(cacheKey, text);
			}
		}
		return text;
	}

	/** As Thymeleaf's own view renders a page, so that messages, links and {@code @bean} references work. */
	private String render(String template, String fragment, Map<String, Object> variables, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> model = new HashMap<>(variables);
		RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
		model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		ConversionService conversion = (ConversionService) request.getAttribute(ConversionService.class.getName());
		model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, conversion));
		WebContext webContext = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				locale, model);
		StringWriter html = new StringWriter();
		this.templates.process(template, Set.of(fragment), webContext, html);
		return html.toString();
	}

}
