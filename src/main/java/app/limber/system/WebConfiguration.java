package app.limber.system;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableCaching
class WebConfiguration implements WebMvcConfigurer {

	/** Answers that are the same in every language: static files and exercise pictures. */
	private static final String[] LANGUAGE_FREE = { "/css/**", "/js/**", "/img/**", "/fonts/**", "/figures/**" };

	private final Languages languages;

	WebConfiguration(Languages languages) {
		this.languages = languages;
	}

	/** Messages after a redirect travel in a one-time cookie: any instance shows them, a bookmark never does. */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager(JsonMapper json) {
		return new CookieFlashMapManager(json);
	}

	/** The request's language: see {@link LanguageResolver}. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(Languages languages) {
		return new LanguageResolver(languages);
	}

	/**
	 * {@code ?lang=es} on any page (the switcher's links) chooses the language and remembers it; a GET changes
	 * nothing but that cookie, so it needs no CSRF token. Every page and API answer then says it varies by language.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(LanguageSwitcher.PARAMETER);
		change.setHttpMethods("GET", "HEAD");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new LanguageSwitcher(this.languages, new LanguageResolver(this.languages)))
			.excludePathPatterns(LANGUAGE_FREE);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new UrlValueConverterFactory());
	}

	/**
	 * A bad query value or an unsupported method is the caller's mistake, answered with a 4xx: logged at DEBUG
	 * ("Resolved [...]"), not as a WARN line per request, so a scanner can't flood the log.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.stream()
			.filter(AbstractHandlerExceptionResolver.class::isInstance)
			.map(AbstractHandlerExceptionResolver.class::cast)
			.forEach((resolver) -> resolver.setWarnLogCategory(null));
	}

	/** Reads request parameters such as {@code ?position=lying-on-back} into enums. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static final class UrlValueConverterFactory implements ConverterFactory<String, UrlValue> {

		@Override
		public <T extends UrlValue> Converter<String, T> getConverter(Class<T> targetType) {
			return (source) -> source.isBlank() ? null : (T) UrlValue.parse((Class) targetType, source.trim());
		}

	}

}
