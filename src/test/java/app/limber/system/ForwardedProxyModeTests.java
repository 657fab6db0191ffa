package app.limber.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proxy mode with a proxy that writes RFC 7239 {@code Forwarded} ({@code limber.proxy.header=forwarded}): it counts
 * as {@code X-Forwarded-*} does in {@link ProxyModeTests}, and {@code X-Forwarded-*} sent alongside is the client's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
				"limber.proxy.header=forwarded", "limber.public-url=https://limber.example" })
class ForwardedProxyModeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void forwardedProtoHttpsMakesCookiesSecureAndSendsHsts() throws Exception {
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", "Forwarded", "for=" + Forwarding.someClient() + ";proto=https;host=limber.example");
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("limber_owner=").contains("Secure", "HttpOnly"));
		assertThat(built.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				(hsts) -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void theThrottleCountsTheClientTheProxyNamesNotOneTheClientWroteItself() throws Exception {
		String client = Forwarding.someClient();
		String forged = "198.51.100." + (1 + (int) (Math.random() * 250));
		int forgedBefore = Forwarding.throttleRows(this.jdbc, forged);
		// The client sent "Forwarded: for=<forged>" itself; the proxy appended the element for the real client.
		HttpResponse<String> failed = new Forwarding(this.port).failedSignIn("Forwarded",
				"for=" + forged + ";proto=https, for=\"" + client + ":50123\";proto=https;host=limber.example");
		assertThat(failed.headers().firstValue("Location")).hasValue("/signin?problem=failed");
		assertThat(Forwarding.throttleRows(this.jdbc, client)).isEqualTo(1);
		assertThat(Forwarding.throttleRows(this.jdbc, forged)).isEqualTo(forgedBefore);
	}

	@Test
	void xForwardedHeadersAreTheClientsOwnAndIgnored() throws Exception {
		String client = Forwarding.someClient();
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", "X-Forwarded-For", client, "X-Forwarded-Proto", "https");
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(built.headers().firstValue("Strict-Transport-Security")).isEmpty();
		int before = Forwarding.throttleRows(this.jdbc, client);
		new Forwarding(this.port).failedSignIn("X-Forwarded-For", client, "Forwarded", "for=" + Forwarding.someClient());
		assertThat(Forwarding.throttleRows(this.jdbc, client)).isEqualTo(before);
	}

	@Test
	void aProxyOnTheWayOverPlainHttpMakesTheRequestInsecure() throws Exception {
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", "Forwarded", "for=" + Forwarding.someClient() + ";proto=http, for=127.0.0.1;proto=https");
		assertThat(built.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).doesNotContain("Secure"));
	}

	@Test
	void aMalformedHeaderIsBelievedInNothing() throws Exception {
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", "Forwarded", "for=" + Forwarding.someClient() + ";proto=https;host=\"limber.example");
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
