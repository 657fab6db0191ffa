package app.limber;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Switching language on a page shown straight after a POST (a form with errors, a link shown once) opens the form's
 * own page in the other language, never a GET of the POST's address (for the builder that is "My routines").
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormLanguageSwitchTests {

	private static final Pattern SPANISH_LINK = Pattern.compile("<a href=\"([^\"]*)\" lang=\"es\"");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theBuilderWithErrorsSwitchesToTheBuilder() throws Exception {
		MvcTestResult errors = this.mvc.post()
			.uri("/routines")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("minutes=-4&focus=zzz&safetyReviewed=true")
			.exchange();
		assertThat(errors).hasStatusOk().bodyText().contains("class=\"field-error\"");
		assertThat(spanishLink(errors)).isEqualTo("/routines/new?lang=es");
		assertThat(this.mvc.get().uri("/routines/new?lang=es")).hasStatusOk().bodyText().contains("<html lang=\"es\"");
	}

	@Test
	void theReminderFormWithErrorsAndTheNewLinkSwitchToTheReminderPage() throws Exception {
		MvcTestResult built = this.mvc.post()
			.uri("/routines")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("minutes=5&focus=tight&level=beginner&setting=floor&safetyReviewed=true")
			.exchange();
		assertThat(built).hasStatus(HttpStatus.FOUND);
		Matcher id = Pattern.compile("/routines/([0-9a-f-]{36})").matcher(built.getResponse().getRedirectedUrl());
		assertThat(id.find()).isTrue();
		Cookie owner = built.getResponse().getCookie("limber_owner");
		String reminder = "/routines/" + id.group(1) + "/reminder";
		MvcTestResult badZone = this.mvc.post()
			.uri(reminder)
			.with(csrf())
			.cookie(owner)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("time=08:00&days=MONDAY&zone=Mars/Olympus")
			.exchange();
		assertThat(badZone).hasStatusOk().bodyText().contains("zone-error");
		assertThat(spanishLink(badZone)).isEqualTo(reminder + "?lang=es");
		MvcTestResult made = this.mvc.post()
			.uri(reminder)
			.with(csrf())
			.cookie(owner)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("time=08:00&days=MONDAY")
			.exchange();
		assertThat(made).hasStatusOk();
		MvcTestResult newLink = this.mvc.post().uri(reminder + "/link").with(csrf()).cookie(owner).exchange();
		assertThat(newLink).hasStatusOk().bodyText().contains("reminder-webcal");
		assertThat(spanishLink(newLink)).isEqualTo(reminder + "?lang=es");
	}

	private static String spanishLink(MvcTestResult page) throws Exception {
		Matcher link = SPANISH_LINK.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(link.find()).as("the switcher's link to Spanish").isTrue();
		return link.group(1).replace("&amp;", "&");
	}

}
