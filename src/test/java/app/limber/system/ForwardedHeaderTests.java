package app.limber.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading RFC 7239 {@code Forwarded} headers as proxies write them (the RFC's own examples among them). */
class ForwardedHeaderTests {

	private static List<String> addresses(String... values) {
		return ForwardedHeader.parse(List.of(values)).elements().stream().map(ForwardedHeader.Element::address).toList();
	}

	@Test
	void readsEachElementsAddressWithoutBracketsOrPort() {
		assertThat(addresses("for=\"_gazonk\"")).containsExactly("_gazonk");
		assertThat(addresses("For=\"[2001:db8:cafe::17]:4711\"")).containsExactly("2001:db8:cafe::17");
		assertThat(addresses("for=192.0.2.60;proto=http;by=203.0.113.43")).containsExactly("192.0.2.60");
		assertThat(addresses("for=192.0.2.43, for=198.51.100.17")).containsExactly("192.0.2.43", "198.51.100.17");
		assertThat(addresses("for=\"192.0.2.43:47011\"", "for=unknown;proto=https")).containsExactly("192.0.2.43", "unknown");
	}

	@Test
	void anElementWithoutForKeepsItsPlace() {
		assertThat(addresses("for=198.51.100.1, proto=https;host=limber.example")).containsExactly("198.51.100.1", "unknown");
	}

	@Test
	void readsProtoAndHost() {
		ForwardedHeader.Element element = ForwardedHeader.parse(List.of("for=192.0.2.1; Proto=HTTPS; host=\"limber.example:443\""))
			.elements().get(0);
		assertThat(element.proto()).isEqualTo("https");
		assertThat(element.host()).isEqualTo("limber.example:443");
	}

	@Test
	void aMalformedHeaderCountsAsAbsent() {
		assertThat(ForwardedHeader.parse(List.of("for=192.0.2.1;proto=https;host=\"unterminated")).isEmpty()).isTrue();
		assertThat(ForwardedHeader.parse(List.of("for=192.0.2.43:47011")).isEmpty()).as("an unquoted colon").isTrue();
		assertThat(ForwardedHeader.parse(List.of("for")).isEmpty()).isTrue();
		assertThat(ForwardedHeader.parse(List.of("for=192.0.2.1", "proto=https;;=x")).isEmpty()).isTrue();
		assertThat(ForwardedHeader.parse(List.of("")).isEmpty()).isTrue();
	}

}
