package jp.kyogikai.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.SqlStatements;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static jp.kyogikai.application.ApplicationFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff list: 20 applications per page in a stable order (latest submission first,
 * then the highest id), the filters by status, operator and type, the counts per status,
 * and as many SQL statements for 60 applications as for 21 (a page of 20 and a second
 * page either way; the count query is skipped when everything fits on the first page).
 */
@IntegrationTest
class ApplicationStaffListTests {

	private static final Pattern LINK = Pattern.compile("href=\"/applications/(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	SqlStatements statements;

	Tenant tenant;

	long first;

	long second;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.first = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 いちばん");
		this.second = Registries.operator(this.operators, this.tenant, "社会福祉法人 にばん");
	}

	@AfterEach
	void cleanUp() {
		ApplicationFixtures.cleanUp(this.jdbc, this.tenant.municipality().getId());
	}

	@Test
	void twentyPerPageNewestSubmissionFirstInAStableOrder() throws Exception {
		List<Long> expected = new ArrayList<>();
		OffsetDateTime base = OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
		for (int i = 0; i < 45; i++) {
			// every third pair shares its submission time: the id decides their order
			expected.add(insert(this.first, "FARE_CHANGE", "SUBMITTED", base.plusHours(i / 2)));
		}
		expected.sort((a, b) -> {
			int byTime = Long.compare(hours(b), hours(a));
			return (byTime != 0) ? byTime : Long.compare(b, a);
		});
		List<Long> shown = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			String html = this.mvc.perform(get(STAFF).param("page", Integer.toString(page)).with(user(staff())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Long> ids = ids(html);
			assertThat(ids).hasSize((page < 2) ? 20 : 5);
			assertThat(html).contains((page + 1) + " / 3ページ（全45件）");
			shown.addAll(ids);
		}
		assertThat(shown).containsExactlyElementsOf(expected);
		this.mvc.perform(get(STAFF).param("page", "-3").with(user(staff())))
			.andExpect(content().string(containsString("1 / 3ページ（全45件）")));
	}

	@Test
	void filtersByStatusOperatorAndTypeAndCountsPerStatus() throws Exception {
		OffsetDateTime at = OffsetDateTime.of(2025, 7, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
		long a = insert(this.first, "FARE_CHANGE", "SUBMITTED", at);
		long b = insert(this.first, "RENEWAL", "RECEIVED", at.plusDays(1));
		long c = insert(this.second, "FARE_CHANGE", "RECEIVED", at.plusDays(2));
		long d = insert(this.second, "NEW", "RETURNED", at.plusDays(3));
		long draft = insert(this.second, "FARE_CHANGE", "DRAFT", null);
		assertThat(ids(page(""))).containsExactly(d, c, b, a);
		assertThat(ids(page("status=RECEIVED"))).containsExactly(c, b);
		assertThat(ids(page("operatorId=" + this.second))).containsExactly(d, c);
		assertThat(ids(page("type=FARE_CHANGE"))).containsExactly(c, a);
		assertThat(ids(page("status=RECEIVED&type=FARE_CHANGE&operatorId=" + this.second))).containsExactly(c);
		assertThat(ids(page("status=DECIDED"))).isEmpty();
		assertThat(ids(page(""))).doesNotContain(draft);
		String html = page("status=RECEIVED");
		assertThat(html)
			.contains("すべて（4件）", "受付済み（2件）", "提出済み（受付待ち）（1件）", "差戻し（1件）", "協議済み（0件）", "特定非営利活動法人 いちばん", "社会福祉法人 にばん")
			.doesNotContain("下書き（");
		assertThat(page("status=DECIDED")).contains("該当する申請はありません。");
		this.mvc.perform(get("/").with(user(staff())))
			.andExpect(content().string(allOf(containsString("受付待ちの申請：1件"), containsString("差戻し中の申請：1件"),
					containsString("受付済み（議題待ち）の申請：2件"))));
		this.mvc.perform(get(STAFF).param("status", "NOPE").with(user(staff()))).andExpect(status().isBadRequest());
	}

	@Test
	void theListSendsAsManyStatementsForManyApplicationsAsForAFew() throws Exception {
		OffsetDateTime at = OffsetDateTime.of(2025, 8, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
		for (int i = 0; i < 21; i++) {
			insert((i % 2 == 0) ? this.first : this.second, "FARE_CHANGE", "SUBMITTED", at.plusMinutes(i));
		}
		int few = count();
		for (int i = 21; i < 60; i++) {
			insert((i % 2 == 0) ? this.first : this.second, (i % 3 == 0) ? "RENEWAL" : "FARE_CHANGE",
					(i % 4 == 0) ? "RECEIVED" : "SUBMITTED", at.plusMinutes(i));
		}
		int many = count();
		System.out.printf("SQL statements for the application list: 21 applications %d, 60 applications %d%n", few,
				many);
		assertThat(many).isEqualTo(few);
		assertThat(many).isLessThan(15);
	}

	private int count() throws Exception {
		AccountPrincipal staff = staff();
		this.statements.reset();
		this.mvc.perform(get(STAFF).with(user(staff))).andExpect(status().isOk());
		return this.statements.count();
	}

	private String page(String query) throws Exception {
		return this.mvc.perform(get(STAFF + "?" + query).with(user(staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private AccountPrincipal staff() {
		return this.tenant.staff();
	}

	private long insert(long operatorId, String type, String status, OffsetDateTime submittedAt) {
		return this.jdbc.sql("""
				insert into application (municipality_id, operator_id, type, procedure, status, reason, submitted_at,
				  created_by, created_at, updated_by, updated_at)
				values (:m, :o, :type, 'DELIBERATION', :status, '理由', :submitted, 'test', now(), 'test', now())
				returning id
				""")
			.param("m", this.tenant.municipality().getId())
			.param("o", operatorId)
			.param("type", type)
			.param("status", status)
			.param("submitted", submittedAt)
			.query(Long.class)
			.single();
	}

	private long hours(long id) {
		return this.jdbc.sql("select extract(epoch from submitted_at)::bigint from application where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static List<Long> ids(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

}
