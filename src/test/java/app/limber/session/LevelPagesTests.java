package app.limber.session;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The level-up and step-back offers on the session page, accepted or declined by the routine's owner. */
@SpringBootTest
@AutoConfigureMockMvc
class LevelPagesTests {

	@Autowired
	private MockMvcTester mvc;

	private void log(TestRoutines.Built routine, String json) {
		assertThat(this.mvc.post()
			.uri("/api/routines/" + routine.id() + "/completions")
			.cookie(routine.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).hasStatus(HttpStatus.CREATED);
	}

	private String sessionPage(TestRoutines.Built routine) {
		try {
			return this.mvc.get()
				.uri("/routines/" + routine.id() + "/session")
				.cookie(routine.owner())
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void threeComfortableSessionsOfferALevelUpThatKeepsTheEarlierVersion() {
		TestRoutines.Built routine = TestRoutines.build(this.mvc);
		assertThat(sessionPage(routine)).doesNotContain("Ready for a little more?");
		for (int i = 0; i < 3; i++) {
			log(routine, "{\"durationSeconds\": 300, \"painBefore\": 2, \"painAfter\": 1}");
		}
		// Every step one dose step harder, within its limits and the routine's minutes.
		assertThat(sessionPage(routine)).contains("Ready for a little more?", "name=\"_csrf\"");
		// Someone else with the link gets no offer and can't accept one.
		assertThat(this.mvc.get().uri("/routines/" + routine.id() + "/session")).bodyText()
			.doesNotContain("Ready for a little more?");
		assertThat(this.mvc.post().uri("/routines/" + routine.id() + "/level").with(csrf())
			.param("direction", "level-up").param("decision", "accept")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(this.mvc.post()
			.uri("/routines/" + routine.id() + "/level")
			.with(csrf())
			.cookie(routine.owner())
			.param("direction", "level-up")
			.param("decision", "accept")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/routines/" + routine.id() + "/session?notice=level-up");
		assertThat(this.mvc.get().uri("/routines/" + routine.id() + "/session?notice=level-up").cookie(routine.owner()))
			.bodyText()
			.contains("Levelled up", "(1 so far)")
			.doesNotContain("Ready for a little more?");
	}

	@Test
	void aPainfulSessionOffersAStepBackThatCanBeDeclined() {
		TestRoutines.Built routine = TestRoutines.build(this.mvc);
		log(routine, """
				{"durationSeconds": 200, "hurts": [{"step": 0, "exercise": "marching-on-the-spot", "choice": "skip"}]}""");
		assertThat(sessionPage(routine)).contains("Take it a little easier?", "Step back");
		assertThat(this.mvc.post()
			.uri("/routines/" + routine.id() + "/level")
			.with(csrf())
			.cookie(routine.owner())
			.param("direction", "step-back")
			.param("decision", "decline")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/routines/" + routine.id() + "/session?notice=kept");
		assertThat(sessionPage(routine)).doesNotContain("Take it a little easier?");
	}

	@Test
	void anAnswerWithoutItsCsrfTokenIsRefused() {
		TestRoutines.Built routine = TestRoutines.build(this.mvc);
		assertThat(this.mvc.post()
			.uri("/routines/" + routine.id() + "/level")
			.cookie(routine.owner())
			.param("direction", "level-up")
			.param("decision", "accept")).hasStatus(HttpStatus.FORBIDDEN);
	}

}
