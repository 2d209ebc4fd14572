package jp.kyogikai.file;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Lets a multipart request over Spring's limits reach {@link UploadLimitAdvice}. Tomcat
 * stops reading such a body at the limit and from then on answers every
 * {@code getParameter} with an exception, so the CSRF check would end it with a bare 413.
 * This filter reads the parts first; when they are too large, the rest of the chain sees
 * only the parameters of the query string (where the upload forms put their CSRF token)
 * and the failure again when Spring MVC asks for the parts, which it turns into
 * {@link MaxUploadSizeExceededException}. Sign-in and CSRF are checked as for any other
 * request; nothing of the body is used.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			chain.doFilter(new TooLargeRequest(request, ex), response);
			return;
		}
		catch (RuntimeException ex) {
			// any other failure is reported where the parts are read, as before
		}
		chain.doFilter(request, response);
	}

	/**
	 * A request whose body was not read: parameters from the query string only, and the
	 * size failure for its parts.
	 */
	static final class TooLargeRequest extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		private final MaxUploadSizeExceededException failure;

		TooLargeRequest(HttpServletRequest request, MaxUploadSizeExceededException failure) {
			super(request);
			this.parameters = Collections.unmodifiableMap(queryParameters(request.getQueryString()));
			this.failure = failure;
		}

		static Map<String, String[]> queryParameters(String query) {
			Map<String, List<String>> values = new LinkedHashMap<>();
			if (query != null) {
				for (String pair : query.split("&")) {
					if (pair.isEmpty()) {
						continue;
					}
					int equals = pair.indexOf('=');
					String name = decode((equals < 0) ? pair : pair.substring(0, equals));
					String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
					values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
				}
			}
			Map<String, String[]> parameters = new LinkedHashMap<>();
			values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
			return parameters;
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return text;
			}
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

		@Override
		public Collection<Part> getParts() {
			throw new IllegalStateException("Upload size exceeded the limit", this.failure);
		}

		@Override
		public Part getPart(String name) {
			throw new IllegalStateException("Upload size exceeded the limit", this.failure);
		}

	}

}
