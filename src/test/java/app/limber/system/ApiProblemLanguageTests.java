package app.limber.system;

import jakarta.servlet.http.Cookie;
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

/**
 * The API's problem details speak the caller's language, as its pages do: {@code Accept-Language: es} or the
 * switcher's {@code lang} cookie gives Spanish titles and details; the field and parameter names stay the API's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiProblemLanguageTests {

	private static final Cookie SPANISH = new Cookie("lang", "es");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void anUnknownExerciseIsNotFoundInSpanish() {
		assertThat(this.mvc.get().uri("/api/exercises/moonwalk").header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("No encontrado"))
			.hasPathSatisfying("$.detail",
					(detail) -> assertThat(detail).isEqualTo("No hay ningún ejercicio con el slug 'moonwalk'."));
	}

	@Test
	void aBadFilterNamesItsParameterAndItsChoicesInSpanish() {
		assertThat(this.mvc.get().uri("/api/exercises?kind=yoga").cookie(SPANISH))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Parámetro no válido"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString()
				.startsWith("El valor 'yoga' no es válido para 'kind'; se espera uno de estos: ")
				.contains("stretch"));
	}

	@Test
	void malformedJsonAndAnInvalidFieldAreSaidInSpanish() {
		assertThat(postRoutine("{\"minutes\": ", "es")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Cuerpo de la solicitud ilegible"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().startsWith("El JSON está mal formado"));
		assertThat(postRoutine("{\"minutes\": 500, \"focus\": \"tight\"}", "es")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Cuerpo de la solicitud no válido"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).isEqualTo("Campos no válidos: minutes."))
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("minutes"))
			.hasPathSatisfying("$.errors[0].message", (message) -> assertThat(message).asString().contains("30")
				.doesNotContain("must"));
		assertThat(postRoutine("{\"minutes\": 500, \"focus\": \"tight\"}", "en")).bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Invalid request body"));
	}

	@Test
	void aLogThatDoesntFitItsRoutineIsRefusedInSpanish() {
		MvcTestResult built = postRoutine("{\"minutes\": 5, \"focus\": \"tight\"}", "en");
		assertThat(built).hasStatus(HttpStatus.CREATED);
		String location = built.getResponse().getHeader(HttpHeaders.LOCATION);
		Cookie owner = built.getResponse().getCookie("limber_owner");
		assertThat(this.mvc.post()
			.uri(location + "/completions")
			.cookie(owner, SPANISH)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"durationSeconds\": 300, \"skippedSteps\": [99]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Cuerpo de la solicitud no válido"))
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("skippedSteps[0]"))
			.hasPathSatisfying("$.errors[0].message",
					(message) -> assertThat(message).asString().startsWith("Esta rutina tiene los pasos del 0 al ")
						.endsWith(", no el 99."));
	}

	private MvcTestResult postRoutine(String json, String language) {
		return this.mvc.post()
			.uri("/api/routines")
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
