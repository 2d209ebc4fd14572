package jp.kyogikai.member;

import java.nio.charset.StandardCharsets;

import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
			.andExpect(content().string(containsString("中村 光一")))
			// the menu leads a member to the meetings and the written deliberations
			.andExpect(content().string(containsString("<a href=\"/member-portal/meetings\">会議</a>")))
			.andExpect(content().string(containsString("<a href=\"/member-portal/written-deliberations\">書面協議</a>")));
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
	void staffOfAnotherMunicipalityCannotChangeAppointmentsOrImport() throws Exception {
		var komoroStaff = this.users.loadUserByUsername("staff2");
		long appointment = this.jdbc.sql("select min(id) from appointment where council_id = :c")
			.param("c", this.saku)
			.query(Long.class)
			.single();
		String before = appointmentsSnapshot();
		for (String action : new String[] { "reappoint", "end", "elect", "edit", "substitute" }) {
			this.mvc
				.perform(post("/councils/{c}/appointments/{a}/" + action, this.saku, appointment)
					.param("memberId", Long.toString(this.sakuMember))
					.param("lastDay", "2026-12-01")
					.param("reason", "x")
					.param("role", "CHAIR")
					.param("since", "2026-12-01")
					.param("categoryId", "1")
					.param("start", "2026-12-01")
					.param("name", "乗っ取り")
					.param("furigana", "のっとり")
					.param("version", "0")
					.with(user(komoroStaff))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/councils/{c}/members", this.saku).param("name", "乗っ取り")
				.param("furigana", "のっとり")
				.param("categoryId", "1")
				.param("start", "2026-12-01")
				.with(user(komoroStaff))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(multipart("/councils/{c}/members/import", this.saku)
			.file(new MockMultipartFile("file", "r.csv", "text/csv",
					"氏名,ふりがな,選出区分,任期開始\n乗っ取り,のっとり,市職員,2026-12-01\n".getBytes(StandardCharsets.UTF_8)))
			.with(user(komoroStaff))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(appointmentsSnapshot()).isEqualTo(before);
	}

	private String appointmentsSnapshot() {
		return this.jdbc
			.sql("select string_agg(id || ':' || version || ':' || coalesce(officer_role, '-'), ',' "
					+ "order by id) from appointment where council_id = :c")
			.param("c", this.saku)
			.query(String.class)
			.single();
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
