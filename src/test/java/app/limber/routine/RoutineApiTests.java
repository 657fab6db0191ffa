package app.limber.routine;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class RoutineApiTests {

	private static final String TIGHT_FLOOR = """
			{"minutes":15,"focus":"tight","level":"beginner","setting":"floor","avoid":["flexion"]}""";

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult build(String json) {
		return this.mvc.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	@Test
	void buildsASavedRoutineAndSaysWhereItIs() {
		MvcTestResult result = build(TIGHT_FLOOR);
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader(HttpHeaders.LOCATION, "/api/routines/" + id(result))
			.bodyJson()
			.hasPathSatisfying("$.totalSeconds", (total) -> assertThat(total).asNumber()
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isBetween(870, 930))
			.hasPathSatisfying("$.steps[0].phase", (phase) -> assertThat(phase).isEqualTo("warm-up"))
			.hasPathSatisfying("$.steps[*].phase", (phases) -> assertThat(phases).asArray()
				.containsSubsequence("warm-up", "stretch", "strengthen", "cool-down"))
			.hasPathSatisfying("$.steps[-1].phase", (phase) -> assertThat(phase).isEqualTo("cool-down"))
			.hasPathSatisfying("$.steps[0].exercise.slug", (slug) -> assertThat(slug).asString().isNotBlank())
			.hasPathSatisfying("$.steps[0].exercise.name", (name) -> assertThat(name).asString().isNotBlank())
			.hasPathSatisfying("$.steps[0].reason", (reason) -> assertThat(reason).asString().doesNotStartWith("reason."))
			.hasPathSatisfying("$.steps[*].exercise.slug", (slugs) -> assertThat(slugs).asArray()
				.doesNotContain("knee-to-chest", "childs-pose", "cat-cow"))
			.hasPathSatisfying("$.safety.avoid", (avoid) -> assertThat(avoid).asArray().containsExactly("flexion"));
		String cookie = result.getResponse().getHeader(HttpHeaders.SET_COOKIE);
		assertThat(cookie).startsWith("limber_owner=").contains("HttpOnly", "SameSite=Lax", "Max-Age=63072000");
	}

	@Test
	void theOwnerReadsItBackWithItsSafetyAnswersOthersWithout() {
		MvcTestResult created = build(TIGHT_FLOOR);
		Cookie owner = created.getResponse().getCookie("limber_owner");
		String id = id(created);
		assertThat(this.mvc.get().uri("/api/routines/" + id).cookie(owner)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.id", (value) -> assertThat(value).isEqualTo(id))
			.hasPathSatisfying("$.safety.avoid", (avoid) -> assertThat(avoid).asArray().containsExactly("flexion"));
		assertThat(this.mvc.get().uri("/api/routines/" + id)).hasStatusOk()
			.bodyJson()
			.doesNotHavePath("$.safety")
			.hasPathSatisfying("$.steps", (steps) -> assertThat(steps).asArray().isNotEmpty());
	}

	@Test
	void onlyFocusIsRequired() {
		assertThat(build("{\"focus\":\"weak\"}")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.minutes", (minutes) -> assertThat(minutes).isEqualTo(15))
			.hasPathSatisfying("$.setting", (setting) -> assertThat(setting).isEqualTo("floor"));
	}

	private static String id(MvcTestResult result) {
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		return location.substring(location.lastIndexOf('/') + 1);
	}

	@Nested
	class Problems {

		@Test
		void minutesOutOfRangeNameTheField() {
			for (String minutes : new String[] { "0", "500", "-3" }) {
				assertThat(build("{\"minutes\":" + minutes + ",\"focus\":\"tight\"}")).hasStatus(HttpStatus.BAD_REQUEST)
					.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
					.bodyJson()
					.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("minutes"))
					.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("minutes"));
			}
		}

		@Test
		void unknownFocusNamesTheFieldAndTheChoices() {
			assertThat(build("{\"minutes\":15,\"focus\":\"yoga\"}")).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.field", (field) -> assertThat(field).isEqualTo("focus"))
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("yoga", "tight"));
		}

		@Test
		void missingFocusIsNamed() {
			assertThat(build("{\"minutes\":15}")).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("focus"));
		}

		@Test
		void wrongTypeIsNamed() {
			assertThat(build("{\"minutes\":\"lots\",\"focus\":\"tight\"}")).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.hasPathSatisfying("$.field", (field) -> assertThat(field).isEqualTo("minutes"));
		}

		@Test
		void malformedJsonIsA400Problem() {
			assertThat(build("{\"minutes\":15,")).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("Malformed JSON"));
		}

		@Test
		void onlyJsonBodiesAreAccepted() {
			assertThat(api().post().uri("/api/routines").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("minutes=15&focus=tight")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}

		@Test
		void aRedFlagAnswers422WithTheAdviceAndBuildsNothing() {
			MvcTestResult result = build("{\"focus\":\"tight\",\"redFlags\":[\"bladder-or-bowel\"]}");
			assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.urgency", (urgency) -> assertThat(urgency).isEqualTo("emergency"))
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("emergency"));
			assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
			assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		}

		@Test
		void unknownOrMalformedIdIsA404Problem() {
			assertThat(api().get().uri("/api/routines/00000000-0000-4000-8000-000000000000"))
				.hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(api().get().uri("/api/routines/42")).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		private MockMvcTester api() {
			return RoutineApiTests.this.mvc;
		}

	}

}
