package app.limber.system;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Proxy mode for a proxy that sends RFC 7239 {@code Forwarded} ({@code limber.proxy.header=forwarded}): runs just
 * before Tomcat's {@code RemoteIpValve} and rewrites each {@code Forwarded} header into the {@code X-Forwarded-*}
 * headers that valve reads, so that the rules stay Tomcat's: they count only on a connection from a configured proxy
 * ({@code server.tomcat.remoteip.internal-proxies}), the client's address is read from the right past the trusted
 * proxies, and the request is secure only if every proxy says {@code proto=https}.
 * <p>
 * Any {@code X-Forwarded-*} header the request arrives with is dropped first: a proxy that writes {@code Forwarded}
 * passes the other kind on untouched, so those were written by the client.
 */
final class ForwardedHeaderValve extends ValveBase {

	static final String FORWARDED = "Forwarded";

	private final String remoteIpHeader;

	private final String protocolHeader;

	private final String hostHeader;

	private final String portHeader;

	ForwardedHeaderValve(String remoteIpHeader, String protocolHeader, String hostHeader, String portHeader) {
		super(true);
		this.remoteIpHeader = Objects.requireNonNull(remoteIpHeader);
		this.protocolHeader = Objects.requireNonNull(protocolHeader);
		this.hostHeader = hostHeader;
		this.portHeader = portHeader;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
		for (String name : new String[] { this.remoteIpHeader, this.protocolHeader, this.hostHeader, this.portHeader }) {
			if (name != null) {
				headers.removeHeader(name);
			}
		}
		ForwardedHeader forwarded = ForwardedHeader.parse(Collections.list(request.getHeaders(FORWARDED)));
		if (!forwarded.isEmpty()) {
			List<ForwardedHeader.Element> elements = forwarded.elements();
			headers.addValue(this.remoteIpHeader)
				.setString(elements.stream().map(ForwardedHeader.Element::address).collect(Collectors.joining(", ")));
			// Secure only if every proxy on the way says https (an element without proto says nothing for it).
			String protos = elements.stream()
				.map(ForwardedHeader.Element::proto)
				.map((proto) -> (proto != null) ? proto : "http")
				.collect(Collectors.joining(", "));
			headers.addValue(this.protocolHeader).setString(protos);
			// The address asked for, as the proxy nearest to Limber saw it.
			ForwardedHeader.Element nearest = elements.get(elements.size() - 1);
			if (this.hostHeader != null && nearest.host() != null) {
				headers.addValue(this.hostHeader).setString(nearest.host());
			}
		}
		getNext().invoke(request, response);
	}

}
