package app.limber.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the whole JSON API: every handler mapped under /api, with its parameters, bodies
 * and problem responses. A new endpoint that is not in the document fails {@link #describesEveryApiEndpoint()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private JsonNode document;

	@BeforeEach
	void readTheDocument() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		this.document = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
	}

	@Test
	void isOpenApi31() {
		assertThat(this.document.path("openapi").asString()).startsWith("3.1.");
		assertThat(this.document.path("info").path("title").asString()).isEqualTo("Limber API");
	}

	@Test
	void describesEveryApiEndpoint() {
		List<String> missing = new ArrayList<>();
		List<String> found = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String path : mapping.getKey().getPatternValues()) {
				if (!path.startsWith("/api/") && !path.equals("/api")) {
					continue;
				}
				JsonNode item = this.document.path("paths").path(path);
				if (methods.isEmpty() && item.isMissingNode()) {
					missing.add("* " + path + " (" + mapping.getValue() + ")");
				}
				for (RequestMethod method : methods) {
					String endpoint = method + " " + path;
					found.add(endpoint);
					if (item.path(method.name().toLowerCase()).isMissingNode()) {
						missing.add(endpoint + " (" + mapping.getValue() + ")");
					}
				}
			}
		}
		assertThat(found).as("the API's endpoints").contains("GET /api/exercises", "GET /api/exercises/{slug}",
				"POST /api/routines", "GET /api/routines/{id}");
		assertThat(missing).as("API endpoints missing from /v3/api-docs").isEmpty();
	}

	@Test
	void describesNothingButTheApi() {
		assertThat(this.document.path("paths").propertyNames()).isNotEmpty().allMatch((path) -> path.startsWith("/api/"));
	}

	@Test
	void everyPathVariableCanBeNotFoundAndEveryBodyInvalid() {
		this.document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			JsonNode responses = operation.getValue().path("responses");
			String name = operation.getKey().toUpperCase() + " " + path.getKey();
			if (path.getKey().contains("{")) {
				assertThat(responses.path("404").path("content").has("application/problem+json")).as(name + " 404")
					.isTrue();
			}
			if (operation.getValue().has("requestBody")) {
				assertThat(responses.path("400").path("content").has("application/problem+json")).as(name + " 400")
					.isTrue();
				assertThat(responses.has("415")).as(name + " 415").isTrue();
			}
			assertThat(operation.getValue().path("operationId").asString()).as(name + " operationId")
				.matches("[a-z][A-Za-z]+");
		}));
	}

	@Test
	void describesBuildingARoutineWithItsBodyAndProblems() {
		JsonNode build = this.document.path("paths").path("/api/routines").path("post");
		assertThat(build.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
			.asString()).endsWith("/BuildRequest");
		assertThat(build.path("responses").propertyNames()).contains("201", "400", "415", "422");
		assertThat(build.path("responses").path("201").path("headers").has("Location")).isTrue();
		JsonNode body = this.document.path("components").path("schemas").path("BuildRequest");
		assertThat(body.path("required").values()).extracting(JsonNode::asString).containsExactly("focus");
		assertThat(body.path("properties").path("minutes").path("minimum").asInt()).isEqualTo(5);
		assertThat(body.path("properties").path("focus").path("enum").values()).extracting(JsonNode::asString)
			.contains("tight", "weak", "balanced");
		assertThat(this.document.path("components").path("schemas").path("Problem").path("properties").propertyNames())
			.contains("type", "title", "status", "detail", "instance");
		assertThat(this.document.path("components").path("securitySchemes").path("ownerKey").path("name").asString())
			.isEqualTo("limber_owner");
	}

	@Test
	void theBrowsablePageAnswersWithItsOwnPolicyAndTheAppKeepsItsStrictOne() {
		String docsPolicy = this.mvc.get().uri("/swagger-ui/index.html").exchange().getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
		assertThat(docsPolicy).contains("default-src 'self'", "script-src 'self';", "img-src 'self' data:;")
			.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
		String appPolicy = this.mvc.get().uri("/exercises").exchange().getResponse().getHeader("Content-Security-Policy");
		assertThat(appPolicy).isNotEqualTo(docsPolicy).doesNotContain("data:");
		assertThat(this.mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
	}

	@Test
	void theDocumentationIsReadOnly() {
		assertThat(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.request(HttpMethod.POST, "/v3/api-docs"))).hasStatus(HttpStatus.FORBIDDEN);
	}

}
