package app.limber.system;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Text a person typed, cleaned before it is stored: what is visible stays, what is invisible or broken goes. */
class UserTextTests {

	static Stream<Arguments> hostileText() {
		return Stream.of(
			Arguments.of("NUL inside", "a\u0000b", "ab"),
			Arguments.of("start of heading", "\u0001Back", "Back"),
			Arguments.of("escape sequence", "\u001B[31mRed", "[31mRed"),
			Arguments.of("non-characters", "x\uFFFE\uFFFFy", "xy"),
			Arguments.of("lone high surrogate", "left\uD800right", "leftright"),
			Arguments.of("lone low surrogate", "left\uDC00right", "leftright"),
			Arguments.of("zero-width space", "zero\u200Bwidth", "zerowidth"),
			Arguments.of("right-to-left override", "evil\u202Etxt.exe", "eviltxt.exe"),
			Arguments.of("bidi isolates", "\u2066name\u2069", "name"),
			Arguments.of("byte-order mark", "\uFEFFMorning", "Morning"),
			Arguments.of("tabs and line breaks", "Morning\t\r\nback", "Morning back"),
			Arguments.of("line separator", "Morning\u2028back", "Morning back"),
			Arguments.of("no-break and wide spaces", "\u00A0Morning\u3000back", "Morning back"),
			Arguments.of("runs of spaces, trimmed", "  Morning    back  ", "Morning back"),
			Arguments.of("decomposed accent to NFC", "Cafe\u0301", "Caf\u00E9"),
			Arguments.of("private use", "a\uE000b", "ab"),
			Arguments.of("delete and C1 controls", "a\u007F\u0085\u009Bb", "a b"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileText")
	void removesWhatCannotBeSeenOrPrinted(String what, String typed, String stored) {
		assertThat(UserText.clean(typed)).isEqualTo(stored);
	}

	@Test
	void keepsEveryScriptAndEmojiWithTheirJoiners() {
		String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
		assertThat(UserText.clean("Rückenübung 背中 ظهر " + family + " 👍🏽")).isEqualTo("Rückenübung 背中 ظهر " + family + " 👍🏽");
		assertThat(UserText.clean("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
		assertThat(UserText.clean("\u200Dlonely joiner\u200D ")).isEqualTo("lonely joiner");
	}

	@Test
	void onlyInvisibleCharactersLeaveNothing() {
		assertThat(UserText.clean("\u200B\u202E\u0000 \t")).isEmpty();
		assertThat(UserText.isBlank("\u200B")).isTrue();
		assertThat(UserText.clean(null)).isNull();
	}

	@Test
	void lengthCountsWhatAPersonSees() {
		assertThat(UserText.length("😀".repeat(80))).isEqualTo(80);
		assertThat("😀".repeat(80).length()).isEqualTo(160);
	}

}
