package jp.kyogikai.support;

import java.util.function.Supplier;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What one user gets on a set of pages and posts: the same answer for each (403 for
 * another role or another operator, 404 for staff of another municipality or a record
 * that is not the operator's), signed in as the user, every post with its CSRF token so
 * that only the access check can refuse it; and, when given the state that must stay as
 * it is, that no request changed it.
 *
 * <pre>
 * Access.of(mvc, tanto, status().isForbidden(), this::form)
 * 	.keeping(() -&gt; data.rows("vehicle", nonbiri))
 * 	.get(base, base + "/new", edit)
 * 	.submit(edit, "seats", "2")
 * 	.post(delete);
 * </pre>
 */
public final class Access {

	private final MockMvc mvc;

	private final AccountPrincipal user;

	private final ResultMatcher expected;

	private final Form form;

	private Supplier<?> state = () -> null;

	private Object before;

	private Access(MockMvc mvc, AccountPrincipal user, ResultMatcher expected, Form form) {
		this.mvc = mvc;
		this.user = user;
		this.expected = expected;
		this.form = form;
	}

	/**
	 * Checks for a user.
	 * @param mvc the application
	 * @param user the signed-in user
	 * @param expected the answer to every request, e.g. {@code status().isForbidden()}
	 * @param form the test's form: its fields with some replaced
	 * @return the checks
	 */
	public static Access of(MockMvc mvc, AccountPrincipal user, ResultMatcher expected, Form form) {
		return new Access(mvc, user, expected, form);
	}

	/**
	 * Checks for a user, with posts only of URLs or of requests the test builds.
	 */
	public static Access of(MockMvc mvc, AccountPrincipal user, ResultMatcher expected) {
		return of(mvc, user, expected, (request, principal, overrides) -> request);
	}

	/**
	 * From now on, asserts after every request that the state is as it was.
	 * @param state what must not change, e.g. the rows of a table
	 * @return these checks
	 */
	public Access keeping(Supplier<?> state) {
		this.state = state;
		this.before = state.get();
		return this;
	}

	/**
	 * GETs each page.
	 */
	public Access get(String... urls) throws Exception {
		for (String url : urls) {
			perform(MockMvcRequestBuilders.get(url).with(user(this.user)));
		}
		return this;
	}

	/**
	 * POSTs to each URL with no fields (a deletion, a driver's leaving).
	 */
	public Access post(String... urls) throws Exception {
		for (String url : urls) {
			perform(MockMvcRequestBuilders.post(url).with(user(this.user)).with(csrf()));
		}
		return this;
	}

	/**
	 * POSTs the test's form to a URL.
	 * @param url the URL
	 * @param overrides field, value, field, value, … replacing the form's
	 */
	public Access submit(String url, String... overrides) throws Exception {
		perform(this.form.fill(MockMvcRequestBuilders.post(url), this.user, overrides)
			.with(user(this.user))
			.with(csrf()));
		return this;
	}

	/**
	 * Sends each request the test built (its method, URL and fields).
	 */
	public Access send(MockHttpServletRequestBuilder... requests) throws Exception {
		for (MockHttpServletRequestBuilder request : requests) {
			perform(request.with(user(this.user)).with(csrf()));
		}
		return this;
	}

	private void perform(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request).andExpect(this.expected);
		assertThat(this.state.get()).as("nothing changed").isEqualTo(this.before);
	}

	/**
	 * A test's form: its fields, some replaced, on a request.
	 */
	@FunctionalInterface
	public interface Form {

		MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, AccountPrincipal user,
				String... overrides);

	}

}
