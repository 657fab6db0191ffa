package app.limber.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** Requests as a TLS-terminating proxy would pass them on, to a server started by a test. */
final class Forwarding {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** What a proxy adds for a browser at {@code client} that used HTTPS. */
	static String[] proxied(String client) {
		return new String[] { "X-Forwarded-For", client, "X-Forwarded-Proto", "https", "Forwarded",
				"for=" + client + ";proto=https" };
	}

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	Forwarding(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String type, String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", type);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A sign-in with a wrong password, through the real form (CSRF token and cookie included). */
	HttpResponse<String> failedSignIn(String... headers) throws Exception {
		HttpResponse<String> form = get("/signin", headers);
		String cookie = form.headers().allValues("Set-Cookie").stream().filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst().orElseThrow().split(";")[0];
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new IllegalStateException("The sign-in form has no CSRF token");
		}
		String[] withCookie = java.util.Arrays.copyOf(headers, headers.length + 2);
		withCookie[headers.length] = "Cookie";
		withCookie[headers.length + 1] = cookie;
		return post("/signin", "application/x-www-form-urlencoded",
				"email=nobody-" + UUID.randomUUID() + "%40example.org&password=wrong+password&_csrf=" + token.group(1),
				withCookie);
	}

	static int throttleRows(JdbcTemplate jdbc, String address) {
		return jdbc.queryForObject("select count(*) from signin_throttle where throttle_key = ?", Integer.class,
				"address:" + address);
	}

	static String someClient() {
		return "203.0.113." + (1 + (int) (Math.random() * 250));
	}

}
