package app.limber.routine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety answers over the API: what stops the builder, what shapes the routine, what adds advice. */
@SpringBootTest
@AutoConfigureMockMvc
class SafetyAnswersApiTests {

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult build(String json) {
		return this.mvc.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	@Test
	void recentSurgeryStopsTheBuilderAndSaysWhoClearsExercise() {
		assertThat(build("""
				{"focus":"balanced","conditions":["recent-surgery"]}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.hasPathSatisfying("$.urgency", (urgency) -> assertThat(urgency).isEqualTo("soon"))
			.hasPathSatisfying("$.conditions", (c) -> assertThat(c).asArray().containsExactly("recent-surgery"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("surgeon or physiotherapist")
				.doesNotContain("within a day or two"))
			.hasPathSatisfying("$.title", (title) -> assertThat(title).asString().isEqualTo("Check with your surgeon first"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "steroids-or-weak-immunity", "injected-drugs" })
	void theNewRedFlagsNeedADoctorSoon(String flag) {
		assertThat(build("{\"focus\":\"balanced\",\"redFlags\":[\"" + flag + "\"]}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.hasPathSatisfying("$.urgency", (urgency) -> assertThat(urgency).isEqualTo("soon"));
	}

	@ParameterizedTest
	@ValueSource(strings = { """
			{"minutes":99,"focus":"tight","redFlags":["night-pain"]}""", """
			{"redFlags":["both-legs"]}""", """
			{"focus":"sideways","level":"expert","redFlags":["chest-pain","not-a-flag"]}""", """
			{"minutes":"ten","focus":"weak","conditions":["recent-surgery","nonsense"]}""" })
	void aRedFlagAnswersWithItsAdviceEvenWhenAnotherFieldIsWrong(String json) {
		assertThat(build(json)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().isNotBlank())
			.hasPathSatisfying("$.urgency", (urgency) -> assertThat(urgency).asString().isIn("emergency", "soon"));
	}

	@Test
	void withoutARedFlagAWrongFieldIsStillAPlainBadRequest() {
		assertThat(build("""
				{"minutes":99,"focus":"tight","redFlags":[]}""")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theOldHipSurgeryAnswerMeansHipReplacementAndKeepsItsPrecautions() {
		assertThat(build("""
				{"minutes":30,"focus":"weak","level":"intermediate","conditions":["hip-surgery"]}"""))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.safety.conditions", (c) -> assertThat(c).asArray().containsExactly("hip-replacement"))
			.hasPathSatisfying("$.steps[*].exercise.slug", (slugs) -> assertThat(slugs).asArray()
				.doesNotContain("cat-cow", "bird-dog", "side-plank", "knee-plank", "dead-bug", "hip-flexor-stretch",
						"childs-pose", "knee-to-chest", "piriformis-stretch", "seated-piriformis-stretch", "clamshell"));
	}

	@Test
	void painBelowTheKneeAddsAdviceToSeeAPhysiotherapist() {
		assertThat(build("""
				{"minutes":15,"focus":"tight","conditions":["leg-pain"]}""")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.safety.advice[0]", (advice) -> assertThat(advice).asString().contains("physiotherapist"))
			.hasPathSatisfying("$.steps[*].exercise.slug", (slugs) -> assertThat(slugs).asArray()
				.doesNotContain("hamstring-stretch", "standing-hamstring-stretch"));
	}

}
