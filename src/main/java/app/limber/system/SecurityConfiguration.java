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
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
	 * The browser features the app may use: the screen wake lock and sound (beeps, spoken cues) in the session
	 * player; every other powerful feature is off for the app and anything it could ever embed.
	 */
	static final String PERMISSIONS_POLICY = "screen-wake-lock=(self), autoplay=(self), speaker-selection=(self), "
			+ "accelerometer=(), ambient-light-sensor=(), bluetooth=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), "
			+ "magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
			+ "publickey-credentials-get=(), serial=(), usb=(), web-share=(), xr-spatial-tracking=()";

	/**
	 * Pages whose address is itself a secret or that show a person's own data (a routine's unguessable link, its
	 * short link, history, account): links from them tell other sites nothing, not even the origin.
	 */
	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher OWNER_PAGES = new OrRequestMatcher(PATHS.matcher("/routines/**"),
			PATHS.matcher("/r/**"), PATHS.matcher("/history/**"), PATHS.matcher("/account/**"));

	/** Referrer-Policy: same-origin on owner pages, strict-origin-when-cross-origin everywhere else. */
	static HeaderWriter referrerPolicy() {
		return (request, response) -> {
			if (!response.containsHeader("Referrer-Policy")) {
				response.setHeader("Referrer-Policy",
						OWNER_PAGES.matches(request) ? "same-origin" : "strict-origin-when-cross-origin");
			}
		};
	}

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
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.addHeaderWriter(referrerPolicy())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		return http.build();
	}

}
