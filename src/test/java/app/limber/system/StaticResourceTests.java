package app.limber.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files and catalogue pages as a browser gets them over real HTTP: content-hashed links kept for a year,
 * compressed text, and a repeat visit of a catalogue page answered with 304.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticResourceTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/limber-[0-9a-f]{32}\\.css)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ResourceUrlProvider resourceUrls;

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(HttpResponse<byte[]> response) throws IOException {
		boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
		byte[] body = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
				: response.body();
		return new String(body, StandardCharsets.UTF_8);
	}

	@Test
	void pagesLinkStaticFilesByContentHashAndTheseAreKeptForAYear() throws Exception {
		String page = text(get("/exercises"));
		Matcher stylesheet = STYLESHEET.matcher(page);
		assertThat(stylesheet.find()).as("hashed stylesheet link in %s", page).isTrue();
		// The exercise pictures are drawn by the app (catalogue Figures), their links carrying the drawings' revision.
		assertThat(page).contains("/figures/bridge-end.svg?v=" + app.limber.catalogue.Figures.REVISION)
			.contains("href=\"/exercises/cat-cow\"");

		HttpResponse<byte[]> css = get(stylesheet.group(1));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(text(css)).isEqualTo(text(get("/css/limber.css")));
	}

	@Test
	void aFileAskedForByItsPlainNameIsKeptForAnHourOnly() throws Exception {
		HttpResponse<byte[]> script = get("/js/session-timer.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");
		assertThat(get("/css/nothing-here.css").statusCode()).isEqualTo(404);
	}

	@Test
	void linksToPagesAreNeverLookedUpAmongTheStaticFiles() {
		// Spring Boot's catch-all mapping made each page link a classpath look-up that found nothing.
		assertThat(this.resourceUrls.getHandlerMap()).containsKeys("/css/**", "/img/**", "/js/**")
			.doesNotContainKey("/**");
		assertThat(this.resourceUrls.getForLookupPath("/exercises/cat-cow")).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/css/limber.css")).matches("/css/limber-[0-9a-f]{32}\\.css");
	}

	@Test
	void textIsCompressedForBrowsersThatAcceptIt() throws Exception {
		for (String path : new String[] { "/exercises", "/css/limber.css", "/figures/bird-dog.svg",
				"/js/session.js", "/api/exercises" }) {
			HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(text(response)).as(path).isEqualTo(text(get(path)));
		}
	}

	@Test
	void aRepeatVisitToACataloguePageIsAnsweredWithNotModified() throws Exception {
		for (String path : new String[] { "/exercises", "/exercises/bird-dog", "/exercises?kind=stretch" }) {
			HttpResponse<byte[]> first = get(path, "Accept-Encoding", "gzip");
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache, private");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			HttpResponse<byte[]> again = get(path, "Accept-Encoding", "gzip", "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
		String etag = get("/exercises/bird-dog").headers().firstValue("ETag").orElseThrow();
		assertThat(get("/exercises/cat-cow", "If-None-Match", etag).statusCode()).isEqualTo(200);
	}

	@Test
	void pagesThatAreNotTheCatalogueStayOutOfEveryCache() throws Exception {
		HttpResponse<byte[]> page = get("/routines/new");
		assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("no-store"));
		assertThat(page.headers().firstValue("ETag")).isEmpty();
	}

}
