package app.limber.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen before any controller is chosen (an unknown URL, a method a path doesn't take): browsers get
 * the app's own error pages, everything else RFC 9457 problem details like the rest of the API.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> viewResolvers) {
		super(errorAttributes, new ErrorProperties(), viewResolvers.orderedStream().toList());
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", switch (status) {
			case NOT_FOUND -> "Nothing is at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not take that method.";
			case FORBIDDEN -> "Refused: a form needs its CSRF token, and the API takes only application/json bodies.";
			default -> status.is5xxServerError() ? "Something went wrong on our side." : status.getReasonPhrase();
		});
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.put("instance", path);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
