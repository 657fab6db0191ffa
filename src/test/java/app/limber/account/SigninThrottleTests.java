package app.limber.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Guessing slows down per email and per address, the answers are the same whether an email has an account or not,
 * and a person with the right password is not shut out by someone guessing from the same network.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SigninThrottleTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String FAILED = "/signin?problem=failed";

	private static final String SIGNED_IN = "/routines?notice=signedIn";

	/** A clock the tests move forward, so waiting takes no time. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		void pass(Duration duration) {
			this.now = this.now.plus(duration);
		}

	}

	@TestBean
	private Clock clock;

	static Clock clock() {
		return new MovableClock();
	}

	@Autowired
	private MockMvcTester mvc;

	private static String email() {
		return "throttle-" + UUID.randomUUID() + "@example.org";
	}

	private static String address() {
		return "198.51.100." + (1 + (int) (Math.random() * 250)) + "." + UUID.randomUUID().toString().substring(0, 4);
	}

	private void signUp(String email) {
		assertThat(this.mvc.post().uri("/signup").with(csrf()).with((request) -> {
			request.setRemoteAddr(address());
			return request;
		}).param("email", email).param("password", PASSWORD).param("confirmPassword", PASSWORD))
			.redirectedUrl().isEqualTo("/routines?notice=signedUp");
	}

	private String signIn(String email, String password, String address) {
		return this.mvc.post().uri("/signin").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("email", email).param("password", password).exchange().getResponse().getRedirectedUrl();
	}

	private void pass(Duration duration) {
		((MovableClock) this.clock).pass(duration);
	}

	@Test
	void aBusyAddressDoesNotShutOutARightPassword() {
		String office = address();
		for (int guess = 0; guess < 60; guess++) {
			signIn(email(), "guess " + guess, office);
		}
		String colleague = email();
		signUp(colleague);
		assertThat(signIn(colleague, PASSWORD, office)).isEqualTo(SIGNED_IN);
	}

	@Test
	void aBusyAddressMakesAnAccountThatKeepsFailingWait() {
		String office = address();
		for (int guess = 0; guess < 30; guess++) {
			signIn(email(), "guess " + guess, office);
		}
		String target = email();
		signUp(target);
		assertThat(signIn(target, "wrong 1", office)).isEqualTo(FAILED);
		assertThat(signIn(target, "wrong 2", office)).isEqualTo(FAILED);
		assertThat(signIn(target, "wrong 3", office)).startsWith("/signin?problem=wait&seconds=");
		assertThat(signIn(target, PASSWORD, address())).as("from elsewhere it still works").isEqualTo(SIGNED_IN);
	}

	@Test
	void wrongPasswordsMakeTheNextTryWaitLongerAndLongerThenARightOneWorks() {
		String email = email();
		signUp(email);
		for (int guess = 0; guess < 5; guess++) {
			assertThat(signIn(email, "wrong " + guess, address())).isEqualTo(FAILED);
		}
		assertThat(signIn(email, "wrong 5", address())).isEqualTo(FAILED);
		assertThat(signIn(email, PASSWORD, address())).as("held back, even the right password")
			.isEqualTo("/signin?problem=wait&seconds=1");
		pass(Duration.ofSeconds(1));
		assertThat(signIn(email, "wrong 6", address())).isEqualTo(FAILED);
		assertThat(signIn(email, PASSWORD, address())).isEqualTo("/signin?problem=wait&seconds=2");
		pass(Duration.ofSeconds(2));
		assertThat(signIn(email, PASSWORD, address())).isEqualTo(SIGNED_IN);
		assertThat(signIn(email, "wrong again", address())).as("a right password starts the count again")
			.isEqualTo(FAILED);
		assertThat(this.mvc.get().uri("/signin?problem=wait&seconds=2")).bodyText()
			.contains("Too many tries with this email or from this network. Please wait 2 s and try again.");
	}

	@Test
	void anEmailWithoutAnAccountGetsExactlyTheSameAnswers() {
		String existing = email();
		signUp(existing);
		String unknown = email();
		List<String> forExisting = new ArrayList<>();
		List<String> forUnknown = new ArrayList<>();
		for (int guess = 0; guess < 9; guess++) {
			forExisting.add(signIn(existing, "wrong " + guess, address()));
			forUnknown.add(signIn(unknown, "wrong " + guess, address()));
			if (guess == 6) {
				pass(Duration.ofSeconds(2));
			}
		}
		assertThat(forExisting).contains(FAILED).anySatisfy((url) -> assertThat(url).contains("problem=wait"));
		assertThat(forUnknown).isEqualTo(forExisting);
		assertThat(forExisting).noneSatisfy((url) -> assertThat(url).contains("locked"));
	}

	@RepeatedTest(3)
	void aBurstOfSimultaneousGuessesGetsOnlyTheFreeTries() throws Exception {
		String email = email();
		signUp(email);
		int guesses = 12;
		ExecutorService threads = Executors.newFixedThreadPool(guesses);
		try {
			CyclicBarrier start = new CyclicBarrier(guesses);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < guesses; i++) {
				String guess = "wrong " + i;
				answers.add(threads.submit(() -> {
					start.await();
					return signIn(email, guess, address());
				}));
			}
			int checked = 0;
			for (Future<String> answer : answers) {
				String url = answer.get();
				assertThat(url).isIn(FAILED, "/signin?problem=wait&seconds=1");
				checked += FAILED.equals(url) ? 1 : 0;
			}
			assertThat(checked).as("passwords checked").isEqualTo(6);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void signUpIsThrottledLikeSignIn() throws Exception {
		String taken = email();
		signUp(taken);
		String prober = address();
		List<String> errors = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		for (int probe = 0; probe < 8; probe++) {
			MvcTestResult answer = this.mvc.post().uri("/signup").with(csrf()).with((request) -> {
				request.setRemoteAddr(prober);
				return request;
			}).param("email", taken).param("password", PASSWORD).param("confirmPassword", PASSWORD).exchange();
			assertThat(answer).hasStatusOk();
			pages.add(answer.getResponse().getContentAsString());
			errors.add(pages.get(probe).contains("Please wait") ? "wait" : "taken");
		}
		assertThat(errors).startsWith("taken", "taken", "taken", "taken", "taken").contains("wait");
		assertThat(pages.get(0)).contains("We could not create an account with this email").doesNotContain("already exists");
	}

	@Test
	void commonAndBlankPasswordsAndBrokenEmailsAreRefusedAtSignUp() {
		for (String password : new String[] { "          ", "1234567890", "Qwertyuiop", "aaaaaaaaaaaa" }) {
			assertThat(this.mvc.post().uri("/signup").with(csrf()).param("email", email()).param("password", password)
				.param("confirmPassword", password)).as(password).hasStatusOk().bodyText().contains("id=\"password-error\"");
		}
		for (String bad : new String[] { "a@b", "a@b.c", "a..b@example.org", ".a@example.org", "a@-example.org",
				"a@example..org", "a b@example.org", "a@example.123" }) {
			assertThat(this.mvc.post().uri("/signup").with(csrf()).param("email", bad).param("password", PASSWORD)
				.param("confirmPassword", PASSWORD)).as(bad).hasStatusOk().bodyText().contains("id=\"email-error\"");
		}
		assertThat(this.mvc.post().uri("/signup").with(csrf()).param("email", "Zoë.O'Brien+back@Exämple.co.uk")
			.param("password", "ünïcödé pässwörd").param("confirmPassword", "ünïcödé pässwörd"))
			.redirectedUrl().isEqualTo("/routines?notice=signedUp");
	}

}
