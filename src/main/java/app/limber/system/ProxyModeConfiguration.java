package app.limber.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Proxy mode (README, "PostgreSQL and several instances") is Tomcat's {@code RemoteIpValve}
 * ({@code server.forward-headers-strategy=native}): it believes forwarded headers only on a connection from a
 * configured proxy and reads the client's address from the right, past the trusted proxies.
 * {@code limber.proxy.header} says which kind the proxy writes: {@code x-forwarded} (the default) or
 * {@code forwarded} (RFC 7239), which {@link ForwardedHeaderValve} hands to the same valve. A proxy writes one kind
 * and passes the other through from the client, so only one is ever believed.
 * <p>
 * {@code server.forward-headers-strategy=framework} is refused: Spring's {@code ForwardedHeaderFilter} believes the
 * headers from anybody and takes the leftmost address, the one a client writes itself, so one client could pose as
 * many to the sign-in throttle and make plain HTTP look secure.
 */
@Component
class ProxyModeConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final String strategy;

	private final String header;

	ProxyModeConfiguration(@Value("${server.forward-headers-strategy:none}") String strategy,
			@Value("${limber.proxy.header:x-forwarded}") String header) {
		this.strategy = strategy.strip().toLowerCase(Locale.ROOT);
		this.header = header.strip().toLowerCase(Locale.ROOT);
		if ("framework".equals(this.strategy)) {
			throw new IllegalStateException("server.forward-headers-strategy=framework believes forwarded headers from "
					+ "any client; use native and name the proxies in server.tomcat.remoteip.internal-proxies (README)");
		}
		if (!"x-forwarded".equals(this.header) && !"forwarded".equals(this.header)) {
			throw new IllegalStateException("limber.proxy.header is x-forwarded or forwarded, not '" + header + "'");
		}
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (!"forwarded".equals(this.header)) {
			return;
		}
		List<Valve> valves = new ArrayList<>(factory.getEngineValves());
		RemoteIpValve remoteIp = valves.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"limber.proxy.header=forwarded needs proxy mode: server.forward-headers-strategy=native"));
		valves.add(valves.indexOf(remoteIp), new ForwardedHeaderValve(remoteIp.getRemoteIpHeader(),
				remoteIp.getProtocolHeader(), remoteIp.getHostHeader(), remoteIp.getPortHeader()));
		factory.setEngineValves(valves);
	}

	/** After Spring Boot's own customizer, which adds the {@code RemoteIpValve}. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
