package app.limber.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * Every error of the JSON API as RFC 9457 problem details that name the problem, their title and detail in the
 * request's language ({@code problem.*} message keys); field and parameter names stay as the API spells them.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, this.messages
			.getMessage(ex.getProblemKey(), ex.getArguments(), ex.getMessage(), LocaleContextHolder.getLocale()));
		problem.setTitle(text("problem.title.notFound"));
		return problem;
	}

	/**
	 * Two requests changed the same thing at once and the version check refused the later write: the caller should
	 * read the current version and decide again.
	 */
	@ExceptionHandler
	ProblemDetail conflict(ConcurrencyFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("problem.detail.conflict"));
		problem.setTitle(text("problem.title.conflict"));
		return problem;
	}

	/** A value the request carried that a rule refused; the rule's own words name it where it is a key. */
	@ExceptionHandler
	ProblemDetail badArgument(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(ex instanceof MessageSourceResolvable resolvable) ? text(resolvable) : text("problem.detail.badRequest"));
		problem.setTitle(text("problem.title.badRequest"));
		return problem;
	}

	/** Names the parameter and the values it takes, e.g. for {@code ?kind=yoga}. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("problem.detail.value", String.valueOf(ex.getValue()), parameter) + expected(ex.getRequiredType()));
		problem.setTitle(text("problem.title.parameter"));
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
			entry.put("message", text(error));
			errors.add(entry);
		}
		String fields = errors.stream().map((error) -> (String) error.get("field")).distinct().collect(Collectors.joining(", "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("problem.detail.fields", fields));
		problem.setTitle(text("problem.title.body"));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Spring's own problems (a missing header, an unacceptable Accept) keep their detail but take the title of their
	 * status in the request's language.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (body instanceof ProblemDetail problem && known != null && known.getReasonPhrase().equals(problem.getTitle())) {
			problem.setTitle(this.messages.getMessage("problem.status." + known.value(), null, problem.getTitle(),
					LocaleContextHolder.getLocale()));
		}
		return super.handleExceptionInternal(ex, body, headers, status, request);
	}

	/** Malformed JSON, or a value of the wrong type, named by its field where Jackson knows it. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(text("problem.title.unreadable"));
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
			problem.setDetail(text("problem.detail.value", String.valueOf(badValue.getValue()),
					String.valueOf(problem.getProperties().get("field")))
					+ expected(badValue.getTargetType()));
		}
		else if (jackson instanceof MismatchedInputException) {
			problem.setDetail(field.isEmpty() ? text("problem.detail.type") : text("problem.detail.typeOf", field));
		}
		else if (jackson != null) {
			problem.setDetail((jackson.getLocation() != null) ? text("problem.detail.malformedAt",
					String.valueOf(jackson.getLocation().getLineNr()), String.valueOf(jackson.getLocation().getColumnNr()))
					: text("problem.detail.malformed"));
		}
		else {
			problem.setDetail(text("problem.detail.noBody"));
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

	/** What the value should have been: one of an enum's URL values, or a kind of value (a number, a date). */
	@SuppressWarnings("unchecked")
	private String expected(Class<?> type) {
		if (type != null && type.isEnum() && UrlValue.class.isAssignableFrom(type)) {
			return text("problem.detail.expectedOneOf", UrlValue.allowed((Class<? extends Enum<?>>) type));
		}
		return (type != null) ? text("problem.detail.expected", type.getSimpleName().toLowerCase(Locale.ROOT)) : "";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private String text(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

}
