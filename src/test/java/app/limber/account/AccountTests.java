package app.limber.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Optional accounts on top of anonymous ownership: nothing lost, nothing duplicated, nothing readable. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private static String email() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

	/** A browser that builds a routine; returns [routine id, owner cookie]. */
	private Object[] browserWithRoutine(String name) {
		MvcTestResult result = this.mvc.post().uri("/routines").with(csrf())
			.param("minutes", "10").param("focus", "tight").param("safetyReviewed", "true").param("name", name)
			.exchange();
		Matcher url = ROUTINE_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		return new Object[] { url.group(1), result.getResponse().getCookie("limber_owner") };
	}

	private MvcTestResult signUp(Cookie browser, String email, String password) {
		var request = this.mvc.post().uri("/signup").with(csrf()).param("email", email).param("password", password)
			.param("confirmPassword", password).param("remember", "true");
		return (browser != null) ? request.cookie(browser).exchange() : request.exchange();
	}

	private MvcTestResult signIn(Cookie browser, String email, String password, boolean remember) {
		// Each sign-in comes from an address of its own unless a test is about addresses.
		return signIn(browser, email, password, remember, "192.0.2." + (1 + (int) (Math.random() * 250)));
	}

	private MvcTestResult signIn(Cookie browser, String email, String password, boolean remember, String address) {
		var request = this.mvc.post().uri("/signin").with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		}).param("email", email).param("password", password);
		if (remember) {
			request = request.param("remember", "true");
		}
		return (browser != null) ? request.cookie(browser).exchange() : request.exchange();
	}

	@Test
	void signingUpKeepsTheBrowsersRoutinesAndStoresOnlyHashes() {
		Object[] browser = browserWithRoutine("Before sign-up");
		String email = email();
		MvcTestResult signedUp = signUp((Cookie) browser[1], email, PASSWORD);
		assertThat(signedUp.getResponse().getRedirectedUrl()).isEqualTo("/routines?notice=signedUp");
		Cookie accountKey = signedUp.getResponse().getCookie("limber_owner");
		assertThat(this.mvc.get().uri("/routines").cookie(accountKey)).bodyText().contains("Before sign-up", "Sign out");

		String hash = this.jdbc.queryForObject("SELECT password_hash FROM account WHERE email = ?", String.class, email);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
		List<String> keyHashes = this.jdbc.queryForList("SELECT key_hash FROM owner_key", String.class);
		assertThat(keyHashes).allMatch((keyHash) -> keyHash.matches("[0-9a-f]{64}"))
			.doesNotContain(accountKey.getValue(), ((Cookie) browser[1]).getValue());
	}

	@Test
	void signingInOnAnotherBrowserBringsItsRoutinesIntoTheAccount() throws Exception {
		String email = email();
		Object[] first = browserWithRoutine("From the laptop");
		signUp((Cookie) first[1], email, PASSWORD);
		Object[] second = browserWithRoutine("From the phone");

		MvcTestResult signedIn = signIn((Cookie) second[1], email, PASSWORD, true);
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/routines?notice=signedIn");
		Cookie phone = signedIn.getResponse().getCookie("limber_owner");
		assertThat(signedIn.getResponse().getHeader(HttpHeaders.SET_COOKIE)).contains("Max-Age=63072000", "HttpOnly",
				"SameSite=Lax");
		String list = this.mvc.get().uri("/routines").cookie(phone).exchange().getResponse().getContentAsString();
		assertThat(list).contains("From the laptop", "From the phone");
		assertThat(list.split(">From the phone</a>").length).as("not duplicated").isEqualTo(2);

		// A third browser that only signs in sees the same, once.
		Cookie third = signIn(null, email, PASSWORD, false).getResponse().getCookie("limber_owner");
		assertThat(this.mvc.get().uri("/routines").cookie(third)).bodyText().contains("From the laptop", "From the phone");
	}

	@Test
	void historyLoggedAnonymouslyMovesIntoTheAccountOnSignInAndGoesWithDelete() throws Exception {
		String email = email();
		signUp(null, email, PASSWORD);
		Object[] phone = browserWithRoutine("Logged on the phone");
		assertThat(this.mvc.post().uri("/api/routines/" + phone[0] + "/completions").cookie((Cookie) phone[1])
			.contentType("application/json").content("{\"durationSeconds\":600,\"painBefore\":4,\"painAfter\":2}"))
			.hasStatus(HttpStatus.CREATED);

		Cookie account = signIn((Cookie) phone[1], email, PASSWORD, true).getResponse().getCookie("limber_owner");
		assertThat(this.mvc.get().uri("/api/completions").cookie(account)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[0].routineName", (name) -> assertThat(name).isEqualTo("Logged on the phone"))
			.hasPathSatisfying("$.length()", (length) -> assertThat(length).isEqualTo(1));
		assertThat(this.mvc.get().uri("/account/export").cookie(account)).bodyJson()
			.hasPathSatisfying("$.history[0].painBefore", (pain) -> assertThat(pain).isEqualTo(4));

		this.mvc.post().uri("/account/delete").param("confirm", "true").with(csrf()).cookie(account).exchange();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM completion c JOIN routine r ON r.id = c.routine_id WHERE r.name = ?", Integer.class,
				"Logged on the phone"))
			.isZero();
	}

	@Test
	void withoutRememberMeTheCookieLastsTheBrowserSession() {
		String email = email();
		signUp(null, email, PASSWORD);
		assertThat(signIn(null, email, PASSWORD, false).getResponse().getHeader(HttpHeaders.SET_COOKIE))
			.startsWith("limber_owner=").doesNotContain("Max-Age");
	}

	@Test
	void signingOutForgetsThisBrowser() {
		String email = email();
		Cookie key = signUp((Cookie) browserWithRoutine("Signed out soon")[1], email, PASSWORD)
			.getResponse().getCookie("limber_owner");
		MvcTestResult signedOut = this.mvc.post().uri("/signout").with(csrf()).cookie(key).exchange();
		assertThat(signedOut.getResponse().getRedirectedUrl()).isEqualTo("/?notice=signedOut");
		assertThat(signedOut.getResponse().getHeader(HttpHeaders.SET_COOKIE)).contains("Max-Age=0");
		assertThat(this.mvc.get().uri("/routines").cookie(key)).bodyText().doesNotContain("Signed out soon");
	}

	@Test
	void exportHoldsEverythingButThePasswordAndDeleteRemovesIt() throws Exception {
		Object[] browser = browserWithRoutine("Mine to delete");
		String email = email();
		Cookie key = signUp((Cookie) browser[1], email, PASSWORD).getResponse().getCookie("limber_owner");

		MvcTestResult export = this.mvc.get().uri("/account/export").cookie(key).exchange();
		assertThat(export).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"limber-my-data.json\"");
		assertThat(export).bodyJson()
			.hasPathSatisfying("$.account.email", (value) -> assertThat(value).isEqualTo(email))
			.hasPathSatisfying("$.routines[0].name", (value) -> assertThat(value).isEqualTo("Mine to delete"))
			.doesNotHavePath("$.account.passwordHash");
		assertThat(export.getResponse().getContentAsString()).doesNotContain("bcrypt");

		assertThat(this.mvc.post().uri("/account/delete").with(csrf()).cookie(key).exchange().getResponse()
			.getRedirectedUrl()).isEqualTo("/account?problem=confirm");
		MvcTestResult deleted = this.mvc.post().uri("/account/delete").param("confirm", "true").with(csrf()).cookie(key)
			.exchange();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/?notice=deleted");
		assertThat(this.mvc.get().uri("/routines/" + browser[0])).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = ?", Integer.class, email)).isZero();
		assertThat(signIn(null, email, PASSWORD, false).getResponse().getRedirectedUrl()).isEqualTo("/signin?problem=failed");
	}

	@Nested
	class BadInput {

		@Test
		void signUpErrorsAreShownNextToTheFields() {
			assertThat(AccountTests.this.mvc.post().uri("/signup").with(csrf()).param("email", "not-an-email")
				.param("password", "short").param("confirmPassword", "different"))
				.hasStatusOk()
				.bodyText()
				.contains("id=\"email-error\"", "id=\"password-error\"", "id=\"confirmPasswordMatching-error\"")
				.doesNotContain("value=\"short\"");
		}

		@Test
		void anEmailCanHaveOnlyOneAccount() {
			String email = email();
			signUp(null, email, PASSWORD);
			assertThat(signUp(null, email.toUpperCase(), PASSWORD)).hasStatusOk()
				.bodyText()
				.contains("We could not create an account with this email");
		}

		@Test
		void aSignInFormWithoutItsTokenIsRefused() {
			assertThat(AccountTests.this.mvc.post().uri("/signin").param("email", "a@b.c").param("password", "x"))
				.hasStatus(HttpStatus.FORBIDDEN);
		}

	}

}
