package app.limber.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 7239 {@code Forwarded} header read into its elements, one per proxy that passed the request on, in the
 * order they were added (the client's end first, the proxy nearest to Limber last). A header that does not follow
 * the RFC's grammar counts as absent: Limber then believes nothing it says.
 */
record ForwardedHeader(List<Element> elements) {

	/** One proxy's element; {@code null} for a parameter it left out. */
	record Element(String forwarded, String proto, String host) {

		/**
		 * The address the proxy received the request from, as Tomcat expects it in {@code X-Forwarded-For}: brackets
		 * and port removed ({@code "[2001:db8::17]:4711"} → {@code 2001:db8::17}, {@code 192.0.2.43:47011} →
		 * {@code 192.0.2.43}). A proxy that hides it ({@code unknown}, {@code _hidden}) or leaves it out still had a
		 * client, so the element keeps its place as {@code unknown}: skipping it would let a client-written element
		 * further left be taken as the client.
		 */
		String address() {
			String value = (this.forwarded != null) ? this.forwarded : "unknown";
			if (value.startsWith("[")) {
				int end = value.indexOf(']');
				return (end > 1) ? value.substring(1, end) : "unknown";
			}
			int colon = value.indexOf(':');
			return (colon > 0 && value.indexOf(':', colon + 1) < 0) ? value.substring(0, colon) : value;
		}

	}

	private static final int MAX_ELEMENTS = 32;

	/** The elements of the header's values, joined as one list; empty when absent or malformed. */
	static ForwardedHeader parse(List<String> values) {
		List<Element> elements = new ArrayList<>();
		for (String value : values) {
			if (!new Parser(value).into(elements) || elements.size() > MAX_ELEMENTS) {
				return new ForwardedHeader(List.of());
			}
		}
		return new ForwardedHeader(List.copyOf(elements));
	}

	boolean isEmpty() {
		return this.elements.isEmpty();
	}

	/** RFC 7239 section 4: {@code 1#forwarded-element}, each {@code [pair] *(";" [pair])}, a pair {@code token=value}. */
	private static final class Parser {

		private final String text;

		private int at;

		Parser(String text) {
			this.text = text;
		}

		boolean into(List<Element> elements) {
			String forwarded = null;
			String proto = null;
			String host = null;
			boolean empty = true;
			while (true) {
				skipSpace();
				if (this.at < this.text.length() && this.text.charAt(this.at) != ';' && this.text.charAt(this.at) != ',') {
					String name = token();
					if (name == null || !expect('=')) {
						return false;
					}
					String value = (this.at < this.text.length() && this.text.charAt(this.at) == '"') ? quoted() : token();
					if (value == null) {
						return false;
					}
					switch (name.toLowerCase(Locale.ROOT)) {
						case "for" -> forwarded = value;
						case "proto" -> proto = value.toLowerCase(Locale.ROOT);
						case "host" -> host = value;
						default -> {
							// "by" and extensions: not needed here.
						}
					}
					empty = false;
					skipSpace();
				}
				if (this.at >= this.text.length() || this.text.charAt(this.at) == ',') {
					if (!empty) {
						elements.add(new Element(forwarded, proto, host));
					}
					if (this.at >= this.text.length()) {
						return true;
					}
					this.at++;
					forwarded = null;
					proto = null;
					host = null;
					empty = true;
				}
				else if (this.text.charAt(this.at) == ';') {
					this.at++;
				}
				else {
					return false;
				}
			}
		}

		private void skipSpace() {
			while (this.at < this.text.length() && (this.text.charAt(this.at) == ' ' || this.text.charAt(this.at) == '\t')) {
				this.at++;
			}
		}

		private boolean expect(char c) {
			if (this.at < this.text.length() && this.text.charAt(this.at) == c) {
				this.at++;
				return true;
			}
			return false;
		}

		/** RFC 9110 token characters; {@code null} if there are none. */
		private String token() {
			int start = this.at;
			while (this.at < this.text.length() && isTokenChar(this.text.charAt(this.at))) {
				this.at++;
			}
			return (this.at > start) ? this.text.substring(start, this.at) : null;
		}

		private String quoted() {
			StringBuilder value = new StringBuilder();
			this.at++;
			while (this.at < this.text.length()) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return value.toString();
				}
				if (c == '\\') {
					if (this.at >= this.text.length()) {
						return null;
					}
					c = this.text.charAt(this.at++);
				}
				if (c < 0x20 && c != '\t' || c == 0x7f) {
					return null;
				}
				value.append(c);
			}
			return null;
		}

		private static boolean isTokenChar(char c) {
			return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
		}

	}

}
