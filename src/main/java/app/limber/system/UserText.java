package app.limber.system;

import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.text.Normalizer;

/**
 * What a person types, made safe to store, show and print: Unicode NFC; control characters, format characters
 * (zero-width spaces, bidi overrides and isolates, byte-order marks), lone surrogates, unassigned code points and
 * non-characters (U+FFFE, U+FFFF) removed; every kind of white space (tabs, line breaks, no-break spaces) made one
 * space; trimmed. A zero-width joiner or non-joiner between two visible characters stays, because emoji sequences
 * and several scripts need it. Lengths are counted in code points, so an emoji counts as one.
 */
public final class UserText {

	private static final int ZERO_WIDTH_NON_JOINER = 0x200C;

	private static final int ZERO_WIDTH_JOINER = 0x200D;

	private UserText() {
	}

	/** The cleaned text; {@code null} stays {@code null}. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
		int[] codePoints = normalised.codePoints().toArray();
		StringBuilder clean = new StringBuilder(normalised.length());
		boolean pendingSpace = false;
		for (int i = 0; i < codePoints.length; i++) {
			int c = codePoints[i];
			if (isSpace(c)) {
				pendingSpace = !clean.isEmpty();
				continue;
			}
			if (isJoiner(c)) {
				if (!clean.isEmpty() && !pendingSpace && i + 1 < codePoints.length && isVisible(codePoints[i + 1])) {
					clean.appendCodePoint(c);
				}
				continue;
			}
			if (!isVisible(c)) {
				continue;
			}
			if (pendingSpace) {
				clean.append(' ');
				pendingSpace = false;
			}
			clean.appendCodePoint(c);
		}
		return clean.toString();
	}

	/** The length a person sees: code points, not UTF-16 units. */
	public static int length(String text) {
		return (text != null) ? text.codePointCount(0, text.length()) : 0;
	}

	/** True when {@link #clean} would leave nothing. */
	public static boolean isBlank(String text) {
		return clean(text) == null || clean(text).isEmpty();
	}

	/** A form binding editor that keeps a field exactly as typed (passwords): no cleaning at all. */
	public static PropertyEditor asTyped() {
		return new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text);
			}

			@Override
			public String getAsText() {
				return (getValue() != null) ? getValue().toString() : "";
			}

		};
	}

	private static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
	}

	private static boolean isJoiner(int c) {
		return c == ZERO_WIDTH_JOINER || c == ZERO_WIDTH_NON_JOINER;
	}

	private static boolean isVisible(int c) {
		if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
			return false; // non-characters
		}
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
					Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
			default -> !isSpace(c);
		};
	}

}
