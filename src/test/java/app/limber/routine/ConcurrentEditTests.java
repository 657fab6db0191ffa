package app.limber.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two submits of one routine at the same moment (a double click, two tabs): the version check refuses the later
 * write, and the person gets their edit made again (rename, shuffle) or the current version with a message, never a
 * server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentEditTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	/** The flash attributes an answer's redirect carries in its one-time cookie. */
	private static java.util.Map<String, Object> flash(MvcTestResult answer) {
		return answer.getMvcResult().getFlashMap();
	}

	@Autowired
	private MockMvcTester mvc;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	private String[] build() {
		MvcTestResult result = this.mvc.post().uri("/routines").with(csrf())
			.param("minutes", "20").param("focus", "tight").param("safetyReviewed", "true").exchange();
		Matcher url = ROUTINE_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		return new String[] { url.group(1), result.getResponse().getCookie("limber_owner").getValue() };
	}

	/** Runs every edit {@code rounds} times, all of them released together each round; returns every answer. */
	private List<MvcTestResult> together(int rounds, List<Callable<MvcTestResult>> edits) throws Exception {
		List<MvcTestResult> answers = new ArrayList<>();
		CyclicBarrier start = new CyclicBarrier(edits.size());
		for (int round = 0; round < rounds; round++) {
			List<Future<MvcTestResult>> running = new ArrayList<>();
			for (Callable<MvcTestResult> edit : edits) {
				running.add(this.threads.submit(() -> {
					start.await();
					return edit.call();
				}));
			}
			for (Future<MvcTestResult> answer : running) {
				answers.add(answer.get());
			}
		}
		return answers;
	}

	private MvcTestResult post(String path, Cookie owner, String... params) {
		var request = this.mvc.post().uri(path).with(csrf()).cookie(owner);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void aDoubleClickedShuffleShufflesTwiceAndNeverFails() throws Exception {
		String[] routine = build();
		Cookie owner = new Cookie("limber_owner", routine[1]);
		String shuffle = "/routines/" + routine[0] + "/shuffle";
		List<MvcTestResult> answers = together(30, List.of(() -> post(shuffle, owner), () -> post(shuffle, owner)));
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.getUnresolvedException()).isNull();
			assertThat(answer).hasStatus(HttpStatus.FOUND);
			assertThat(flash(answer)).containsEntry("notice", "routine.updated");
		});
	}

	@Test
	void simultaneousEditsOfOneRoutineAnswerTheCurrentVersionInsteadOfAnError() throws Exception {
		String[] routine = build();
		Cookie owner = new Cookie("limber_owner", routine[1]);
		String base = "/routines/" + routine[0];
		List<MvcTestResult> answers = together(15, List.of(() -> post(base + "/shuffle", owner),
				() -> post(base + "/name", owner, "name", "Renamed " + Thread.currentThread().getName()),
				() -> post(base + "/steps/1/move", owner, "direction", "up"),
				() -> post(base + "/steps/0/dose", owner, "hold", "30", "reps", "1", "sets", "1"),
				() -> post(base + "/steps/2/move", owner, "direction", "down"),
				() -> post(base + "/shuffle", owner)));
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.getUnresolvedException()).isNull();
			assertThat(answer.getResponse().getStatus()).isLessThan(500);
		});
		List<String> redirects = answers.stream().map((answer) -> answer.getResponse().getRedirectedUrl()).toList();
		assertThat(redirects).allSatisfy((url) -> assertThat(url).startsWith(base));
		List<MvcTestResult> lost = answers.stream()
			.filter((answer) -> "changed".equals(flash(answer).get("editProblem")))
			.toList();
		assertThat(lost).as("a lost race is reported, not hidden").isNotEmpty();
		Cookie message = lost.get(0).getResponse().getCookie("limber_flash");
		assertThat(this.mvc.get().uri(lost.get(0).getResponse().getRedirectedUrl()).cookie(owner, message)).hasStatusOk()
			.bodyText()
			.contains("This routine was just changed; here is the current version.");
	}

}
