package app.limber;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Playwright;

/** One headless Chromium for a test class, started offline against the system browser. */
public final class Browser implements AutoCloseable {

	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	public Browser() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = this.playwright.chromium()
			.launch(new LaunchOptions().setExecutablePath(BrowserTest.CHROMIUM).setHeadless(true).setArgs(FLAGS));
	}

	/** A fresh context, like a separate person's browser; 390 px wide is a phone, 1280 a laptop. */
	public BrowserContext newContext(String baseUrl, int width, int height) {
		return this.chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height));
	}

	/** A fresh context with options of its own, e.g. a time zone or no network. */
	public BrowserContext newContext(NewContextOptions options) {
		return this.chromium.newContext(options);
	}

	@Override
	public void close() {
		this.chromium.close();
		this.playwright.close();
	}

}
