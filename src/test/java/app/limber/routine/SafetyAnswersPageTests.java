package app.limber.routine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The safety answers on the pages: recent surgery stops the builder, leg pain and pregnancy add their notes. */
@SpringBootTest
@AutoConfigureMockMvc
class SafetyAnswersPageTests {

	private static final String DESK = "minutes=15&focus=weak&level=beginner&setting=desk&safetyReviewed=true";

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult post(String form) {
		return this.mvc.post().uri("/routines").with(csrf()).content(form)
			.contentType("application/x-www-form-urlencoded").exchange();
	}

	@Test
	void recentSurgeryStopsTheBuilderAndSaysToAskTheSurgeonFirst() {
		MvcTestResult result = post(DESK + "&conditions=recent-surgery");
		assertThat(result).hasStatusOk()
			.bodyText()
			.doesNotContain("within a day or two", "See a doctor before you exercise")
			.contains("Check with your surgeon first", "ask your surgeon or physiotherapist first",
					"surgery on my back, belly or anywhere else in the last 3 months")
			.containsPattern("value=\"recent-surgery\"\\s+checked=\"checked\"");
		assertThat(result.getResponse().getCookie("limber_owner")).isNull();
	}

	@Test
	void theFormAsksTheNewQuestions() {
		assertThat(this.mvc.get().uri("/routines/new")).hasStatusOk()
			.bodyText()
			.contains("value=\"hip-replacement\"", "value=\"recent-surgery\"", "value=\"steroids-or-weak-immunity\"",
					"value=\"injected-drugs\"");
	}

	@Test
	void aPregnantPersonsRoutineCarriesItsPregnancyNotesAndLegPainAddsAdvice() {
		MvcTestResult built = post(DESK + "&conditions=pregnancy&conditions=leg-pain");
		assertThat(built).hasStatus3xxRedirection();
		Matcher id = Pattern.compile("/routines/([0-9a-f-]{36})").matcher(built.getResponse().getRedirectedUrl());
		assertThat(id.find()).isTrue();
		Cookie owner = built.getResponse().getCookie("limber_owner");
		assertThat(this.mvc.get().uri("/routines/" + id.group(1)).cookie(owner)).hasStatusOk()
			.bodyText()
			.contains("Warm up", "Cool down", "Pregnancy:", "check with your midwife", "worth showing to a physiotherapist");
		assertThat(this.mvc.get().uri("/routines/" + id.group(1) + "/sheet").cookie(owner)).hasStatusOk()
			.bodyText()
			.contains("check with your midwife");
		// Someone else with the link sees neither: the answers are the owner's.
		assertThat(this.mvc.get().uri("/routines/" + id.group(1))).hasStatusOk()
			.bodyText()
			.doesNotContain("check with your midwife", "worth showing to a physiotherapist");
	}

}
