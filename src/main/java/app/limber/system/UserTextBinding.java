package app.limber.system;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or a query brings in is cleaned on the way in ({@link UserText#clean}) before it is validated,
 * stored or shown. A field that must arrive exactly as typed (a password) registers {@link UserText#asTyped()} for itself.
 */
@ControllerAdvice
class UserTextBinding {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CleaningEditor());
	}

	static final class CleaningEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(UserText.clean(text));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

}
