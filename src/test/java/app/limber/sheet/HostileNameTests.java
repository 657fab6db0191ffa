package app.limber.sheet;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Names with characters that can't be seen or printed, through the API, the builder, rename and "make it mine":
 * each is stored clean, and the routine's sheet and PDF still render for everyone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileNameTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/** Each class of hostile character, as a JSON string escape, and the name it should be stored as. */
	static Stream<Arguments> hostileNames() {
		return Stream.of(Arguments.of("NUL", "a\\u0000b", "ab"), Arguments.of("U+0001", "a\\u0001b", "ab"),
				Arguments.of("escape", "a\\u001Bb", "ab"), Arguments.of("U+FFFE", "a\\uFFFEb", "ab"),
				Arguments.of("U+FFFF", "a\\uFFFFb", "ab"), Arguments.of("lone surrogate", "a\\uD800b", "ab"),
				Arguments.of("zero-width space", "a\\u200Bb", "ab"), Arguments.of("RTL override", "a\\u202Eb", "ab"),
				Arguments.of("line break", "a\\nb", "a b"), Arguments.of("decomposed", "e\\u0301te", "\u00E9te"));
	}

	private MvcTestResult buildByApi(String nameJson) {
		return this.mvc.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
			.content("{\"focus\":\"tight\",\"name\":\"" + nameJson + "\"}").exchange();
	}

	private String storedName(String id) {
		return this.jdbc.queryForObject("select name from routine where id = ?", String.class, UUID.fromString(id));
	}

	private void assertSheetAndPdfRender(String id, String name) {
		assertThat(this.mvc.get().uri("/routines/" + id + "/sheet")).hasStatusOk();
		MvcTestResult pdf = this.mvc.get().uri("/routines/" + id + "/sheet.pdf").exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(Pdfs.text(pdf.getResponse().getContentAsByteArray())).contains(name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileNames")
	void theApiStoresTheNameCleanAndThePdfRenders(String what, String json, String clean) throws Exception {
		MvcTestResult created = buildByApi("Back " + json);
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.name").isEqualTo("Back " + clean);
		String id = created.getResponse().getHeader(HttpHeaders.LOCATION).replace("/api/routines/", "");
		assertThat(storedName(id)).isEqualTo("Back " + clean);
		assertSheetAndPdfRender(id, "Back " + clean);
	}

	@Test
	void renameAndMakeItMineCleanTheNameToo() throws Exception {
		MvcTestResult built = this.mvc.post().uri("/routines").with(csrf())
			.param("minutes", "10").param("focus", "tight").param("safetyReviewed", "true")
			.param("name", "\u202EBuilt\u0000 by form\u200B").exchange();
		Matcher url = ROUTINE_URL.matcher(built.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		String id = url.group(1);
		Cookie owner = built.getResponse().getCookie("limber_owner");
		assertThat(storedName(id)).isEqualTo("Built by form");

		assertThat(this.mvc.post().uri("/routines/" + id + "/name").with(csrf()).cookie(owner)
			.param("name", "Re\u0001named\uFFFF \uD800ok")).hasStatus(HttpStatus.FOUND);
		assertThat(storedName(id)).isEqualTo("Renamed ok");
		MvcTestResult blank = this.mvc.post().uri("/routines/" + id + "/name").with(csrf()).cookie(owner)
			.param("name", "\u200B\u0000 ").exchange();
		assertThat(blank).as("a name of only invisible characters is a blank name").hasStatus(HttpStatus.FOUND);
		assertThat(blank.getMvcResult().getFlashMap().get("editProblem")).isEqualTo("nameEmpty");
		assertThat(storedName(id)).isEqualTo("Renamed ok");

		// A name stored before names were cleaned: the copy gets it clean, the original still prints.
		this.jdbc.update("update routine set name = ? where id = ?", "Old\u0000name\u001B", UUID.fromString(id));
		assertSheetAndPdfRender(id, "Old");
		MvcTestResult copied = this.mvc.post().uri("/routines/" + id + "/copy").with(csrf()).param("safetyReviewed", "true")
			.exchange();
		Matcher copy = ROUTINE_URL.matcher(copied.getResponse().getRedirectedUrl());
		assertThat(copy.find()).isTrue();
		assertThat(storedName(copy.group(1))).isEqualTo("Oldname");
		assertSheetAndPdfRender(copy.group(1), "Oldname");
	}

	@Test
	void aNameIsCountedInCharactersAPersonSees() {
		assertThat(buildByApi("😀".repeat(80))).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.name")
			.isEqualTo("😀".repeat(80));
		assertThat(buildByApi("😀".repeat(81))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post().uri("/routines").with(csrf()).param("minutes", "10").param("focus", "tight")
			.param("safetyReviewed", "true").param("name", "👍".repeat(41))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/routines").with(csrf()).param("minutes", "10").param("focus", "tight")
			.param("safetyReviewed", "true").param("name", "👍".repeat(81))).hasStatusOk()
			.bodyText()
			.contains("Please keep the name to 80 characters or fewer.");
	}

}
