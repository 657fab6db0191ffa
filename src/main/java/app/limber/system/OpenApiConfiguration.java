package app.limber.system;

import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The JSON API as an OpenAPI 3.1 document ({@code /v3/api-docs}) and a browsable page
 * ({@code /swagger-ui/index.html}). springdoc reads paths, parameters, bodies and their Bean Validation limits
 * from the controllers; this adds what it cannot see there, from the handler signatures, so that a new endpoint
 * is described without annotations: the RFC 9457 problem responses every endpoint can give ({@link ApiErrorHandling}),
 * 201 and {@code Location} for a POST that creates, the owner key cookie, tags and operation ids.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "Problem";

	private static final String OWNER_KEY = "ownerKey";

	/** Problems a handler's signature does not show: thrown by the rules behind it. */
	private static final Map<String, Map<String, String>> RULE_PROBLEMS = Map.of("POST /api/routines",
			Map.of("422", "A red flag in the safety answers: no routine, and advice on where to get help "
					+ "(`urgency`, `redFlags`)."));

	@Bean
	OpenAPI limberOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Limber API")
				.version("1")
				.description("Back-pain stretch-then-strengthen routines as JSON: the exercise catalogue, routines "
						+ "built from a few answers, and logged sessions. Requests and responses are "
						+ "`application/json`; every error is an RFC 9457 problem (`application/problem+json`). "
						+ "What a browser owns is decided by its owner key cookie (`limber_owner`), the same as on "
						+ "the pages: the first save gives a browser one, and only its owner sees a routine's safety "
						+ "answers or a history. Another owner's private data answers 404.")
				.license(new License().name("Limber licence").url("/")))
			.servers(List.of(new Server().url("/").description("This instance")))
			.components(new Components().addSchemas(PROBLEM_SCHEMA, problemSchema())
				.addSecuritySchemes(OWNER_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("limber_owner")
					.description("The browser's owner key, set by the first request that saves something.")))
			// the owner key is optional everywhere: without one a caller sees only what is public
			.security(List.of(new SecurityRequirement(), new SecurityRequirement().addList(OWNER_KEY)));
	}

	/** Tags, operation ids and responses that follow from the handler method itself. */
	@Bean
	OperationCustomizer limberOperations() {
		return (operation, handler) -> {
			String feature = feature(handler);
			operation.setTags(List.of(feature));
			operation.setOperationId(Character.toLowerCase(feature.charAt(0)) + feature.substring(1, feature.length() - 1)
					+ Character.toUpperCase(handler.getMethod().getName().charAt(0))
					+ handler.getMethod().getName().substring(1));
			ApiResponses responses = operation.getResponses();
			if (handler.hasMethodAnnotation(PostMapping.class)
					&& ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType())
					&& responses.get("200") != null) {
				ApiResponse created = responses.remove("200");
				responses.addApiResponse("201", created.description("Created")
					.addHeaderObject("Location", new Header().description("Where the new resource can be read")
						.schema(new StringSchema())));
			}
			if (has(handler, RequestBody.class)) {
				responses.addApiResponse("400", problem("Malformed JSON, a value of the wrong type or an invalid "
						+ "field; `errors` lists each invalid `field` with a `message`."));
				responses.addApiResponse("415", problem("The body is not `application/json`."));
			}
			else if (has(handler, RequestParam.class)) {
				responses.addApiResponse("400", problem("A parameter has a value it does not take; `parameter` "
						+ "names it and `detail` lists the values it does take."));
			}
			if (has(handler, PathVariable.class)) {
				responses.addApiResponse("404", problem("Nothing with that id or slug, or it is another owner's "
						+ "private data."));
			}
			return operation;
		};
	}

	/** Problems that come from the rules behind an endpoint, and the problem schema on every error. */
	@Bean
	OpenApiCustomizer limberProblems() {
		return (openApi) -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			RULE_PROBLEMS.getOrDefault(method + " " + path, Map.of())
				.forEach((status, description) -> operation.getResponses().addApiResponse(status, problem(description)));
			operation.setResponses(sorted(operation.getResponses()));
		}));
	}

	private static String feature(HandlerMethod handler) {
		String controller = handler.getBeanType().getSimpleName().replace("ApiController", "").replace("Controller", "");
		return controller + (controller.endsWith("s") ? "" : "s");
	}

	private static boolean has(HandlerMethod handler, Class<? extends Annotation> annotation) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(annotation)) {
				return true;
			}
		}
		return false;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		return sorted;
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new StringSchema().format("uri").description("Identifies the kind of problem")
			._default("about:blank"));
		properties.put("title", new StringSchema().description("A short summary of the kind of problem"));
		properties.put("status", new IntegerSchema().description("The HTTP status code"));
		properties.put("detail", new StringSchema().description("What went wrong with this request, for a person"));
		properties.put("instance", new StringSchema().format("uri").description("The path that was requested"));
		ObjectSchema problem = new ObjectSchema();
		problem.setProperties(properties);
		problem.setAdditionalProperties(Boolean.TRUE);
		problem.description("RFC 9457 problem details. Some problems add members, e.g. `errors`, `field`, "
				+ "`parameter`, `urgency`.");
		return problem;
	}

}
