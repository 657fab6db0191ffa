package app.limber.sheet;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** With {@code limber.public-url} set, a forged Host header ends up in no link, QR code, PDF or redirect. */
@SpringBootTest(properties = "limber.public-url=https://limber.example/")
@AutoConfigureMockMvc
class PublicUrlTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void linksQrCodesAndPdfsUseThePublicUrlWhateverTheHost() throws Exception {
		MvcTestResult built = this.mvc.post().uri("http://evil.example/routines").with(csrf()).param("minutes", "10")
			.param("focus", "tight").param("safetyReviewed", "true").exchange();
		String location = built.getResponse().getRedirectedUrl();
		assertThat(location).as("redirects are relative").startsWith("/routines/");
		Matcher url = ROUTINE_URL.matcher(location);
		assertThat(url.find()).isTrue();
		String id = url.group(1);

		assertThat(this.mvc.get().uri("http://evil.example/routines/" + id + "/sheet")).hasStatusOk()
			.bodyText()
			.contains("https://limber.example/r/")
			.doesNotContain("evil.example");
		MvcTestResult pdf = this.mvc.get().uri("http://evil.example/routines/" + id + "/sheet.pdf").exchange();
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(Pdfs.text(bytes)).contains("limber.example/r/").doesNotContain("evil.example");
		assertThat(Pdfs.qrCodes(bytes)).containsExactly("https://limber.example/routines/" + id + "/session");
		MvcTestResult qr = this.mvc.get().uri("http://evil.example/routines/" + id + "/qr.png").exchange();
		assertThat(Pdfs.qrCode(ImageIO.read(new ByteArrayInputStream(qr.getResponse().getContentAsByteArray()))))
			.isEqualTo("https://limber.example/routines/" + id + "/session");
	}

}
