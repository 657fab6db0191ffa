package app.limber.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	ProblemErrorController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> viewResolvers,
			MessageSource messages) {
		super(errorAttributes, new ErrorProperties(), viewResolvers.orderedStream().toList());
		this.messages = messages;
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
		// In the request's language: problem.status.<code> and problem.status.<code>.detail, else the status's own name.
		Locale locale = LocaleContextHolder.getLocale();
		String title = this.messages.getMessage("problem.status." + status.value(), null, status.getReasonPhrase(), locale);
		problem.put("title", title);
		problem.put("status", status.value());
		String detail = status.is5xxServerError() ? "problem.status.5xx.detail" : "problem.status." + status.value() + ".detail";
		problem.put("detail", this.messages.getMessage(detail, null, title, locale));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.put("instance", path);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
