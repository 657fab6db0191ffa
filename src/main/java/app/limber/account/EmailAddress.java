package app.limber.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An address mail can be delivered to: {@code local@domain} where the local part is a dot-atom (letters of any
 * script, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots only between them, at most 64 characters) and the domain has at
 * least two labels (letters of any script, digits and inner hyphens, at most 63 each) ending in a top-level label of
 * two or more letters; 254 characters in all. {@code a@b}, {@code a@b.c}, {@code a..b@c.de} and quoted or bracketed
 * forms are refused. {@code null} and blank are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface EmailAddress {

	String message() default "must be an email address";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EmailAddress, String> {

		private static final String ATOM = "[\\p{L}\\p{N}\\p{M}!#$%&'*+/=?^_`{|}~-]+";

		private static final String LABEL = "[\\p{L}\\p{N}\\p{M}](?:[\\p{L}\\p{N}\\p{M}-]{0,61}[\\p{L}\\p{N}\\p{M}])?";

		private static final Pattern ADDRESS = Pattern
			.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}[\\p{L}\\p{M}]+");

		@Override
		public boolean isValid(String email, ConstraintValidatorContext context) {
			return email == null || email.isBlank() || isAddress(email);
		}

		static boolean isAddress(String email) {
			return email.codePointCount(0, email.length()) <= 254 && ADDRESS.matcher(email).matches();
		}

	}

}
