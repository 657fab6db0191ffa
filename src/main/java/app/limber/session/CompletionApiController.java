package app.limber.session;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.limber.owner.OwnerKeys;
import app.limber.routine.RoutineIds;

/**
 * Logging sessions and reading one's own history as JSON, with the same owner cookie as the pages. A first log
 * from a browser without an owner key gives it one; reading never does.
 */
@RestController
class CompletionApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final Completions completions;

	private final OwnerKeys owners;

	private final MessageSource messages;

	CompletionApiController(Completions completions, OwnerKeys owners, MessageSource messages) {
		this.completions = completions;
		this.owners = owners;
		this.messages = messages;
	}

	/**
	 * Logs a session. With an {@code Idempotency-Key} header (1 to 64 letters, digits, {@code -} or {@code _}, e.g. a
	 * UUID the client made) a repeat of the same log returns the first result, 201 with the same session, and logs
	 * nothing more: the player sends a session kept offline again until it gets an answer.
	 */
	@PostMapping(path = "/api/routines/{id}/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CompletionView> log(@PathVariable String id, @Valid @RequestBody CompletionRequest body,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			HttpServletRequest request, HttpServletResponse response) {
		var routineId = RoutineIds.parse(id);
		if (idempotencyKey != null && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
			throw new CompletionRejectedException(IDEMPOTENCY_KEY, "problem.completion.idempotencyKey");
		}
		UUID owner = this.owners.currentOrNew(request, response);
		CompletionView completion;
		try {
			completion = this.completions.log(owner, routineId, body, idempotencyKey);
		}
		catch (DataIntegrityViolationException ex) {
			// The same key sent twice at once: the other request logged it.
			completion = this.completions.loggedWith(owner, idempotencyKey).orElseThrow(() -> ex);
		}
		return ResponseEntity.created(URI.create("/api/completions/" + completion.id())).body(completion);
	}

	/** Only the caller's own sessions, newest first; a browser without an owner key has none. */
	@GetMapping("/api/completions")
	List<CompletionView> list(HttpServletRequest request) {
		return this.owners.current(request).map(this.completions::listFor).orElse(List.of());
	}

	@GetMapping("/api/completions/{id}")
	CompletionView show(@PathVariable String id, HttpServletRequest request) {
		UUID completionId = parse(id);
		return this.owners.current(request)
			.map((owner) -> this.completions.get(owner, completionId))
			.orElseThrow(() -> new CompletionNotFoundException(completionId));
	}

	private static UUID parse(String id) {
		try {
			if (id.length() == 36) {
				return UUID.fromString(id);
			}
		}
		catch (IllegalArgumentException ex) {
			// not a completion id: the same 404 as an unknown one
		}
		throw new CompletionNotFoundException(id.length() > 40 ? id.substring(0, 40) + "..." : id);
	}

	/** A completion that doesn't fit its routine: a 400 problem naming the field, like a validation error. */
	@ExceptionHandler
	ProblemDetail rejected(CompletionRejectedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage(ex, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("problem.detail.fields", new Object[] { ex.getField() }, locale) + " " + message);
		problem.setTitle(this.messages.getMessage("problem.title.body", null, locale));
		problem.setProperty("errors", List.of(Map.of("field", ex.getField(), "message", message)));
		return problem;
	}

}
