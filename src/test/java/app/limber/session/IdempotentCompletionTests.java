package app.limber.session;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.session.TestRoutines.Built;

import static org.assertj.core.api.Assertions.assertThat;

/** A session sent again (after being kept offline) with its Idempotency-Key is logged once; the repeat gets the first. */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotentCompletionTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private MvcTestResult log(Built routine, Cookie owner, String key, String json) {
		var request = this.mvc.post().uri("/api/routines/" + routine.id() + "/completions")
			.contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.cookie(owner).exchange();
	}

	private int logged(Built routine) {
		return this.jdbc.queryForObject("select count(*) from completion where routine_id = ?", Integer.class,
				UUID.fromString(routine.id()));
	}

	@Test
	void aRepeatWithTheSameKeyReturnsTheFirstResultAndLogsNothingMore() throws Exception {
		Built routine = TestRoutines.build(this.mvc);
		String key = UUID.randomUUID().toString();
		MvcTestResult first = log(routine, routine.owner(), key, "{\"durationSeconds\": 290, \"painAfter\": 2}");
		MvcTestResult again = log(routine, routine.owner(), key, "{\"durationSeconds\": 290, \"painAfter\": 2}");
		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(again).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", first.getResponse().getHeader("Location"));
		assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(logged(routine)).isEqualTo(1);
	}

	@Test
	void differentKeysOrNoKeyAreDifferentSessions() {
		Built routine = TestRoutines.build(this.mvc);
		log(routine, routine.owner(), "a-" + UUID.randomUUID(), "{\"durationSeconds\": 290}");
		log(routine, routine.owner(), "b-" + UUID.randomUUID(), "{\"durationSeconds\": 290}");
		log(routine, routine.owner(), null, "{\"durationSeconds\": 290}");
		log(routine, routine.owner(), null, "{\"durationSeconds\": 290}");
		assertThat(logged(routine)).isEqualTo(4);
	}

	@Test
	void theSameKeyFromSomeoneElseIsTheirOwnSession() {
		Built mine = TestRoutines.build(this.mvc);
		Built theirs = TestRoutines.build(this.mvc);
		String key = UUID.randomUUID().toString();
		log(mine, mine.owner(), key, "{\"durationSeconds\": 290}");
		MvcTestResult other = log(mine, theirs.owner(), key, "{\"durationSeconds\": 100}");
		assertThat(other).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.durationSeconds").isEqualTo(100);
		assertThat(logged(mine)).isEqualTo(2);
	}

	@Test
	void twoSendsAtOnceLogOneSession() throws Exception {
		Built routine = TestRoutines.build(this.mvc);
		String key = UUID.randomUUID().toString();
		var one = CompletableFuture.supplyAsync(() -> log(routine, routine.owner(), key, "{\"durationSeconds\": 290}"));
		var two = CompletableFuture.supplyAsync(() -> log(routine, routine.owner(), key, "{\"durationSeconds\": 290}"));
		assertThat(one.get()).hasStatus(HttpStatus.CREATED);
		assertThat(two.get()).hasStatus(HttpStatus.CREATED);
		assertThat(one.get().getResponse().getHeader("Location")).isEqualTo(two.get().getResponse().getHeader("Location"));
		assertThat(logged(routine)).isEqualTo(1);
	}

	@Test
	void aMalformedKeyIsA400ProblemNamingTheHeader() {
		Built routine = TestRoutines.build(this.mvc);
		assertThat(log(routine, routine.owner(), "not a key!", "{\"durationSeconds\": 290}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("Idempotency-Key");
		assertThat(log(routine, routine.owner(), "x".repeat(65), "{\"durationSeconds\": 290}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(logged(routine)).isZero();
	}

}
