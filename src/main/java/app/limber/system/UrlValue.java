package app.limber.system;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum that appears in URLs, forms and JSON in lower-case kebab form ({@code LYING_ON_BACK} is
 * {@code lying-on-back}), so links stay readable and the Java names stay free to change case.
 */
public interface UrlValue {

	String name();

	@JsonValue
	default String urlValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Older spellings still accepted in URLs, forms and JSON (never written). */
	default Set<String> aliases() {
		return Set.of();
	}

	/** The message key of the enum's label, e.g. {@code startPosition.lying-on-back}. */
	default String labelKey() {
		String simpleName = getClass().isEnum() ? getClass().getSimpleName() : getClass().getSuperclass().getSimpleName();
		return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1) + "." + urlValue();
	}

	static <E extends Enum<E> & UrlValue> E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.urlValue().equals(value) || constant.aliases().contains(value)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("Unknown value '" + value + "'; expected one of " + allowed(type));
	}

	static String allowed(Class<? extends Enum<?>> type) {
		StringBuilder allowed = new StringBuilder();
		for (Enum<?> constant : type.getEnumConstants()) {
			allowed.append(allowed.isEmpty() ? "" : ", ").append(((UrlValue) constant).urlValue());
		}
		return allowed.toString();
	}

}
