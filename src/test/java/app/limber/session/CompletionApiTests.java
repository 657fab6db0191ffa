package app.limber.session;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.session.TestRoutines.Built;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/routines/{id}/completions and GET /api/completions: one's own history only, bad input a 400 problem. */
@SpringBootTest
@AutoConfigureMockMvc
class CompletionApiTests {

	@Autowired
	private MockMvcTester mvc;

	private Built build() {
		return TestRoutines.build(this.mvc);
	}

	MvcTestResult log(String routineId, Cookie owner, String json) {
		var request = this.mvc.post()
			.uri("/api/routines/" + routineId + "/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		return (owner != null) ? request.cookie(owner).exchange() : request.exchange();
	}

	@Test
	void logsASessionWithItsSkippedStepsHurtsAndPainRatings() {
		Built routine = build();
		MvcTestResult result = log(routine.id(), routine.owner(), """
				{"durationSeconds": 290, "painBefore": 4, "painAfter": 3, "skippedSteps": [1],
				 "hurts": [{"step": 0, "exercise": "marching-on-the-spot", "choice": "easier"}]}""");
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/api/completions/" + UUID.fromString(jsonString(result, "$.id")))
			.bodyJson()
			.hasPathSatisfying("$.routineId", (id) -> assertThat(id).isEqualTo(routine.id()))
			.hasPathSatisfying("$.date", (date) -> assertThat(date).isEqualTo(LocalDate.now().toString()))
			.hasPathSatisfying("$.durationSeconds", (seconds) -> assertThat(seconds).isEqualTo(290))
			.hasPathSatisfying("$.plannedSeconds", (seconds) -> assertThat(seconds).asNumber().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isBetween(270, 330))
			.hasPathSatisfying("$.painBefore", (pain) -> assertThat(pain).isEqualTo(4))
			.hasPathSatisfying("$.painAfter", (pain) -> assertThat(pain).isEqualTo(3))
			.hasPathSatisfying("$.skippedSteps", (skipped) -> assertThat(skipped).asArray().containsExactly(1))
			.hasPathSatisfying("$.hurts[0].exercise", (slug) -> assertThat(slug).isEqualTo("marching-on-the-spot"))
			.hasPathSatisfying("$.steps[0].outcome", (outcome) -> assertThat(outcome).isEqualTo("easier"))
			.hasPathSatisfying("$.steps[1].outcome", (outcome) -> assertThat(outcome).isEqualTo("skipped"))
			.hasPathSatisfying("$.steps[2].outcome", (outcome) -> assertThat(outcome).isEqualTo("done"));
	}

	@Test
	void listsOnlyTheCallersOwnSessions() {
		Built mine = build();
		Built theirs = build();
		log(mine.id(), mine.owner(), "{\"durationSeconds\": 300}");
		log(theirs.id(), theirs.owner(), "{\"durationSeconds\": 120}");

		assertThat(this.mvc.get().uri("/api/completions").cookie(mine.owner())).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[*].routineId", (ids) -> assertThat(ids).asArray().containsOnly(mine.id()))
			.hasPathSatisfying("$.length()", (n) -> assertThat(n).isEqualTo(1));
		assertThat(this.mvc.get().uri("/api/completions")).hasStatusOk().bodyJson().isEqualTo("[]");
	}

	@Test
	void someoneWithTheLinkLogsIntoTheirOwnHistoryNotTheOwners() {
		Built owners = build();
		MvcTestResult visitor = log(owners.id(), null, "{\"durationSeconds\": 300}");
		assertThat(visitor).hasStatus(HttpStatus.CREATED);
		Cookie visitorKey = visitor.getResponse().getCookie("limber_owner");
		assertThat(visitorKey).isNotNull();
		assertThat(visitorKey.isHttpOnly()).isTrue();

		assertThat(this.mvc.get().uri("/api/completions").cookie(visitorKey)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.length()", (n) -> assertThat(n).isEqualTo(1));
		assertThat(this.mvc.get().uri("/api/completions").cookie(owners.owner())).hasStatusOk().bodyJson().isEqualTo("[]");
		String id = jsonString(visitor, "$.id");
		assertThat(this.mvc.get().uri("/api/completions/" + id).cookie(visitorKey)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/completions/" + id).cookie(owners.owner())).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void acceptsTheDayEitherSideOfTodayForTimeZones() {
		Built routine = build();
		String yesterday = LocalDate.now().minusDays(1).toString();
		assertThat(log(routine.id(), routine.owner(), "{\"durationSeconds\": 300, \"date\": \"" + yesterday + "\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.date", (date) -> assertThat(date).isEqualTo(yesterday));
	}

	private static String jsonString(MvcTestResult result, String path) {
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), path);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Nested
	class Problems {

		@Test
		void aPainRatingAboveTenIsA400ThatNamesTheField() {
			Built routine = build();
			assertThat(log(routine.id(), routine.owner(), "{\"durationSeconds\": 300, \"painAfter\": 11}"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("painAfter"));
		}

		@Test
		void aMissingDurationIsA400ThatNamesTheField() {
			Built routine = build();
			assertThat(log(routine.id(), routine.owner(), "{\"painBefore\": 2}")).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("durationSeconds"));
		}

		@Test
		void aStepTheRoutineDoesntHaveIsA400ThatNamesIt() {
			Built routine = build();
			assertThat(log(routine.id(), routine.owner(), "{\"durationSeconds\": 300, \"skippedSteps\": [0, 99]}"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("skippedSteps[1]"));
		}

		@Test
		void aHurtForAnExerciseNotAtThatStepIsA400() {
			Built routine = build();
			assertThat(log(routine.id(), routine.owner(), """
					{"durationSeconds": 300, "hurts": [{"step": 0, "exercise": "plank", "choice": "skip"}]}"""))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("hurts[0].exercise"));
		}

		@Test
		void anUnknownChoiceIsA400ThatNamesIt() {
			Built routine = build();
			assertThat(log(routine.id(), routine.owner(), """
					{"durationSeconds": 300, "hurts": [{"step": 0, "exercise": "marching-on-the-spot", "choice": "cry"}]}"""))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("choice"));
		}

		@Test
		void aDateFarFromTodayIsA400() {
			Built routine = build();
			assertThat(log(routine.id(), routine.owner(), "{\"durationSeconds\": 300, \"date\": \"2020-01-01\"}"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("date"));
		}

		@Test
		void malformedJsonIsA400Problem() {
			Built routine = build();
			assertThat(log(routine.id(), routine.owner(), "{\"durationSeconds\": ")).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		@Test
		void onlyJsonIsAccepted() {
			Built routine = build();
			assertThat(CompletionApiTests.this.mvc.post()
				.uri("/api/routines/" + routine.id() + "/completions")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("durationSeconds=300")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}

		@Test
		void anUnknownRoutineIsA404Problem() {
			assertThat(log(UUID.randomUUID().toString(), null, "{\"durationSeconds\": 300}"))
				.hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(log("not-a-routine", null, "{\"durationSeconds\": 300}")).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		@Test
		void anUnknownCompletionIsA404Problem() {
			assertThat(CompletionApiTests.this.mvc.get().uri("/api/completions/" + UUID.randomUUID()))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(CompletionApiTests.this.mvc.get().uri("/api/completions/nope")).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

}
