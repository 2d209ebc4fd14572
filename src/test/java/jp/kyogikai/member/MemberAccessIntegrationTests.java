package jp.kyogikai.member;

import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo roster, and who may read which council's roster and member pages.
 */
@IntegrationTest
class MemberAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long saku;

	long komoro;

	long sakuMember;

	@BeforeEach
	void setUp() {
		this.saku = DemoCouncils.id(this.jdbc, DemoCouncils.SAKU);
		this.komoro = DemoCouncils.id(this.jdbc, DemoCouncils.KOMORO);
		this.sakuMember = this.jdbc.sql("select member_id from appointment where council_id = :c limit 1")
			.param("c", this.saku)
			.query(Long.class)
			.single();
	}

	@Test
	void theDemoRosterShowsNineMembersInSevenCategoriesToday() throws Exception {
		this.mvc.perform(get("/councils/{id}/members", this.saku).with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("在任 9人（定数 10人以内）・選出区分 7"), containsString("会長"),
					containsString("副会長"), containsString("なかむら こういち"))));
	}

	@Test
	void theRosterOnTheSeedMeetingsDayHasTheSeedTerm() throws Exception {
		this.mvc
			.perform(get("/councils/{id}/members", this.saku).param("date", "2025-07-17")
				.with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(content().string(allOf(containsString("（任期R6.8.10～R7.8.9）"), containsString("在任 9人"),
					containsString("令和7年7月17日（木）現在"))));
	}

	@Test
	void aMemberReadsTheRosterOfItsOwnCouncil() throws Exception {
		this.mvc
			.perform(get("/member-portal/councils/{id}/roster", this.saku)
				.with(user(this.users.loadUserByUsername("member"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中村 光一")));
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("chair"))))
			.andExpect(content().string(containsString(DemoCouncils.SAKU)));
	}

	@Test
	void aMemberGets404ForAnotherCouncilsRosterAnd403ForStaffPages() throws Exception {
		this.mvc
			.perform(get("/member-portal/councils/{id}/roster", this.komoro)
				.with(user(this.users.loadUserByUsername("member"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(DemoCouncils.KOMORO))));
		this.mvc.perform(get("/councils/{id}/members", this.saku).with(user(this.users.loadUserByUsername("member"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/councils/{id}/members/{m}", this.saku, this.sakuMember)
				.with(user(this.users.loadUserByUsername("chair"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffOfAnotherMunicipalityGet404ForTheRosterAndMemberPages() throws Exception {
		var komoroStaff = this.users.loadUserByUsername("staff2");
		for (String url : new String[] { "/councils/{c}/members", "/councils/{c}/members/new",
				"/councils/{c}/members/" + this.sakuMember, "/councils/{c}/members/" + this.sakuMember + "/edit",
				"/councils/{c}/members/roster.pdf", "/councils/{c}/members/roster.csv" }) {
			this.mvc.perform(get(url, this.saku).with(user(komoroStaff))).andExpect(status().isNotFound());
		}
	}

	@Test
	void aMemberOfAnotherCouncilIsNotFoundThroughThisCouncil() throws Exception {
		this.mvc
			.perform(get("/councils/{c}/members/{m}", this.komoro, this.sakuMember)
				.with(user(this.users.loadUserByUsername("staff2"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void operatorsCannotReadRosters() throws Exception {
		this.mvc
			.perform(get("/member-portal/councils/{id}/roster", this.saku)
				.with(user(this.users.loadUserByUsername("nonbiri"))))
			.andExpect(status().isForbidden());
	}

}
