package app.limber.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import app.limber.LimberApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code server.shutdown=graceful}: a request that is being handled when the application is told to stop still gets
 * its whole answer before the server goes away. The application is started here rather than by the test framework
 * so that the test can close it as SIGTERM does (Spring Boot's shutdown hook closes the context);
 * {@code scripts/graceful-shutdown.sh} does the same to a real process with {@code kill -TERM}.
 */
class GracefulShutdownTests {

	private static final CountDownLatch STARTED = new CountDownLatch(1);

	private static final Duration WORK = Duration.ofMillis(1500);

	@Test
	void aRequestInFlightWhenTheAppIsToldToStopCompletes() throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(LimberApplication.class, SlowEndpoint.class)
			.properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:graceful-shutdown;DB_CLOSE_DELAY=-1",
					"spring.main.banner-mode=off")
			.run();
		int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));

		CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ops-test/slow")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(STARTED.await(10, TimeUnit.SECONDS)).as("the slow request reached the server").isTrue();

		long stopping = System.nanoTime();
		app.close();
		Duration closing = Duration.ofNanos(System.nanoTime() - stopping);

		HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("finished after " + WORK.toMillis() + " ms");
		assertThat(closing).as("closing waited for the request").isGreaterThan(WORK.minusMillis(500));
		assertThat(app.isActive()).isFalse();
	}

	/** A request that takes a while; a plain servlet, so it is no part of the app's MVC mappings. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowEndpoint {

		@Bean
		ServletRegistrationBean<HttpServlet> slowServlet() {
			return new ServletRegistrationBean<>(new HttpServlet() {
				@Override
				protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
					STARTED.countDown();
					try {
						Thread.sleep(WORK.toMillis());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					response.setContentType("text/plain");
					response.getWriter().write("finished after " + WORK.toMillis() + " ms");
				}
			}, "/ops-test/slow");
		}

	}

}
