package app.limber.system;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write that lost a race with another (the version check refused it): the API answers 409 problem details and a
 * page answers the app's "this was just changed" page, never a 500.
 */
class ConflictAnswerTests {

	private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders
		.standaloneSetup(new LosingApi(), new LosingPage())
		.setControllerAdvice(new ApiErrorHandling(messages()), new PageErrorHandling())
		.build());

	/** The app's own messages, as Spring Boot reads them. */
	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-session", "messages-sheet");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void theApiAnswers409ProblemDetails() {
		assertThat(this.mvc.post().uri("/api/losing").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.CONFLICT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Changed meanwhile");
	}

	@Test
	void aPageAnswersTheChangedMeanwhilePage() {
		assertThat(this.mvc.post().uri("/losing")).hasStatus(HttpStatus.CONFLICT).hasViewName("error/409");
	}

	@RestController
	static class LosingApi {

		@PostMapping("/api/losing")
		void lose() {
			throw new ObjectOptimisticLockingFailureException("app.limber.routine.Routine", "some-id");
		}

	}

	@Controller
	static class LosingPage {

		@PostMapping("/losing")
		String lose() {
			throw new ObjectOptimisticLockingFailureException("app.limber.routine.Routine", "some-id");
		}

	}

}
