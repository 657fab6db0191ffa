package app.limber.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proxy mode (README): behind a TLS-terminating proxy at a trusted address, what it forwards counts: cookies are
 * Secure, HSTS is sent, the throttle counts the client's address, links use the public URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
				"limber.public-url=https://limber.example" })
class ProxyModeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void forwardedHttpsMakesCookiesSecureAndSendsHsts() throws Exception {
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", Forwarding.proxied(Forwarding.someClient()));
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("limber_owner=").contains("Secure", "HttpOnly"));
		assertThat(built.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				(hsts) -> assertThat(hsts).contains("max-age="));
		String id = built.headers().firstValue("Location").orElseThrow().replace("/api/routines/", "");
		HttpResponse<String> sheet = new Forwarding(this.port).get("/routines/" + id + "/sheet", "X-Forwarded-Host",
				"evil.example", "X-Forwarded-Proto", "https");
		assertThat(sheet.body()).contains("https://limber.example/r/").doesNotContain("evil.example", "127.0.0.1");
	}

	@Test
	void theThrottleCountsTheClientsAddressNotTheProxys() throws Exception {
		String client = Forwarding.someClient();
		HttpResponse<String> failed = new Forwarding(this.port).failedSignIn(Forwarding.proxied(client));
		assertThat(failed.headers().firstValue("Location")).hasValue("/signin?problem=failed");
		assertThat(Forwarding.throttleRows(this.jdbc, client)).isEqualTo(1);
	}

	@Test
	void forwardedIsNotReadUnlessTheProxyIsSaidToWriteIt() throws Exception {
		// limber.proxy.header is x-forwarded (the default): a Forwarded header the proxy passed on is the client's.
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", "Forwarded", "for=" + Forwarding.someClient() + ";proto=https");
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(built.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
