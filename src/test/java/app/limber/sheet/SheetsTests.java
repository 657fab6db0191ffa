package app.limber.sheet;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetsTests {

	@Test
	void downloadNameIsTheRoutinesNameInSafeWords() {
		assertThat(Sheets.fileName("Morning back routine")).isEqualTo("morning-back-routine.pdf");
		assertThat(Sheets.fileName("  Rücken: jeden Morgen!  ")).isEqualTo("rücken-jeden-morgen.pdf");
		assertThat(Sheets.fileName("../../etc/passwd\"; x=\r\ny")).isEqualTo("etc-passwd-x-y.pdf");
		assertThat(Sheets.fileName("★ ★ ★")).isEqualTo("limber-routine.pdf");
		assertThat(Sheets.fileName("a".repeat(80))).hasSize(60 + ".pdf".length());
	}

	@Test
	void shortLinksReadBackToTheirRoutineAndNothingElse() {
		for (UUID id : List.of(UUID.randomUUID(), new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 1))) {
			String code = ShortLinks.code(id);
			assertThat(code).hasSize(26).matches("[0-9a-hjkmnp-tv-z]+");
			assertThat(ShortLinks.id(code)).contains(id);
			assertThat(ShortLinks.id(code.toUpperCase(Locale.ROOT))).contains(id);
		}
		assertThat(ShortLinks.id("zzzzzzzzzzzzzzzzzzzzzzzzzz")).as("more than 128 bits").isEmpty();
		assertThat(ShortLinks.id("0123456789abcdefghjkmnpqr")).as("too short").isEmpty();
		assertThat(ShortLinks.id("0123456789abcdefghjkmnpqr!")).as("not a letter or digit").isEmpty();
	}

	@Test
	void aShortLinkForgivesLookAlikeCharacters() {
		UUID id = UUID.fromString("7f3e0a11-0000-4000-8000-000000000001");
		String typed = ShortLinks.code(id).replace('1', 'l').replace('0', 'O');
		assertThat(ShortLinks.id(typed)).contains(id);
	}

	@Test
	void paperIsLetterWhereLetterIsUsed() {
		assertThat(Paper.forLocale(Locale.US)).isEqualTo(Paper.LETTER);
		assertThat(Paper.forLocale(Locale.CANADA_FRENCH)).isEqualTo(Paper.LETTER);
		assertThat(Paper.forLocale(Locale.UK)).isEqualTo(Paper.A4);
		assertThat(Paper.forLocale(Locale.ENGLISH)).isEqualTo(Paper.A4);
	}

}
