package app.limber.sheet;

import java.util.Locale;
import java.util.Set;

import app.limber.system.UrlValue;

/** The paper a PDF sheet is laid out for, in portrait; in URLs as {@code ?paper=a4} or {@code ?paper=letter}. */
public enum Paper implements UrlValue {

	A4(210f, 297f), LETTER(215.9f, 279.4f);

	/** Countries that print on US Letter rather than A4. */
	private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR",
			"PA", "DO", "SV", "NI", "PR");

	private final float widthMm;

	private final float heightMm;

	Paper(float widthMm, float heightMm) {
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	public float widthMm() {
		return this.widthMm;
	}

	public float heightMm() {
		return this.heightMm;
	}

	/** The paper people in the locale's country print on: A4 unless the country uses Letter. */
	public static Paper forLocale(Locale locale) {
		return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
	}

}
