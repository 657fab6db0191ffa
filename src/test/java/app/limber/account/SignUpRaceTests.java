package app.limber.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Sixteen browsers sign up with one email at the same moment: one account, fifteen form errors, no server error. */
@SpringBootTest
@AutoConfigureMockMvc
class SignUpRaceTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void simultaneousSignUpsWithOneEmailMakeOneAccount() throws Exception {
		int browsers = 16;
		ExecutorService threads = Executors.newFixedThreadPool(browsers);
		try {
			for (int round = 0; round < 3; round++) {
				String email = "race-" + UUID.randomUUID() + "@example.org";
				CyclicBarrier start = new CyclicBarrier(browsers);
				List<Future<MvcTestResult>> answers = new ArrayList<>();
				for (int i = 0; i < browsers; i++) {
					String address = "203.0.113." + (round * browsers + i + 1);
					answers.add(threads.submit(() -> {
						start.await();
						return this.mvc.post().uri("/signup").with(csrf()).with((request) -> {
							request.setRemoteAddr(address);
							return request;
						}).param("email", email).param("password", "a fairly long passphrase")
							.param("confirmPassword", "a fairly long passphrase").exchange();
					}));
				}
				int signedUp = 0;
				for (Future<MvcTestResult> future : answers) {
					MvcTestResult answer = future.get();
					assertThat(answer.getUnresolvedException()).isNull();
					assertThat(answer.getResponse().getStatus()).isIn(200, 302);
					if (answer.getResponse().getStatus() == 302) {
						signedUp++;
					}
					else {
						assertThat(answer.getResponse().getContentAsString()).contains("id=\"email-error\"");
					}
				}
				assertThat(signedUp).isEqualTo(1);
				assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
					.isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
