package app.limber;

import com.microsoft.playwright.BrowserContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running app on a random port and one headless Chromium per test class; each context is one person. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new Browser();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** A fresh browser context: 390 x 844 is a phone, 1280 x 800 a laptop. */
	protected BrowserContext person(int width, int height) {
		return this.browser.newContext(baseUrl(), width, height);
	}

}
