package app.limber.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator relies on, over real HTTP: health probes that say UP and nothing more, no other actuator
 * endpoint, and a request id in the response and in every log line of the request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	private static final String REQUEST_ID = "X-Request-Id";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private HealthEndpointGroups healthGroups;

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Nested
	class Health {

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
		void answersUpWithNoDetails(String path) throws Exception {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"")
				.doesNotContain("components", "details", "db", "diskSpace", "H2", "jdbc");
		}

		@Test
		void readinessIncludesTheDatabaseAndLivenessDoesNot() {
			assertThat(OperationsTests.this.healthGroups.get("readiness").isMember("db")).isTrue();
			assertThat(OperationsTests.this.healthGroups.get("readiness").isMember("readinessState")).isTrue();
			assertThat(OperationsTests.this.healthGroups.get("liveness").isMember("db")).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/info",
				"/actuator/metrics", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump",
				"/actuator/mappings", "/actuator/health/db", "/actuator/health/diskSpace" })
		void exposesNoOtherEndpointAndNoComponent(String path) throws Exception {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).doesNotContain("\"status\":\"UP\"", "password", "jdbc:");
		}

	}

	@Nested
	class RequestIds {

		@Test
		void aRequestWithoutOneGetsANewIdEachTime() throws Exception {
			String first = get("/exercises").headers().firstValue(REQUEST_ID).orElseThrow();
			String second = get("/exercises").headers().firstValue(REQUEST_ID).orElseThrow();
			assertThat(first).matches("[0-9a-f]{32}");
			assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
		}

		@Test
		void aSafeIncomingIdIsKept() throws Exception {
			assertThat(get("/api/exercises/cat-cow", REQUEST_ID, "proxy-4711-Abc").headers().firstValue(REQUEST_ID))
				.contains("proxy-4711-Abc");
		}

		@ParameterizedTest
		@ValueSource(strings = { "<script>alert(1)</script>", "a b", "id;rm", "${jndi:ldap://x}", "\u00e9t\u00e9",
				"0123456789012345678901234567890123456789012345678901234567890123456789" })
		void anUnsafeIncomingIdIsReplaced(String unsafe) throws Exception {
			assertThat(get("/exercises", REQUEST_ID, unsafe).headers().firstValue(REQUEST_ID)).hasValueSatisfying(
					(id) -> assertThat(id).matches("[0-9a-f]{32}"));
		}

		@Test
		void everyLogLineOfARequestCarriesItsIdAndNoOtherLineDoes(CapturedOutput output) throws Exception {
			assertThat(get("/exercises/cat-cow", REQUEST_ID, "trace-page-1").statusCode()).isEqualTo(200);
			assertThat(get("/api/exercises/no-such-exercise", REQUEST_ID, "trace-api-404").statusCode()).isEqualTo(404);
			// a missing page is rendered in a second (error) dispatch of the same request
			assertThat(get("/no-such-page", REQUEST_ID, "trace-error-page").statusCode()).isEqualTo(404);

			List<String> dispatcherLines = lines(output).filter((line) -> line.contains("DispatcherServlet")).toList();
			assertThat(dispatcherLines).filteredOn((line) -> line.contains("\"/exercises/cat-cow\""))
				.isNotEmpty()
				.allSatisfy((line) -> assertThat(line).contains("[trace-page-1]"));
			assertThat(dispatcherLines).filteredOn((line) -> line.contains("no-such-exercise"))
				.isNotEmpty()
				.allSatisfy((line) -> assertThat(line).contains("[trace-api-404]"));
			assertThat(dispatcherLines).filteredOn((line) -> line.contains("\"ERROR\" dispatch"))
				.isNotEmpty()
				.allSatisfy((line) -> assertThat(line).contains("[trace-error-page]"));
			assertThat(dispatcherLines).filteredOn((line) -> line.contains("Completed 200 OK"))
				.allSatisfy((line) -> assertThat(line).containsPattern("\\[[A-Za-z0-9-]+\\]"));
		}

		private static Stream<String> lines(CapturedOutput output) {
			return output.getAll().lines();
		}

	}

}
