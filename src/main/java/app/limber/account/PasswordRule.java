package app.limber.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * NIST SP 800-63B's rule for passwords a person chooses: at least 10 characters (counted as a person counts them),
 * at most 128, not only spaces, not one character over and over, and not one of the 49,233 most common passwords
 * from breaches (the list of zxcvbn-ts, MIT licence: {@code account/LICENSE-common-passwords.txt}), ignoring
 * capitals. No rules about which kinds of characters it must contain.
 */
final class PasswordRule {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	static final String COMMON_PASSWORDS = "account/common-passwords.txt";

	/** Why a password isn't accepted; each has a message {@code password.<key>}. */
	enum Problem {

		TOO_SHORT("tooShort"), TOO_LONG("tooLong"), ONLY_SPACES("onlySpaces"), REPEATED("repeated"), COMMON("common");

		private final String key;

		Problem(String key) {
			this.key = key;
		}

		String messageKey() {
			return "password." + this.key;
		}

	}

	private static final class Common {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			Set<String> passwords = new HashSet<>(65_536);
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(
					new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().map(String::strip).filter((line) -> !line.isEmpty()).map(PasswordRule::comparable)
					.forEach(passwords::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The list of common passwords is missing: " + COMMON_PASSWORDS, ex);
			}
			return Set.copyOf(passwords);
		}

	}

	private PasswordRule() {
	}

	static Optional<Problem> check(String password) {
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (password.isBlank() || password.codePoints().allMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			return Optional.of(Problem.ONLY_SPACES);
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of(Problem.REPEATED);
		}
		if (isCommon(password)) {
			return Optional.of(Problem.COMMON);
		}
		return Optional.empty();
	}

	static boolean isCommon(String password) {
		return Common.PASSWORDS.contains(comparable(password));
	}

	static int commonCount() {
		return Common.PASSWORDS.size();
	}

	private static String comparable(String password) {
		return password.strip().toLowerCase(Locale.ROOT);
	}

}
