package app.limber.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

import app.limber.owner.OwnerKeys;

/**
 * How Spring Security's form login fits Limber's stateless, cookie-owned design: the signed-in state is the
 * browser's owner key pointing at an account's owner, so no HTTP session is needed and any instance can tell who is
 * signed in. Sign-in issues that key (remembered for two years, or for the browser session only); sign-out deletes it.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurity {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService accountDetails(Accounts accounts) {
		return (email) -> accounts.findByEmail(email)
			.map((account) -> User.withUsername(account.getEmail())
				.password(account.getPasswordHash())
				.roles("USER")
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/**
	 * Checks the password if the throttle lets the try in ({@link SigninThrottles}); a try it holds back gets the
	 * same answer whether or not the email has an account. The framework's check already spends as long on an
	 * unknown email as on a wrong password, and answers both alike.
	 */
	@Bean
	AuthenticationProvider accountAuthentication(UserDetailsService details, PasswordEncoder passwords,
			SigninThrottles throttles) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(details);
		passwordCheck.setPasswordEncoder(passwords);
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String email = authentication.getName();
				String address = address(authentication);
				SigninThrottles.Admission admission = throttles.admit(email, address);
				if (!admission.admitted()) {
					throw new TriesThrottledException(admission.waitFor());
				}
				Authentication signedIn = passwordCheck.authenticate(authentication);
				throttles.succeeded(email, address);
				return signedIn;
			}

			@Override
			public boolean supports(Class<?> type) {
				return passwordCheck.supports(type);
			}

		};
	}

	@Bean
	AuthenticationSuccessHandler signedIn(Accounts accounts, OwnerKeys owners) {
		return (request, response, authentication) -> {
			UUID accountOwner = accounts.ownerOf(authentication.getName());
			Optional<UUID> browserOwner = owners.current(request);
			browserOwner.filter((owner) -> !owner.equals(accountOwner) && !accounts.hasAccount(owner))
				.ifPresent((anonymous) -> owners.merge(anonymous, accountOwner));
			owners.issueKey(accountOwner, remember(request), request, response);
			response.sendRedirect(request.getContextPath() + "/routines?notice=signedIn");
		};
	}

	/** The same two answers for every email: wrong email or password, or wait this long. */
	@Bean
	AuthenticationFailureHandler signInFailed() {
		return (request, response, exception) -> response.sendRedirect(request.getContextPath()
				+ ((exception instanceof TriesThrottledException throttled) ? "/signin?problem=wait&seconds=" + throttled.seconds()
						: "/signin?problem=failed"));
	}

	@Bean
	LogoutHandler forgetThisBrowser(OwnerKeys owners) {
		return (request, response, authentication) -> owners.revoke(request, response);
	}

	/** Reads "who is signed in" from the owner key on every request; nothing to save between requests. */
	@Bean
	SecurityContextRepository ownerKeyContext(OwnerKeys owners, Accounts accounts) {
		return new SecurityContextRepository() {

			@Override
			@Deprecated
			public SecurityContext loadContext(HttpRequestResponseHolder holder) {
				return load(holder.getRequest());
			}

			@Override
			public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
					HttpServletRequest request) {
				Supplier<SecurityContext> context = () -> load(request);
				return new org.springframework.security.core.context.DeferredSecurityContext() {

					private SecurityContext loaded;

					@Override
					public SecurityContext get() {
						if (this.loaded == null) {
							this.loaded = context.get();
						}
						return this.loaded;
					}

					@Override
					public boolean isGenerated() {
						return get().getAuthentication() == null;
					}

				};
			}

			private SecurityContext load(HttpServletRequest request) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				owners.current(request)
					.flatMap(accounts::emailOf)
					.ifPresent((email) -> context.setAuthentication(UsernamePasswordAuthenticationToken
						.authenticated(email, null, List.of(new SimpleGrantedAuthority("ROLE_USER")))));
				return context;
			}

			@Override
			public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
				// The owner key issued at sign-in is the saved state.
			}

			@Override
			public boolean containsContext(HttpServletRequest request) {
				return load(request).getAuthentication() != null;
			}

		};
	}

	private static boolean remember(HttpServletRequest request) {
		return "true".equals(request.getParameter("remember")) || "on".equals(request.getParameter("remember"));
	}

	static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null)
				? details.getRemoteAddress() : "unknown";
	}

}
