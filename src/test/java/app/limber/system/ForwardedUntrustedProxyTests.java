package app.limber.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Forwarded} from an address that is not a configured proxy counts for nothing, even in proxy mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9",
				"limber.proxy.header=forwarded", "limber.public-url=https://limber.example" })
class ForwardedUntrustedProxyTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void forwardedFromAnUntrustedAddressIsIgnored() throws Exception {
		String client = Forwarding.someClient();
		String header = "for=" + client + ";proto=https;host=limber.example";
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", "Forwarded", header);
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("limber_owner=").doesNotContain("Secure"));
		assertThat(built.headers().firstValue("Strict-Transport-Security")).isEmpty();
		int before = Forwarding.throttleRows(this.jdbc, client);
		new Forwarding(this.port).failedSignIn("Forwarded", header);
		assertThat(Forwarding.throttleRows(this.jdbc, client)).isEqualTo(before);
		assertThat(Forwarding.throttleRows(this.jdbc, "127.0.0.1")).as("the connection's own address").isEqualTo(1);
	}

}
