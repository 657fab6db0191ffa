package app.limber.system;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that appears in each log line written while it is handled (MDC key
 * {@value #MDC_KEY}) and in the {@value #HEADER} response header. A proxy's incoming {@value #HEADER} is kept when it
 * is short and plain ({@code [A-Za-z0-9-]}, at most 64 characters), so one id follows a request across instances;
 * anything else is replaced rather than written into the logs. Runs before everything else, Spring Security
 * included, and again for the error page of the same request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = incoming(request);
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer != null) {
				MDC.put(MDC_KEY, outer);
			}
			else {
				MDC.remove(MDC_KEY);
			}
		}
	}

	/** The error page of a request is rendered in a second dispatch: it logs under the same id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String incoming(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		return (header != null && SAFE.matcher(header).matches()) ? header : generate();
	}

	/** 128 random bits as 32 hex digits: unique enough to find a request, and cheap (ids are not secrets). */
	private static String generate() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
	}

}
