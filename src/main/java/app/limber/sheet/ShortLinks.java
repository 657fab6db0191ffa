package app.limber.sheet;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Short codes for routine ids, so a printed sheet can show a link a person can type: the id's 128 bits in
 * Crockford's Base32, 26 lower-case letters and digits with no i, l, o or u to misread. Reading a code forgives
 * capitals and the look-alikes (I and L for 1, O for 0). Nothing is stored; any instance can read a code back.
 */
final class ShortLinks {

	static final int CODE_LENGTH = 26;

	private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

	private ShortLinks() {
	}

	static String code(UUID id) {
		char[] code = new char[CODE_LENGTH];
		long high = id.getMostSignificantBits();
		long low = id.getLeastSignificantBits();
		// 26 digits of 5 bits hold 130 bits: the first digit carries only the id's top 3 bits.
		for (int i = CODE_LENGTH - 1; i >= 0; i--) {
			code[i] = ALPHABET.charAt((int) (low & 31));
			low = (low >>> 5) | (high << 59);
			high >>>= 5;
		}
		return new String(code);
	}

	static Optional<UUID> id(String code) {
		if (code.length() != CODE_LENGTH) {
			return Optional.empty();
		}
		long high = 0;
		long low = 0;
		for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
			int digit = ALPHABET.indexOf(switch (c) {
				case 'i', 'l' -> '1';
				case 'o' -> '0';
				default -> c;
			});
			if (digit < 0 || (high >>> 59) != 0) {
				return Optional.empty(); // not a code, or more than 128 bits
			}
			high = (high << 5) | (low >>> 59);
			low = (low << 5) | digit;
		}
		return Optional.of(new UUID(high, low));
	}

}
