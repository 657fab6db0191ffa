package app.limber.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Page errors get the app's own pages, in its layout; the JSON API has {@link ApiErrorHandling}. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandling {

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("messageKey", ex.getMessageKey());
		return page;
	}

	/** Two submits changed the same thing at once (a double click, two tabs): say so instead of failing. */
	@ExceptionHandler
	ModelAndView conflict(ConcurrencyFailureException ex) {
		return new ModelAndView("error/409", HttpStatus.CONFLICT);
	}

}
