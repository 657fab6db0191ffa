package app.limber.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors outside any controller, through the real servlet container's error dispatch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorHandlingTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(String method, String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aBrowserGetsTheAppsOwn404Page() throws Exception {
		HttpResponse<String> response = send("GET", "/no-such-page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "Browse the exercises").doesNotContain("Whitelabel");
	}

	@Test
	void anApiClientGetsProblemDetailsForUnknownPathsAndMethods() throws Exception {
		HttpResponse<String> missing = send("GET", "/api/nothing-here", "application/json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		assertThat(missing.body()).contains("\"status\":404", "\"instance\":\"/api/nothing-here\"");

		HttpResponse<String> wrongMethod = send("DELETE", "/api/exercises/cat-cow", "*/*");
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.body()).contains("\"status\":405").doesNotContain("Exception", "trace");
	}

	@Test
	void theProblemsTitleAndDetailAreInTheCallersLanguage() throws Exception {
		HttpResponse<String> english = send("GET", "/api/nothing-here", "application/json");
		assertThat(english.body()).contains("\"title\":\"Not found\"", "\"detail\":\"Nothing is at this address.\"");
		HttpResponse<String> spanish = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/nothing-here"))
			.header("Accept", "application/json")
			.header("Accept-Language", "es-MX,es;q=0.9")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(spanish.statusCode()).isEqualTo(404);
		assertThat(spanish.body()).contains("\"title\":\"No encontrado\"", "\"detail\":\"No hay nada en esta dirección.\"");
		HttpResponse<String> wrongMethod = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/exercises/cat-cow"))
			.method("DELETE", HttpRequest.BodyPublishers.noBody())
			.header("Cookie", "lang=es")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.body()).contains("\"title\":\"Método no permitido\"");
	}

}
