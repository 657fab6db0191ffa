package app.limber.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the JSON API as RFC 9457 problem details that name the problem. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	/**
	 * Two requests changed the same thing at once and the version check refused the later write: the caller should
	 * read the current version and decide again.
	 */
	@ExceptionHandler
	ProblemDetail conflict(ConcurrencyFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This was changed by another request at the same moment; read it again and retry.");
		problem.setTitle("Changed meanwhile");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badArgument(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

	/** Names the parameter and the values it takes, e.g. for {@code ?kind=yoga}. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid value '" + ex.getValue() + "' for '" + parameter + "'" + expected(ex));
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", parameter);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** Names every invalid field of a JSON body, e.g. {@code minutes} of 500. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("field", error.getField());
			entry.put("message", error.getDefaultMessage());
			errors.add(entry);
		}
		String fields = errors.stream().map((error) -> (String) error.get("field")).distinct().collect(Collectors.joining(", "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid field(s): " + fields);
		problem.setTitle("Invalid request body");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** Malformed JSON, or a value of the wrong type, named by its field where Jackson knows it. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Unreadable request body");
		JacksonException jackson = findCause(ex, JacksonException.class);
		String field = (jackson != null) ? jackson.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining(".")) : "";
		if (!field.isEmpty()) {
			problem.setProperty("field", field.replace(".[", "["));
		}
		InvalidFormatException badValue = findCause(ex, InvalidFormatException.class);
		if (badValue != null) {
			problem.setDetail("Invalid value '" + badValue.getValue() + "' for '" + problem.getProperties().get("field")
					+ "'" + expected(badValue.getTargetType()));
		}
		else if (jackson instanceof MismatchedInputException) {
			problem.setDetail("Wrong type of value" + (field.isEmpty() ? "" : " for '" + field + "'"));
		}
		else if (jackson != null) {
			problem.setDetail("Malformed JSON" + ((jackson.getLocation() != null)
					? " at line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr() : ""));
		}
		else {
			problem.setDetail("The request body is missing or is not JSON.");
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String expected(TypeMismatchException ex) {
		return expected(ex.getRequiredType());
	}

	@SuppressWarnings("unchecked")
	private static String expected(Class<?> type) {
		if (type != null && type.isEnum() && UrlValue.class.isAssignableFrom(type)) {
			return "; expected one of " + UrlValue.allowed((Class<? extends Enum<?>>) type);
		}
		return (type != null) ? "; expected " + type.getSimpleName().toLowerCase() : "";
	}

}
