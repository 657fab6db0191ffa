package app.limber.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page whose form a POST handler answers, as a path template of the handler's own path variables (e.g.
 * {@code "/routines/{id}/reminder"}). A page shown straight after that POST (a form with errors, a link shown once)
 * has a language switcher that opens this page in the other language: a GET of the POST's own address would be
 * another page, or none. What was typed is not carried over; the form opens afresh in the new language.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FormPage {

	String value();

}
