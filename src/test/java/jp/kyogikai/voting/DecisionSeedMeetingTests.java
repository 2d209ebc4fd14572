package jp.kyogikai.voting;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo: with the seven members who replied 出席, the seed meeting can decide のんびり's
 * 対価の変更, which becomes 承認 with its fares agreed. The test runs in a transaction that is
 * rolled back, so the demo data (and the other tests) keep the application on the agenda.
 */
@IntegrationTest
@Transactional
class DecisionSeedMeetingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Test
	void theSeedMeetingDecidesNonbirisFareChange() throws Exception {
		long meeting = this.data.seedMeeting();
		long item = this.jdbc.sql(
				"select id from agenda_item where meeting_id = :m and kind = 'DELIBERATION' and application_id is not null")
			.param("m", meeting)
			.query(Long.class)
			.single();
		long application = this.jdbc.sql("select application_id from agenda_item where id = :i")
			.param("i", item)
			.query(Long.class)
			.single();
		long operator = this.jdbc.sql("select operator_id from application where id = :a")
			.param("a", application)
			.query(Long.class)
			.single();
		assertThat(operator).isEqualTo(this.data.nonbiri());
		assertThat(applicationStatus(application)).isEqualTo("ON_AGENDA");
		AccountPrincipal staff = this.data.principal("staff");
		String base = "/meetings/" + meeting + "/live/items/" + item;
		this.mvc.perform(get(base).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委員9人中7人出席、過半数に達しているため会議は成立")));
		// the live screen, then 開会: the meeting is held from then on
		this.mvc.perform(get("/meetings/{id}/live", meeting).with(user(staff))).andExpect(status().isOk());
		this.mvc
			.perform(post("/meetings/{id}/live/open", meeting).param("version",
					this.jdbc.sql("select version from meeting_session where meeting_id = :m")
						.param("m", meeting)
						.query(Long.class)
						.single()
						.toString())
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(base + "/decide").param("method", "CONSENT").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(applicationStatus(application)).isEqualTo("DECIDED");
		assertThat(this.jdbc.sql("select decision_outcome from application where id = :a")
			.param("a", application)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		assertThat(this.jdbc.sql("select count(*) from agreed_fare where application_id = :a")
			.param("a", application)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select counted_present from item_decision where agenda_item_id = :i")
			.param("i", item)
			.query(Integer.class)
			.single()).isEqualTo(7);
	}

	private String applicationStatus(long application) {
		return this.jdbc.sql("select status from application where id = :a")
			.param("a", application)
			.query(String.class)
			.single();
	}

}
