package jp.kyogikai.security;

import java.util.stream.Stream;

import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff of 小諸市 (municipality B) reach nothing of 佐久市's council (municipality A), and
 * nothing changes when they try.
 */
@IntegrationTest
class TenantIsolationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long sakuCouncil;

	long sakuCategory;

	UserDetails komoroStaff;

	@BeforeEach
	void setUp() {
		this.sakuCouncil = DemoCouncils.id(this.jdbc, DemoCouncils.SAKU);
		this.sakuCategory = this.jdbc.sql("select min(id) from member_category where council_id = :id")
			.param("id", this.sakuCouncil)
			.query(Long.class)
			.single();
		this.komoroStaff = this.users.loadUserByUsername("staff2");
	}

	static Stream<String> readUrls() {
		return Stream.of("/councils/{c}", "/councils/{c}/edit", "/councils/{c}/charter/edit",
				"/councils/{c}/charter/history", "/councils/{c}/categories", "/councils/{c}/categories/{k}/edit");
	}

	@ParameterizedTest
	@MethodSource("readUrls")
	void everyPageOfAnotherMunicipalitysCouncilIsNotFound(String template) throws Exception {
		this.mvc.perform(get(url(template)).with(user(this.komoroStaff)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(DemoCouncils.SAKU))));
	}

	static Stream<String> writeUrls() {
		return Stream.of("/councils/{c}", "/councils/{c}/charter", "/councils/{c}/categories",
				"/councils/{c}/categories/{k}", "/councils/{c}/categories/{k}/move",
				"/councils/{c}/categories/{k}/delete");
	}

	@ParameterizedTest
	@MethodSource("writeUrls")
	void everyChangeToAnotherMunicipalitysCouncilIsNotFoundAndChangesNothing(String template) throws Exception {
		String before = snapshot();
		MockHttpServletRequestBuilder request = post(url(template)).with(user(this.komoroStaff))
			.with(csrf())
			.param("name", "乗っ取り")
			.param("type", "OPERATING_COUNCIL")
			.param("secretariatDepartment", "不正")
			.param("transportKinds", "WELFARE")
			.param("maxMembers", "3")
			.param("termMonths", "12")
			.param("quorumRule", "MAJORITY")
			.param("decisionRule", "UNANIMOUS")
			.param("decisionBase", "VOTES_CAST")
			.param("tieBreak", "REJECTED")
			.param("proxyPolicy", "NOT_ALLOWED")
			.param("insuranceMinPerPerson", "80000000")
			.param("insuranceMinProperty", "2000000")
			.param("proposalDeadlineMonths", "2")
			.param("discussionDeadlineMonths", "4")
			.param("direction", "up")
			.param("version", "0");
		this.mvc.perform(request).andExpect(status().isNotFound());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theCouncilListShowsOnlyTheirOwnMunicipalitysCouncils() throws Exception {
		this.mvc.perform(get("/councils").with(user(this.komoroStaff)))
			.andExpect(content().string(containsString(DemoCouncils.KOMORO)))
			.andExpect(content().string(not(containsString(DemoCouncils.SAKU))));
	}

	@Test
	void theAdministratorSeesEveryMunicipalitysCouncils() throws Exception {
		this.mvc.perform(get("/councils").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString(DemoCouncils.KOMORO)))
			.andExpect(content().string(containsString(DemoCouncils.SAKU)));
	}

	private String url(String template) {
		return template.replace("{c}", Long.toString(this.sakuCouncil))
			.replace("{k}", Long.toString(this.sakuCategory));
	}

	private String snapshot() {
		return this.jdbc.sql("""
				select c.name || c.version || ch.version || ch.max_members || ch.decision_rule
				       || (select string_agg(k.name || k.version || k.sort_order, ',' order by k.id)
				           from member_category k where k.council_id = c.id)
				from council c join charter ch on ch.council_id = c.id where c.id = :id
				""").param("id", this.sakuCouncil).query(String.class).single();
	}

}
