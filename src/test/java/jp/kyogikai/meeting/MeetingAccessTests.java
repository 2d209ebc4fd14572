package jp.kyogikai.meeting;

import java.util.List;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's seed meeting (佐久市, 令和7年7月17日) with its 次第, its iCalendar file, and who may
 * reach it: staff of 小諸市 get 404, members and operators 403, on every page and POST, and
 * nothing changes.
 */
@IntegrationTest
class MeetingAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	long meeting;

	long council;

	long item;

	@BeforeEach
	void findTheSeedMeeting() {
		this.meeting = this.data.seedMeeting();
		this.council = this.data.councilOf(this.meeting);
		this.item = this.jdbc.sql("select id from agenda_item where meeting_id = :id and kind = 'DELIBERATION'")
			.param("id", this.meeting)
			.query(Long.class)
			.single();
	}

	AccountPrincipal principal(String name) {
		return this.data.principal(name);
	}

	@Test
	void theSeedMeetingHasTheSeedsAgendaWithNonbirisFareChange() throws Exception {
		Map<String, Object> row = this.jdbc.sql("select fiscal_year, number, place, status from meeting where id = :id")
			.param("id", this.meeting)
			.query()
			.singleRow();
		assertThat(row).containsEntry("fiscal_year", 2025)
			.containsEntry("number", 1)
			.containsEntry("place", "佐久市役所 議会棟 第2委員会室")
			.containsEntry("status", "CONVENED");
		List<String> agenda = this.jdbc
			.sql("select title from agenda_item where meeting_id = :id order by position, id")
			.param("id", this.meeting)
			.query(String.class)
			.list();
		assertThat(agenda).containsExactly("開会", "資料確認", "連絡事項", "自己紹介", "会長あいさつ", "福祉有償運送について",
				"自家用有償運送事業者の旅客から收受する対価の金額変更について", "その他", "閉会");
		String application = this.jdbc.sql("""
				select a.status from application a join agenda_item i on i.application_id = a.id
				join operator o on o.id = a.operator_id
				where i.id = :item and o.name = '特定非営利活動法人 のんびり' and a.type = 'FARE_CHANGE'
				""").param("item", this.item).query(String.class).single();
		assertThat(application).isEqualTo("ON_AGENDA");
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("佐久市福祉有償運送運営協議会次第")))
			.andExpect(content().string(containsString("・資料確認")))
			.andExpect(content().string(containsString("福祉有償運送について ・・・資料No.3、4")))
			.andExpect(content().string(containsString("・特定非営利活動法人 のんびり ・・・資料No.5")));
		this.mvc.perform(get("/councils/{id}/meetings", this.council).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1回")));
	}

	@Test
	void theIcsFileNamesTheMeetingAndStaysTheSameEvent() throws Exception {
		String first = this.mvc.perform(get("/meetings/{id}.ics", this.meeting).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andExpect(header().string("Content-Type", containsString("UTF-8")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(first).contains("\r\nDTSTART:20250717T010000Z\r\n", "\r\nSUMMARY:第1回 佐久市福祉有償運送運営協議会\r\n",
				"\r\nLOCATION:佐久市役所 議会棟 第2委員会室\r\n", "\r\nUID:meeting-" + this.meeting + "@kyogikai.jp\r\n");
		this.mvc.perform(get("/meetings/{id}.ics", this.meeting).with(user(principal("staff2"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void otherMunicipalitiesGetNotFoundMembersAndOperatorsForbiddenAndNothingChanges() throws Exception {
		Map<String, Object> before = snapshot();
		for (String name : List.of("staff2", "member", "tanto", "nonbiri")) {
			int expected = name.equals("staff2") ? 404 : 403;
			AccountPrincipal who = principal(name);
			for (MockHttpServletRequestBuilder request : requests()) {
				int actual = this.mvc.perform(request.with(user(who)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(actual)
					.as(name + " "
							+ request.buildRequest(new org.springframework.mock.web.MockServletContext())
								.getRequestURI())
					.isEqualTo(expected);
			}
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private List<MockHttpServletRequestBuilder> requests() {
		long id = this.meeting;
		return List.of(get("/councils/{id}/meetings", this.council), get("/councils/{id}/meetings/new", this.council),
				post("/councils/{id}/meetings", this.council).param("date", "2025-12-01")
					.param("startTime", "10:00")
					.param("place", "x")
					.param("openness", "PUBLIC"),
				get("/meetings/{id}", id), get("/meetings/{id}.ics", id), get("/meetings/{id}/edit", id),
				post("/meetings/{id}/edit", id).param("date", "2025-12-01")
					.param("startTime", "10:00")
					.param("place", "x")
					.param("openness", "PUBLIC"),
				post("/meetings/{id}/status", id).param("to", "HELD").param("version", "0"),
				post("/meetings/{id}/items", id).param("kind", "FREE").param("title", "x"),
				get("/meetings/{id}/items/{i}/edit", id, this.item),
				post("/meetings/{id}/items/{i}/edit", id, this.item).param("kind", "DELIBERATION").param("title", "x"),
				post("/meetings/{id}/items/{i}/move", id, this.item).param("up", "true"),
				post("/meetings/{id}/items/{i}/unlink", id, this.item),
				post("/meetings/{id}/items/{i}/link", id, this.item).param("applicationId", "1"),
				post("/meetings/{id}/items/{i}/delete", id, this.item));
	}

	private Map<String, Object> snapshot() {
		return Map.of("meeting",
				this.jdbc.sql("select * from meeting where id = :id").param("id", this.meeting).query().listOfRows(),
				"items",
				this.jdbc.sql("select * from agenda_item where meeting_id = :id order by id")
					.param("id", this.meeting)
					.query()
					.listOfRows(),
				"meetings",
				this.jdbc.sql("select count(*) from meeting where council_id = :c")
					.param("c", this.council)
					.query(Long.class)
					.single(),
				"applications",
				this.jdbc.sql("select id, status, version from application order by id").query().listOfRows());
	}

}
