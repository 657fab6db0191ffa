package app.limber.offline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The manifest, the icons and the service worker as a browser installing Limber fetches them. */
@SpringBootTest
@AutoConfigureMockMvc
class OfflineTests {

	private static final Pattern OWNER_TAG = Pattern.compile("<meta name=\"limber-owner\" content=\"([0-9a-f]{24}|nobody)\">");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theManifestMakesAStandaloneAppWithLimbersIcons() throws Exception {
		assertThat(this.mvc.get().uri("/manifest.webmanifest")).hasStatusOk()
			.hasContentType("application/manifest+json")
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.name").isEqualTo("Limber");
				assertThat(json).extractingPath("$.short_name").isEqualTo("Limber");
				assertThat(json).extractingPath("$.display").isEqualTo("standalone");
				assertThat(json).extractingPath("$.start_url").isEqualTo("/");
				assertThat(json).extractingPath("$.theme_color").isEqualTo("#0f6b5c");
				assertThat(json).extractingPath("$.icons[*].sizes").asArray().containsExactly("192x192", "512x512");
			});
		for (int size : new int[] { 192, 512 }) {
			MvcTestResult icon = this.mvc.get().uri("/img/icons/limber-" + size + ".png").exchange();
			assertThat(icon).hasStatusOk().hasContentType("image/png");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(icon.getResponse().getContentAsByteArray()));
			assertThat(image.getWidth()).isEqualTo(size);
			assertThat(image.getHeight()).isEqualTo(size);
		}
	}

	@Test
	void everyPageLinksTheManifestAndTheWorkerWithoutInlineCode() {
		assertThat(this.mvc.get().uri("/exercises")).bodyText()
			.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")
			.contains("<meta name=\"theme-color\" content=\"#0f6b5c\">")
			.containsPattern("<script type=\"module\" src=\"/js/offline(-[0-9a-f]{32})?\\.js\"></script>");
	}

	@Test
	void theWorkerIsServedByTheAppForTheWholeSiteAndIsNeverCachedForLong() throws Exception {
		MvcTestResult worker = this.mvc.get().uri("/sw.js").exchange();
		assertThat(worker).hasStatusOk().hasHeader("Service-Worker-Allowed", "/").hasHeader("Cache-Control", "no-cache");
		assertThat(worker.getResponse().getContentType()).startsWith("text/javascript");
		assertThat(worker.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
		String script = worker.getResponse().getContentAsString();
		assertThat(script).doesNotContain("__VERSION__").doesNotContain("__PRECACHE__")
			.containsPattern("const VERSION = '[0-9a-f]{16}';")
			.contains("'/css/limber.css'", "'/css/session.css'", "'/js/session.js'", "'/js/session-timer.js'",
					"'/js/offline-log.js'", "'/img/limber-mark.svg'", "'/img/icons/limber-192.png'")
			.as("exercise pictures (/figures/…) are kept as they are first seen, each address on its own")
			.contains("const FIGURE_PATHS = /^\\/figures\\//;");
		// every precached file exists, so the worker's install (which fails on any 404) succeeds
		Matcher paths = Pattern.compile("'(/(css|js|img)/[^']+)'").matcher(script);
		int count = 0;
		while (paths.find()) {
			assertThat(this.mvc.get().uri(paths.group(1))).as(paths.group(1)).hasStatusOk();
			count++;
		}
		assertThat(count).isGreaterThan(10);
	}

	@Test
	void eachOwnerHasTheirOwnTagAndNobodyElseCanReadItBack() {
		// A browser that owns nothing says so: a page without a tag is an error page, which says nothing.
		assertThat(tag(null)).isEqualTo("nobody");
		Cookie first = owner();
		Cookie second = owner();
		assertThat(tag(first)).hasSize(24).isEqualTo(tag(first)).isNotEqualTo(tag(second));
		assertThat(tag(first)).isNotIn(first.getValue(), first.getValue().substring(0, 24));
	}

	private Cookie owner() {
		return this.mvc.post().uri("/routines").with(csrf())
			.param("minutes", "5").param("focus", "tight").param("safetyReviewed", "true")
			.exchange().getResponse().getCookie("limber_owner");
	}

	private String tag(Cookie owner) {
		var request = this.mvc.get().uri("/exercises");
		MvcTestResult page = (owner != null) ? request.cookie(owner).exchange() : request.exchange();
		String html;
		try {
			html = page.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		Matcher tag = OWNER_TAG.matcher(html);
		assertThat(tag.find()).isTrue();
		return tag.group(1);
	}

}
