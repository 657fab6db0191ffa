package app.limber.routine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import app.limber.catalogue.HealthCondition;
import app.limber.system.UrlValue;

/**
 * Reads the safety answers of a build request before anything else about it: a red flag (or recent surgery)
 * answers 422 with its advice even when another field of the same request is missing or wrong, because the advice
 * matters more than the typo. The body then goes on, unchanged, to the usual reading and validation.
 */
@ControllerAdvice(assignableTypes = RoutineApiController.class)
class RedFlagsFirst extends RequestBodyAdviceAdapter {

	/** Bodies larger than this are left to the usual limits and errors. */
	private static final int MAX_BODY_BYTES = 64 * 1024;

	private final ObjectMapper json;

	RedFlagsFirst(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return targetType == RoutineApiController.BuildRequest.class;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body;
		try (InputStream in = input.getBody()) {
			body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				byte[] rest = in.readAllBytes();
				byte[] all = new byte[body.length + rest.length];
				System.arraycopy(body, 0, all, 0, body.length);
				System.arraycopy(rest, 0, all, body.length, rest.length);
				return replay(input.getHeaders(), all);
			}
		}
		stopOnRedFlags(body);
		return replay(input.getHeaders(), body);
	}

	private void stopOnRedFlags(byte[] body) {
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException notJson) {
			return; // the usual reading says what is wrong
		}
		if (root == null || !root.isObject()) {
			return;
		}
		Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
		Set<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);
		for (JsonNode value : root.path("redFlags").values()) {
			if (value.isString()) {
				parse(RedFlag.class, value.stringValue(), flags);
			}
		}
		for (JsonNode value : root.path("conditions").values()) {
			if (value.isString()) {
				parse(HealthCondition.class, value.stringValue(), conditions);
			}
		}
		SafetyCheck.urgency(flags, conditions).ifPresent((urgency) -> {
			throw new RedFlagException(urgency, flags, conditions);
		});
	}

	private static <E extends Enum<E> & UrlValue> void parse(Class<E> type, String value, Set<E> into) {
		try {
			into.add(UrlValue.parse(type, value));
		}
		catch (IllegalArgumentException unknown) {
			// not an answer; the usual validation reports it unless a real red flag comes first
		}
	}

	private static HttpInputMessage replay(HttpHeaders headers, byte[] body) {
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

}
