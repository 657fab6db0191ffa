package app.limber.session;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.limber.system.HashedLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The player page and the history page as the server renders them. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPagesTests {

	@Autowired
	private MockMvcTester mvc;

	private TestRoutines.Built build() {
		return TestRoutines.build(this.mvc);
	}

	@Test
	void theSessionPageListsTheWholeRoutineAndCarriesItsTimedPlan() {
		var routine = build();
		assertThat(this.mvc.get().uri("/routines/" + routine.id() + "/session")).hasStatusOk()
			.bodyText()
			.contains("<script type=\"application/json\" id=\"session-plan\">{\"routineId\":\"" + routine.id(),
					"\"segments\":[{\"type\":\"get-ready\",\"seconds\":10", "\"totalSeconds\":",
					"Stop an exercise if your pain increases", "The routine at a glance", "Marching on the spot",
					"class=\"session-list__step\"", "Total 5 min")
			.containsPattern("<script type=\"module\" src=\"" + HashedLinks.of("/js/session.js") + "\"></script>")
			.containsPattern(HashedLinks.of("/css/session.css"));
	}

	/** The plan and the list are kept per routine version: an edit shows on the session page at once. */
	@Test
	void anEditShowsOnTheSessionPageAtOnce() throws Exception {
		var routine = build();
		String before = this.mvc.get().uri("/routines/" + routine.id() + "/session").exchange().getResponse()
			.getContentAsString();
		assertThat(this.mvc.post().uri("/routines/" + routine.id() + "/steps/0/remove").cookie(routine.owner())
			.with(csrf())).hasStatus3xxRedirection();
		String after = this.mvc.get().uri("/routines/" + routine.id() + "/session").exchange().getResponse()
			.getContentAsString();
		assertThat(steps(after)).isEqualTo(steps(before) - 1);
		assertThat(plannedSegments(after)).isLessThan(plannedSegments(before));
	}

	private static int steps(String page) {
		return page.split("class=\"session-list__step\"", -1).length - 1;
	}

	private static int plannedSegments(String page) {
		return page.substring(page.indexOf("id=\"session-plan\"")).split("\"type\":", -1).length - 1;
	}

	@Test
	void anyoneWithTheLinkCanPlayIt() {
		var routine = build();
		assertThat(this.mvc.get().uri("/routines/" + routine.id() + "/session")).hasStatusOk();
	}

	@Test
	void anUnknownOrMalformedRoutineIsTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/routines/" + UUID.randomUUID() + "/session")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no routine at this address");
		assertThat(this.mvc.get().uri("/routines/nope/session")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void historyWithoutAnOwnerKeyIsEmpty() {
		assertThat(this.mvc.get().uri("/history")).hasStatusOk()
			.bodyText()
			.contains("No sessions yet", "The last six weeks", "0 days")
			.doesNotContain("Recent sessions");
	}

	@Test
	void historyShowsTheCallersSessionsStreakMinutesAndAnExerciseThatKeepsHurting() {
		var routine = build();
		String hurt = """
				{"durationSeconds": 300, "painBefore": 3, "painAfter": 5,
				 "hurts": [{"step": 0, "exercise": "marching-on-the-spot", "choice": "easier"}]}""";
		for (String body : new String[] { hurt, "{\"durationSeconds\": 300}", hurt }) {
			assertThat(this.mvc.post()
				.uri("/api/routines/" + routine.id() + "/completions")
				.cookie(routine.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).hasStatus(HttpStatus.CREATED);
		}
		assertThat(this.mvc.get().uri("/history?notice=logged").cookie(routine.owner())).hasStatusOk()
			.bodyText()
			.contains("Session logged", "1 day", "15 min", "Recent sessions", "Pain 3 → 5", "Keeps hurting",
					"during Marching on the spot in 2 of your last 3 sessions", "Try the easier version next time")
			.doesNotContain("No sessions yet");
		// Someone else's browser sees none of it.
		assertThat(this.mvc.get().uri("/history")).hasStatusOk().bodyText().doesNotContain("Marching on the spot", "Pain 3");
	}

}
