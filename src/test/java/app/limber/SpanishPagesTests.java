package app.limber;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every kind of page walked by a browser that asks for Spanish ({@code Accept-Language: es}): each says
 * {@code lang="es"}, speaks Spanish, and shows none of the English it replaces; the switcher's cookie outranks the
 * browser's header; and no cache can answer a request in one language with a page in the other.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpanishPagesTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	private static final String SPANISH = "es";

	/** English that every page has in its layout (nav and footer) when it is in English. */
	private static final String[] ENGLISH_LAYOUT = { "Build a routine", "My routines", "not a diagnosis" };

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	/** The exercise names of a routine's steps in one language, from the catalogue. */
	private List<String> exerciseNames(String routineId, Cookie owner, Locale language) throws IOException {
		String json = this.mvc.get().uri("/api/routines/" + routineId).cookie(owner).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> slugs = JsonPath.read(json, "$.steps[*].exercise.slug");
		return slugs.stream().map((slug) -> this.catalogue.all(language).stream()
			.filter((e) -> e.slug().equals(slug)).findFirst().orElseThrow().name()).toList();
	}

	private MvcTestResult get(String uri, Cookie... cookies) {
		var request = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, SPANISH);
		return (cookies.length > 0) ? request.cookie(cookies).exchange() : request.exchange();
	}

	private static void inSpanish(MvcTestResult page, String... spanish) {
		assertThat(page).bodyText()
			.contains("<html lang=\"es\"", "Crear rutina", "Mis rutinas", "no hace diagnósticos")
			.contains(spanish)
			.doesNotContain(ENGLISH_LAYOUT);
	}

	/** A routine built in Spanish: [its id, its owner's cookie]. */
	private Object[] routine() {
		MvcTestResult built = this.mvc.post().uri("/routines").with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, SPANISH)
			.param("minutes", "10").param("focus", "tight").param("level", "beginner").param("setting", "floor")
			.param("safetyReviewed", "true")
			.exchange();
		Matcher url = ROUTINE_URL.matcher(built.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		return new Object[] { url.group(1), built.getResponse().getCookie("limber_owner") };
	}

	@Nested
	class EveryPage {

		@Test
		void homeAndCatalogue() {
			inSpanish(get("/"), "ejercicios de espalda que de verdad vas a hacer");
			inSpanish(get("/exercises"), "<h1>Ejercicios</h1>");
			inSpanish(get("/exercises/cat-cow"), "Cómo se hace", "<h1>Gato-vaca</h1>");
			assertThat(get("/exercises/cat-cow")).bodyText().doesNotContain("Cat-cow", "Come onto your hands and knees");
			assertThat(get("/exercises?q=gato")).bodyText().contains("Gato-vaca");
		}

		@Test
		void builderAndTheSafetyCheckWithARedFlag() {
			inSpanish(get("/routines/new"), "Crea tu rutina", "Adormecimiento u hormigueo nuevos alrededor de los genitales");
			MvcTestResult stopped = mvc.post().uri("/routines").with(csrf())
				.header(HttpHeaders.ACCEPT_LANGUAGE, SPANISH)
				.param("minutes", "15").param("focus", "tight").param("safetyReviewed", "true")
				.param("redFlags", "saddle-numbness")
				.exchange();
			assertThat(stopped).hasStatusOk();
			inSpanish(stopped, "Busca atención de urgencia ahora", "Limber no ha creado ni guardado ninguna rutina");
			assertThat(stopped).bodyText().doesNotContain("Get emergency care now");
		}

		@Test
		void routineSessionSheetAndPdf() throws IOException {
			Object[] routine = routine();
			String id = (String) routine[0];
			Cookie owner = (Cookie) routine[1];
			List<String> spanishNames = exerciseNames(id, owner, Locale.forLanguageTag(SPANISH));
			List<String> englishNames = exerciseNames(id, owner, Locale.ENGLISH);
			assertThat(spanishNames).doesNotContainAnyElementsOf(englishNames);
			inSpanish(get("/routines/" + id, owner), "Rutina de 10 minutos", "Empezar la sesión", "Imprimir hoja");
			assertThat(get("/routines/" + id, owner)).bodyText().contains(spanishNames).doesNotContain(englishNames);
			MvcTestResult session = get("/routines/" + id + "/session", owner);
			inSpanish(session, "Empezar", "Mantén");
			// The player's plan (shown and spoken) names each exercise in Spanish.
			assertThat(session).bodyText().contains(spanishNames).doesNotContain(englishNames);
			MvcTestResult sheet = get("/routines/" + id + "/sheet", owner);
			assertThat(sheet).bodyText().contains("lang=\"es\"", "Volver a la rutina", "Marca una casilla")
				// Dates as Spanish writes them: "impresa el 1 de diciembre de 2026".
				.containsPattern("impresa el \\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \\d{4}");
			inSpanish(get("/routines", owner), "Rutina de 10 minutos");

			MvcTestResult pdf = get("/routines/" + id + "/sheet.pdf", owner);
			assertThat(pdf).hasStatusOk();
			try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
				assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(SPANISH);
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				assertThat(text).contains("Rutina de 10 minutos", "Marca una casilla cada día que la hagas",
						"Síguela con temporizador").doesNotContain("Tick a box");
				assertThat(text).contains(spanishNames.get(0));
			}
		}

		@Test
		void historyAndAccountPages() {
			Object[] routine = routine();
			inSpanish(get("/history", (Cookie) routine[1]), "Tu historial");
			inSpanish(get("/signin"), "<h1>Entrar</h1>");
			inSpanish(get("/signup"), "Crear una cuenta");
			MvcTestResult signedUp = mvc.post().uri("/signup").with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, SPANISH)
				.param("email", "persona-" + UUID.randomUUID() + "@example.org")
				.param("password", "caballo correcto batería grapa")
				.param("confirmPassword", "caballo correcto batería grapa")
				.param("remember", "true")
				.cookie((Cookie) routine[1])
				.exchange();
			Cookie account = signedUp.getResponse().getCookie("limber_owner");
			inSpanish(get("/account", (account != null) ? account : (Cookie) routine[1]), "Tus datos",
					"Descargar mis datos");
		}

		@Test
		void aMissingPage() {
			MvcTestResult missing = get("/exercises/no-such-exercise");
			assertThat(missing).hasStatus(404);
			inSpanish(missing, "Página no encontrada");
		}

	}

	@Nested
	class TheChoice {

		@Test
		void theSwitcherOffersEachLanguageNamedInItselfOnTheSamePage() {
			assertThat(mvc.get().uri("/exercises?kind=stretch").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).bodyText()
				.contains("<html lang=\"en\"", "href=\"/exercises?kind=stretch&amp;lang=es\" lang=\"es\"",
						"hreflang=\"es\">Español</a>", "hreflang=\"en\" aria-current=\"true\">English</a>");
		}

		@Test
		void theRememberedChoiceOutranksTheBrowsersLanguage() {
			MvcTestResult chosen = mvc.get().uri("/exercises?lang=es").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US").exchange();
			inSpanish(chosen, "<h1>Ejercicios</h1>");
			Cookie lang = chosen.getResponse().getCookie("lang");
			assertThat(lang).isNotNull().extracting(Cookie::getValue).isEqualTo(SPANISH);

			inSpanish(mvc.get().uri("/routines/new").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US").cookie(lang).exchange(),
					"Crea tu rutina");
			assertThat(mvc.get().uri("/routines/new").header(HttpHeaders.ACCEPT_LANGUAGE, SPANISH)
				.cookie(new Cookie("lang", "en"))).bodyText().contains("<html lang=\"en\"", "Build a routine");
		}

		@Test
		void aLanguageLimberDoesNotSpeakIsEnglish() {
			assertThat(mvc.get().uri("/exercises").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE")).bodyText()
				.contains("<html lang=\"en\"", "Build a routine");
			assertThat(mvc.get().uri("/exercises?lang=de").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE").exchange()
				.getResponse().getCookie("lang")).isNull();
		}

	}

	@Nested
	class Caches {

		@Test
		void theCataloguesEtagDiffersPerLanguageAndAnEnglishOneNeverAnswersSpanish() {
			MvcTestResult english = mvc.get().uri("/exercises").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
			MvcTestResult spanish = get("/exercises");
			String englishTag = english.getResponse().getHeader(HttpHeaders.ETAG);
			String spanishTag = spanish.getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(englishTag).isNotBlank().isNotEqualTo(spanishTag);
			for (MvcTestResult page : new MvcTestResult[] { english, spanish }) {
				assertThat(page.getResponse().getHeaders(HttpHeaders.VARY)).anySatisfy((vary) -> assertThat(vary)
					.containsIgnoringCase("Accept-Language").containsIgnoringCase("Cookie"));
			}

			MvcTestResult revalidated = mvc.get().uri("/exercises").header(HttpHeaders.ACCEPT_LANGUAGE, SPANISH)
				.header(HttpHeaders.IF_NONE_MATCH, englishTag).exchange();
			assertThat(revalidated).hasStatusOk();
			inSpanish(revalidated, "<h1>Ejercicios</h1>");
			assertThat(mvc.get().uri("/exercises").header(HttpHeaders.ACCEPT_LANGUAGE, SPANISH)
				.header(HttpHeaders.IF_NONE_MATCH, spanishTag)).hasStatus(304);
		}

		@Test
		void thePdfIsMadeAgainInTheOtherLanguage() throws IOException {
			Object[] routine = routine();
			String pdf = "/routines/" + routine[0] + "/sheet.pdf";
			byte[] english = mvc.get().uri(pdf).header(HttpHeaders.ACCEPT_LANGUAGE, "en").cookie((Cookie) routine[1])
				.exchange().getResponse().getContentAsByteArray();
			byte[] spanish = get(pdf, (Cookie) routine[1]).getResponse().getContentAsByteArray();
			try (PDDocument en = Loader.loadPDF(english); PDDocument es = Loader.loadPDF(spanish)) {
				assertThat(new PDFTextStripper().getText(en)).contains("Tick a box");
				assertThat(new PDFTextStripper().getText(es)).doesNotContain("Tick a box");
				assertThat(en.getDocumentCatalog().getLanguage()).isEqualTo("en");
			}
		}

		@Test
		void theApiSaysItVariesByLanguageButFilesAndPicturesDoNot() {
			assertThat(mvc.get().uri("/api/exercises/cat-cow").exchange().getResponse().getHeader(HttpHeaders.VARY))
				.contains("Accept-Language");
			assertThat(mvc.get().uri("/figures/cat-cow-end.svg").exchange().getResponse().getHeaders(HttpHeaders.VARY))
				.noneSatisfy((vary) -> assertThat(vary).contains("Cookie"));
		}

	}

}
