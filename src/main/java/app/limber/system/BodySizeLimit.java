package app.limber.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body is larger than {@value #MAX_BYTES} bytes: the largest form or JSON Limber takes is a few
 * kilobytes. A body that says it is larger is refused with 413 before a byte of it is read; one sent in chunks
 * without a length stops being read at the limit (and fails as an unreadable body). Forms have the same cap in
 * Tomcat ({@code server.tomcat.max-http-form-post-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimit extends OncePerRequestFilter {

	static final int MAX_BYTES = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter((request.getContentLengthLong() < 0) ? new Capped(request) : request, response);
	}

	/** Stops reading a body without a declared length at the limit. */
	private static final class Capped extends HttpServletRequestWrapper {

		private ServletInputStream capped;

		Capped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.capped == null) {
				ServletInputStream body = super.getInputStream();
				this.capped = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = body.read();
						if (b >= 0 && ++this.read > MAX_BYTES) {
							throw new IOException("The request body is larger than " + MAX_BYTES + " bytes");
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = body.read(buffer, offset, length);
						if (n > 0 && (this.read += n) > MAX_BYTES) {
							throw new IOException("The request body is larger than " + MAX_BYTES + " bytes");
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return body.isFinished();
					}

					@Override
					public boolean isReady() {
						return body.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						body.setReadListener(listener);
					}

				};
			}
			return this.capped;
		}

	}

}
