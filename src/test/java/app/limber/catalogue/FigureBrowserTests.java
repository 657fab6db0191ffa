package app.limber.catalogue;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;

import app.limber.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise pictures in a real browser: they move, and stay still for anyone who asked for less motion. */
class FigureBrowserTests extends BrowserTestSupport {

	@Test
	void theExercisePictureMovesBetweenItsTwoPositionsAcrossAPhone() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.navigate("/exercises/side-plank");
			Locator picture = page.locator(".exercise__figure img");
			assertThat(((Number) picture.evaluate("img => img.getBoundingClientRect().width")).doubleValue()).isGreaterThanOrEqualTo(300.0);
			assertThat((String) picture.evaluate("img => img.currentSrc")).contains("/figures/side-plank.svg?v=");
			assertThat((String) picture.getAttribute("alt")).startsWith("Lying on one side propped on the forearm");

			// The picture itself: its SMIL animation runs, and the hips have lifted by the top of a rep (2 s in).
			page.navigate((String) picture.evaluate("img => img.currentSrc"));
			@SuppressWarnings("unchecked")
			List<Number> hips = (List<Number>) page.evaluate("""
					() => {
					  const svg = document.documentElement;
					  const torso = document.querySelector('path[stroke-width="17.0"]');
					  const running = !svg.animationsPaused() && document.querySelectorAll('animate').length > 0;
					  svg.pauseAnimations();
					  svg.setCurrentTime(0);
					  const start = torso.getBBox().y + torso.getBBox().height;
					  svg.setCurrentTime(2);
					  const end = torso.getBBox().y + torso.getBBox().height;
					  return [running ? 1 : 0, start, end];
					}""");
			assertThat(hips.get(0).intValue()).as("animations running").isEqualTo(1);
			assertThat(Math.abs(hips.get(1).doubleValue() - hips.get(2).doubleValue())).as("the torso moved")
				.isGreaterThan(3);
		}
	}

	@Test
	void withLessMotionThePageShowsBothPositionsSideBySideStill() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
			page.navigate("/exercises/clamshell");
			Locator picture = page.locator(".exercise__figure img");
			String stills = (String) picture.evaluate("img => img.currentSrc");
			assertThat(stills).contains("/figures/clamshell-pair.svg?v=");
			// Two positions side by side: a picture three times as wide as it is high.
			assertThat(((Number) picture.evaluate("img => img.naturalWidth / img.naturalHeight")).doubleValue()).isEqualTo(3.0);
			page.navigate(stills);
			assertThat((Integer) page.evaluate("() => document.querySelectorAll('animate').length")).isZero();
		}
	}

}
