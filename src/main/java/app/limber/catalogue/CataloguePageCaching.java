package app.limber.catalogue;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The catalogue pages carry an ETag (a hash of the page) and may be kept by the browser, never by a shared cache:
 * a repeat visit asks again and gets {@code 304 Not Modified} without the page when nothing changed. Pages that
 * differ per visitor (a signed-in person's sign-out form carries its own CSRF token) simply never match.
 */
@Configuration(proxyBeanMethods = false)
class CataloguePageCaching {

	/** Kept by the browser only, and checked with the server before each use. */
	static final String CACHE_CONTROL = CacheControl.noCache().cachePrivate().getHeaderValue();

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> cataloguePageEtags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
				super.doFilterInternal(request, response, chain);
			}

		};
		// Weak: the compressed and the plain page are the same page.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/exercises", "/exercises/*");
		registration.setName("cataloguePageEtags");
		return registration;
	}

}
