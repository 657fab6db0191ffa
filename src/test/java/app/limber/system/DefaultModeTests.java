package app.limber.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without proxy mode, forwarded headers count for nothing (anyone can send them), and every answer carries the
 * hardening headers and limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultModeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void forwardedHeadersAreIgnored() throws Exception {
		String client = Forwarding.someClient();
		// Other tests share this database and may have counted the same made-up address: compare before and after.
		int forwardedBefore = Forwarding.throttleRows(this.jdbc, client);
		HttpResponse<String> built = new Forwarding(this.port).post("/api/routines", "application/json",
				"{\"focus\":\"tight\"}", Forwarding.proxied(client));
		assertThat(built.statusCode()).isEqualTo(201);
		assertThat(built.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("limber_owner=").doesNotContain("Secure"));
		assertThat(built.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(new Forwarding(this.port).failedSignIn(Forwarding.proxied(client)).headers().firstValue("Location"))
			.as("redirects are relative, whatever the Host").hasValue("/signin?problem=failed");
		assertThat(Forwarding.throttleRows(this.jdbc, client)).as("the forwarded address").isEqualTo(forwardedBefore);
		assertThat(Forwarding.throttleRows(this.jdbc, "127.0.0.1")).as("the real one").isEqualTo(1);
	}

	@Test
	void pagesSayHowLittleOtherSitesLearnAndWhatTheBrowserMayDo() throws Exception {
		Forwarding http = new Forwarding(this.port);
		HttpResponse<String> catalogue = http.get("/exercises");
		assertThat(catalogue.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(catalogue.headers().firstValue("Permissions-Policy")).hasValueSatisfying((policy) -> assertThat(policy)
			.contains("screen-wake-lock=(self)", "camera=()", "microphone=()", "geolocation=()"));
		String id = http.post("/api/routines", "application/json", "{\"focus\":\"tight\"}").headers()
			.firstValue("Location").orElseThrow().replace("/api/routines/", "");
		assertThat(http.get("/routines/" + id).headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(http.get("/history").headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		HttpResponse<String> pdf = http.get("/routines/" + id + "/sheet.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Cache-Control")).hasValueSatisfying((cache) -> assertThat(cache).contains("private"));
		assertThat(http.get("/routines/" + id + "/qr.png").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("private"));
	}

	@Test
	void bodiesOver64KbAreRefusedUnread() throws Exception {
		Forwarding http = new Forwarding(this.port);
		// A client announcing 10 MB gets its answer after sending only the headers: nothing is read.
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream().write(("POST /api/routines HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{\"focus\":").getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			assertThat(status).isEqualTo("HTTP/1.1 413 ");
		}
		assertThat(http.post("/routines", "application/x-www-form-urlencoded", "focus=tight&name=" + "x".repeat(70_000))
			.statusCode()).isEqualTo(413);
		assertThat(http.post("/api/routines", "application/json", "{\"focus\":\"tight\",\"name\":\"" + "x".repeat(60_000) + "\"}")
			.statusCode()).as("under the cap: an ordinary 400 for an overlong name").isEqualTo(400);
	}

}
