package app.limber.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Routines for session tests, built through the builder form as a person would. */
final class TestRoutines {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	private TestRoutines() {
	}

	/** A 5-minute routine for stiffness from sitting; cat-cow is its first step. Returns its id and owner cookie. */
	static Built build(MockMvcTester mvc) {
		MvcTestResult result = mvc.post()
			.uri("/routines")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("minutes=5&focus=tight&level=beginner&setting=floor&safetyReviewed=true")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		Matcher url = ROUTINE_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		return new Built(url.group(1), result.getResponse().getCookie("limber_owner"));
	}

	record Built(String id, Cookie owner) {
	}

}
