package app.limber.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves {@code static/} under the paths the pages use, with a content hash in every link the pages make
 * ({@code /css/limber.css} is written {@code /css/limber-<md5>.css}), so that a browser may keep a file for a year
 * and still gets the new one with the release that changes it.
 * <p>
 * Each top-level folder and file of {@code static/} gets its own mapping ({@code /css/**}, {@code /img/**}, ...)
 * instead of Spring Boot's catch-all {@code /**}: the filter that writes hashed links asks the resource handlers
 * about every link on a page, and with {@code /**} each page link ({@code /exercises/cat-cow}, a routine's
 * address) became a classpath look-up in the packaged jar that finds nothing and is never cached, dozens per page.
 * With these mappings such links are passed over at once, and the resolved static links are cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	static final String LOCATION = "classpath:/static/";

	/** Hashed files never change under their name. */
	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** A file asked for by its plain name (a script's relative import, an old bookmark): revalidated hourly. */
	static final CacheControl UNVERSIONED = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	/** The name's content hash as {@link VersionResourceResolver}'s content strategy writes it. */
	private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[^./]+$");

	private final List<String> patterns = staticPatterns();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String pattern : this.patterns) {
			String location = pattern.endsWith("/**") ? LOCATION + pattern.substring(1, pattern.length() - 2)
					: LOCATION;
			registry.addResourceHandler(pattern)
				.addResourceLocations(location)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new StaticCacheControl()).addPathPatterns(this.patterns);
	}

	/** {@code /css/**} for the folder {@code static/css}, {@code /robots.txt} for a file at the top. */
	private static List<String> staticPatterns() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			String root = resolver.getResource(LOCATION).getURL().toString();
			Set<String> patterns = new TreeSet<>();
			for (Resource file : resolver.getResources(LOCATION + "**")) {
				String url = file.getURL().toString();
				if (!url.startsWith(root) || url.length() == root.length()) {
					continue;
				}
				String path = url.substring(root.length());
				int slash = path.indexOf('/');
				patterns.add((slash >= 0) ? "/" + path.substring(0, slash) + "/**" : "/" + path);
			}
			return List.copyOf(patterns);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Couldn't list the static files", ex);
		}
	}

	/** Long-lived caching for hashed names, an hour for plain ones; nothing else is touched. */
	static final class StaticCacheControl implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof ResourceHttpRequestHandler) {
				boolean hashed = HASHED.matcher(request.getRequestURI()).find();
				response.setHeader(HttpHeaders.CACHE_CONTROL,
						(hashed ? VERSIONED : UNVERSIONED).getHeaderValue());
			}
			return true;
		}

	}

}
