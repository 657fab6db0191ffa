package app.limber.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void pagesAllowOnlyTheAppItselfAndCarryTheDefaultHeaders() {
		assertThat(this.mvc.get().uri("/exercises")).hasStatusOk()
			.hasHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("X-Frame-Options", "DENY")
			.containsHeader("Cache-Control");
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("default-src 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
	}

	@Test
	void theApiIsUsableWithoutACsrfToken() {
		assertThat(this.mvc.get().uri("/api/exercises/cat-cow")).hasStatusOk();
	}

	@Test
	void theHomePageCarriesTheSafetyNote() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("not a diagnosis", "spreads down a leg", "emergency care", "href=\"/exercises\"");
	}

}
