package jp.kyogikai.security;

import java.util.stream.Stream;

import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each URL against each role of the demo accounts.
 */
@IntegrationTest
class AccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/councils", "/councils/1", "/operators", "/anything" })
	void anonymousVisitorsAreSentToTheLoginPage(String url) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void healthIsPublicWithoutDetails() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")))
			.andExpect(content().string(not(containsString("postgres"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics" })
	void noOtherActuatorEndpointIsPublic(String url) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(url).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().is4xxClientError());
	}

	static Stream<Arguments> pagesByRole() {
		return Stream.of(Arguments.of("staff", "/councils", 200), Arguments.of("admin", "/councils", 200),
				Arguments.of("member", "/councils", 403), Arguments.of("nonbiri", "/councils", 403),
				Arguments.of("staff", "/operators", 200), Arguments.of("member", "/operators", 403),
				Arguments.of("nonbiri", "/operators", 403), Arguments.of("chair", "/councils/1", 403),
				Arguments.of("staff", "/", 200), Arguments.of("admin", "/", 200), Arguments.of("member", "/", 200),
				Arguments.of("nonbiri", "/", 200), Arguments.of("tanto", "/", 200));
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@MethodSource("pagesByRole")
	void eachRoleReachesOnlyItsPages(String username, String url, int status) throws Exception {
		this.mvc.perform(get(url).with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().is(status))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void theStaffDashboardShowsTheMunicipalityCouncilAndExpiringRegistrations() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(content().string(allOf(containsString("佐久市福祉有償運送運営協議会"), containsString("登録の有効期限"),
					containsString("社会福祉法人 山栄会"), not(containsString("小諸市地域公共交通会議")))));
	}

	@Test
	void anOperatorSeesOnlyItsOwnRecord() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("nonbiri"))))
			.andExpect(content().string(
					allOf(containsString("特定非営利活動法人 のんびり"), containsString("令和10年3月31日"), not(containsString("たんと")))));
	}

	@Test
	void staffSeeOnlyTheirOwnMunicipalitysOperators() throws Exception {
		this.mvc.perform(get("/operators").with(user(this.users.loadUserByUsername("staff2"))))
			.andExpect(content().string(allOf(containsString("あさまの風"), not(containsString("のんびり")))));
	}

	@Test
	void forbiddenPagesAreJapaneseWithoutStackTraces() throws Exception {
		this.mvc.perform(get("/councils").with(user(this.users.loadUserByUsername("member"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr("jakarta.servlet.error.status_code", 403)
				.with(user(this.users.loadUserByUsername("member"))))
			.andExpect(content().string(allOf(containsString("権限がありません"), not(containsString("Exception")),
					not(containsString("at jp.kyogikai")))));
	}

	@Test
	void unknownPagesAreJapanese404s() throws Exception {
		this.mvc.perform(get("/no-such-page").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr("jakarta.servlet.error.status_code", 404)
				.with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(content().string(allOf(containsString("ページが見つかりません"), not(containsString("Whitelabel")))));
	}

	@Test
	void responsesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
							not(containsString("unsafe-inline")), containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void aPostWithoutCsrfTokenIsRejected() throws Exception {
		String url = "/councils/" + DemoCouncils.id(this.jdbc, DemoCouncils.SAKU) + "/categories";
		this.mvc.perform(post(url).param("name", "新しい区分").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(url).param("name", "").with(user(this.users.loadUserByUsername("staff"))).with(csrf()))
			.andExpect(status().isOk());
	}

}
