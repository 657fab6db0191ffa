package app.limber.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Pages are protected by CSRF tokens kept in a SameSite cookie rather than the HTTP session, so any instance can
 * check a form served by another. The JSON API under /api takes no token: it only accepts application/json bodies,
 * which a cross-site form cannot send.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Only the app itself: no inline scripts or styles, no other origins. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Nobody has to sign in: everything is open, and what a browser owns is decided by its owner key. Signing in
	 * (optional, form login) points that key at an account; see {@code app.limber.account.AccountSecurity}.
	 */
	@Bean
	SecurityFilterChain limberSecurity(HttpSecurity http, SecurityContextRepository ownerKeyContext,
			AuthenticationSuccessHandler signedIn, AuthenticationFailureHandler signInFailed,
			LogoutHandler forgetThisBrowser) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers("/api/**"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(ownerKeyContext))
			.requestCache((cache) -> cache.disable())
			.formLogin((login) -> login.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(signedIn)
				.failureHandler(signInFailed))
			.logout((logout) -> logout.logoutUrl("/signout")
				.addLogoutHandler(forgetThisBrowser)
				.logoutSuccessUrl("/?notice=signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

}
