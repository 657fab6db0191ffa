package app.limber.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API documentation ({@code /v3/api-docs}) and its browsable page ({@code /swagger-ui/**}) in a chain of their
 * own, ahead of {@link SecurityConfiguration}'s: Swagger UI needs a little more than the app's own strict
 * Content-Security-Policy allows, and only its pages get it. They are read-only, so only GET and HEAD are let in.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurityConfiguration {

	/**
	 * The app's policy plus the one thing Swagger UI needs, still nothing from another origin: {@code data:} images
	 * (the icons in its style sheet). No inline scripts or styles: the page runs in {@code BaseLayout}, without the
	 * top bar whose logo carries an inline {@code <style>}. {@code ApiDocsBrowserTests} fails on any violation.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			// nothing here changes state (anything but GET and HEAD is denied), so there is nothing to forge
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

}
