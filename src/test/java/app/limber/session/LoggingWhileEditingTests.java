package app.limber.session;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.session.TestRoutines.Built;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A session logged in the same instant as the routine is edited (the player on the phone, the routine page on the
 * laptop): the log is never lost, whatever the version check makes of the edit, and its ratings still tune the
 * routine.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoggingWhileEditingTests {

	private static final int ROUNDS = 25;

	@Autowired
	private MockMvcTester mvc;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void aSessionLoggedWhileTheRoutineIsEditedIsAlwaysKept() throws Exception {
		Built routine = TestRoutines.build(this.mvc);
		List<Map<String, Object>> steps = JsonPath.read(
				body(this.mvc.get().uri("/api/routines/" + routine.id()).cookie(routine.owner()).exchange()), "$.steps");
		int rated = steps.size() - 1; // the last strengthening step, rated "too hard": every log changes the routine
		Map<String, Object> edited = steps.get(0); // the warm-up, its dose saved again by hand: every edit changes it
		String log = "{\"durationSeconds\": 300, \"ratings\": [{\"step\": " + rated + ", \"rating\": \"hard\"}]}";
		Callable<MvcTestResult> logging = () -> this.mvc.post()
			.uri("/api/routines/" + routine.id() + "/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.content(log)
			.cookie(routine.owner())
			.exchange();
		Callable<MvcTestResult> editing = () -> this.mvc.post()
			.uri("/routines/" + routine.id() + "/steps/0/dose")
			.with(csrf())
			.cookie(routine.owner())
			.param("hold", String.valueOf(edited.get("holdSeconds")))
			.param("reps", String.valueOf(edited.get("reps")))
			.param("sets", String.valueOf(edited.get("sets")))
			.exchange();

		List<MvcTestResult> logs = new ArrayList<>();
		List<MvcTestResult> edits = new ArrayList<>();
		CyclicBarrier together = new CyclicBarrier(2);
		for (int round = 0; round < ROUNDS; round++) {
			Future<MvcTestResult> logged = this.threads.submit(() -> {
				together.await();
				return logging.call();
			});
			Future<MvcTestResult> edit = this.threads.submit(() -> {
				together.await();
				return editing.call();
			});
			logs.add(logged.get());
			edits.add(edit.get());
		}

		assertThat(logs).allSatisfy((answer) -> {
			assertThat(answer.getUnresolvedException()).isNull();
			assertThat(answer.getResponse().getStatus()).as(body(answer)).isEqualTo(201);
		});
		assertThat(edits).allSatisfy((answer) -> {
			assertThat(answer.getUnresolvedException()).isNull();
			assertThat(answer.getResponse().getStatus()).isLessThan(500);
		});
		List<Object> kept = JsonPath.read(body(this.mvc.get().uri("/api/completions").cookie(routine.owner()).exchange()),
				"$[*].id");
		assertThat(kept).as("every session logged is in the history").hasSize(ROUNDS);
		// and the ratings did their work: the rated step was eased, down to its easiest dose
		Map<String, Object> now = JsonPath.read(
				body(this.mvc.get().uri("/api/routines/" + routine.id()).cookie(routine.owner()).exchange()),
				"$.steps[" + rated + "]");
		assertThat(now).isNotEqualTo(steps.get(rated));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
