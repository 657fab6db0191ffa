package app.limber.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a request is answered in, for a Limber that speaks English and one other language ("xx"). */
class LanguageResolverTests {

	private final Languages languages = new Languages(List.of("xx"));

	private final LanguageResolver resolver = new LanguageResolver(this.languages);

	@Test
	void theBrowsersFirstLanguageThatLimberSpeaksWinsAndKeepsItsCountry() {
		assertThat(this.resolver.resolveLocale(asking("fr-FR,xx-MX;q=0.8,en;q=0.5"))).isEqualTo(new Locale("xx", "MX"));
		assertThat(this.resolver.resolveLocale(asking("en-US,xx;q=0.5"))).isEqualTo(Locale.US);
	}

	@Test
	void aLanguageLimberDoesNotSpeakIsAnsweredInEnglishWithTheBrowsersCountry() {
		assertThat(this.resolver.resolveLocale(asking("fr-CA,de;q=0.5"))).isEqualTo(Locale.CANADA);
		assertThat(this.resolver.resolveLocale(asking("de"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void theRememberedChoiceOverridesTheBrowserAndKeepsItsCountry() {
		MockHttpServletRequest request = asking("en-US,en;q=0.8");
		request.setCookies(new Cookie("lang", "xx"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(new Locale("xx", "US"));

		MockHttpServletRequest english = asking("xx-MX");
		english.setCookies(new Cookie("lang", "en"));
		assertThat(this.resolver.resolveLocale(english)).isEqualTo(new Locale("en", "MX"));
	}

	@Test
	void aRememberedLanguageLimberNoLongerSpeaksIsIgnored() {
		MockHttpServletRequest request = asking("xx");
		request.setCookies(new Cookie("lang", "fr"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(new Locale("xx"));
		request.setCookies(new Cookie("lang", "not a language"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(new Locale("xx"));
	}

	@Test
	void choosingALanguageRemembersItForAYearAndAnswersThisRequestInIt() {
		MockHttpServletRequest request = asking("en-GB");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.forLanguageTag("xx"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(new Locale("xx", "GB"));
		assertThat(response.getHeader("Set-Cookie")).contains("lang=xx", "Path=/", "Max-Age=31536000", "HttpOnly",
				"SameSite=Lax");
	}

	@Test
	void choosingALanguageLimberDoesNotSpeakChangesNothing() {
		MockHttpServletRequest request = asking("xx");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.GERMAN);
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(new Locale("xx"));
	}

	@Test
	void everyLanguageIsNamedInItself() {
		assertThat(Languages.nameInItself(Locale.ENGLISH)).isEqualTo("English");
		assertThat(Languages.nameInItself(Locale.forLanguageTag("es"))).isEqualTo("Español");
		assertThat(Languages.nameInItself(Locale.GERMAN)).isEqualTo("Deutsch");
	}

	@Test
	void theLanguagesAreThoseWithABundleEnglishFirst() {
		assertThat(new Languages().supported()).first().isEqualTo(Locale.ENGLISH);
		assertThat(this.languages.supported()).containsExactly(Locale.ENGLISH, new Locale("xx"));
	}

	private static MockHttpServletRequest asking(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/exercises");
		request.addHeader("Accept-Language", acceptLanguage);
		return request;
	}

}
