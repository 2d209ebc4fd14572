package jp.kyogikai.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.kyogikai.compliance.ComplianceReport;
import jp.kyogikai.compliance.ComplianceService;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.operator.OperatorType;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The period a renewal would get follows the serious accidents, improvement orders and
 * suspensions recorded within the current registration period (R7.4.1～R10.3.31 here).
 */
@IntegrationTest
class RenewalPeriodIntegrationTests {

	static final String THREE_YEARS = "令和10年4月1日～令和13年3月31日";

	static final String TWO_YEARS = "令和10年4月1日～令和12年3月31日";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	ComplianceService compliance;

	Fixtures fixtures;

	Tenant tenant;

	long operatorId;

	AccountPrincipal operatorUser;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.jdbc, this.users);
		this.tenant = this.tenants.create();
		this.operatorId = this.operators
			.save(new Operator(this.tenant.municipality().getId(), "特定非営利活動法人 更新テスト", OperatorType.NPO, null,
					LocalDate.of(2028, 3, 31)))
			.getId();
		this.jdbc.sql("update operator set valid_from = date '2025-04-01' where id = :id")
			.param("id", this.operatorId)
			.update();
		this.operatorUser = new AccountPrincipal(-1, "renewal-test", null, "更新 担当", Role.OPERATOR, null,
				this.operatorId, null, "特定非営利活動法人 更新テスト", true);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.cleanUp();
	}

	@Test
	void aSeriousAccidentWithinThePeriodMakesTheRenewalTwoYears() throws Exception {
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(THREE_YEARS), containsString("（3年）"),
					containsString("判断の対象：現在の登録期間（令和7年4月1日～令和10年3月31日）の記録"),
					containsString("この期間に重大事故・改善命令・業務停止の記録はありません。"), not(containsString("??")))));
		this.mvc.perform(accident(this.tenant.staff(), "occurredOn", "2026-05-01", "serious", "false"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(accident(this.tenant.staff(), "occurredOn", "2025-03-31", "serious", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content()
				.string(allOf(containsString(THREE_YEARS), containsString("（3年）"), containsString("2件（うち重大事故 1件）"))));
		assertThat(accidentRow().status()).isEqualTo(ComplianceReport.Status.OK);
		assertThat(texts(accidentRow().reasons())).containsExactly("事故1件（重大事故なし）");

		this.mvc
			.perform(accident(this.tenant.staff(), "occurredOn", "2026-08-20", "serious", "true", "place",
					"佐久市長土呂 国道141号"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString(TWO_YEARS), containsString("（2年）"),
					containsString("この期間に次の記録があるため、更新後の有効期間は2年です"), containsString("重大事故（令和8年8月20日）"),
					not(containsString("重大事故（令和7年3月31日）")), not(containsString(THREE_YEARS)))));
		this.mvc.perform(get("/operator-portal/operator").with(user(this.operatorUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(TWO_YEARS), containsString("重大事故（令和8年8月20日）"))));
		ComplianceReport.Row row = accidentRow();
		assertThat(row.status()).isEqualTo(ComplianceReport.Status.WARN);
		assertThat(texts(row.reasons())).containsExactly("重大事故：令和8年8月20日　佐久市長土呂 国道141号",
				"運輸支局への事故報告が記録されていません（期限：令和8年9月19日）。", "このほかの事故：1件", "更新登録の有効期間は2年になります（令和10年4月1日～令和12年3月31日）。");
		this.mvc.perform(get("/operators/{id}/compliance", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content()
				.string(allOf(containsString("事故・苦情・行政処分"), containsString("重大事故：令和8年8月20日"), containsString("要注意"))));

		long serious = this.fixtures.id("accident", this.operatorId, "place", "佐久市長土呂 国道141号");
		this.mvc
			.perform(post("/operators/{id}/accidents/{a}/delete", this.operatorId, serious)
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString(THREE_YEARS), not(containsString(TWO_YEARS)))));
	}

	@Test
	void anOperatorReportingItsOwnSeriousAccidentSeesTheShorterRenewal() throws Exception {
		this.mvc.perform(accident(post("/operator-portal/accidents/new"), this.operatorUser, "serious", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString(TWO_YEARS), containsString("重大事故（令和8年6月1日）"))));
	}

	@Test
	void anImprovementOrderOrASuspensionMakesTheRenewalTwoYears() throws Exception {
		this.mvc.perform(action("kind", "IMPROVEMENT_ORDER", "actedOn", "2026-02-01"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content()
				.string(allOf(containsString(TWO_YEARS), containsString("改善命令（令和8年2月1日）"), containsString("1件"))));
		ComplianceReport.Row row = row("行政処分（現在の登録期間）");
		assertThat(row.status()).isEqualTo(ComplianceReport.Status.WARN);
		assertThat(texts(row.reasons())).first().isEqualTo("改善命令：令和8年2月1日　運行管理体制の改善を命ずる。");
		this.jdbc.sql("update administrative_action set kind = 'SUSPENSION' where operator_id = :id")
			.param("id", this.operatorId)
			.update();
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString(TWO_YEARS), containsString("業務停止（令和8年2月1日）"))));
	}

	@Test
	void actionsAndAccidentsOutsideThePeriodDoNotCount() throws Exception {
		this.mvc.perform(action("actedOn", "2025-03-31")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString(THREE_YEARS), not(containsString("改善命令（")))));
		assertThat(row("行政処分（現在の登録期間）").status()).isEqualTo(ComplianceReport.Status.OK);
	}

	@Test
	void withoutTheFirstDayEveryRecordUpToTheExpiryCounts() throws Exception {
		this.jdbc.sql("update operator set valid_from = null where id = :id").param("id", this.operatorId).update();
		this.mvc.perform(accident(this.tenant.staff(), "occurredOn", "2020-01-15", "serious", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString(TWO_YEARS), containsString("重大事故（令和2年1月15日）"),
					containsString("判断の対象：令和10年3月31日までのすべての記録（有効期間の開始日が未設定のため）"))));
	}

	@Test
	void aCleanOperatorCooperationRenewalIsFiveYearsAndTwoAfterASeriousAccident() throws Exception {
		this.jdbc.sql("update operator set operator_cooperation = true, cooperation_partner = '佐久交通' where id = :id")
			.param("id", this.operatorId)
			.update();
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("令和10年4月1日～令和15年3月31日"), containsString("（5年）"))));
		this.mvc.perform(accident(this.tenant.staff(), "serious", "true")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString(TWO_YEARS), containsString("（2年）"))));
	}

	private String text(MessageSourceResolvable message) {
		return this.messages.getMessage(message, Locale.JAPAN);
	}

	private List<String> texts(List<? extends MessageSourceResolvable> messages) {
		return messages.stream().map(this::text).toList();
	}

	private ComplianceReport.Row accidentRow() {
		return row("事故（現在の登録期間）");
	}

	private ComplianceReport.Row row(String item) {
		return this.compliance.check(this.operatorId, this.tenant.staff())
			.sections()
			.stream()
			.filter((section) -> text(section.title()).equals("事故・苦情・行政処分"))
			.flatMap((section) -> section.rows().stream())
			.filter((row) -> text(row.item()).equals(item))
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletRequestBuilder accident(AccountPrincipal principal, String... overrides) {
		return accident(post("/operators/{id}/accidents/new", this.operatorId), principal, overrides);
	}

	private MockHttpServletRequestBuilder accident(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("occurredOn", "2026-06-01");
		fields.put("place", "佐久市岩村田");
		fields.put("description", "交差点で出会い頭に衝突した。");
		fields.put("serious", "false");
		fields.put("version", "0");
		return Registries.form(request, principal, fields, overrides);
	}

	private MockHttpServletRequestBuilder action(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "IMPROVEMENT_ORDER");
		fields.put("actedOn", "2026-02-01");
		fields.put("authority", "北陸信越運輸局長");
		fields.put("summary", "運行管理体制の改善を命ずる。");
		fields.put("version", "0");
		return Registries.form(post("/operators/{id}/administrative-actions/new", this.operatorId), this.tenant.staff(),
				fields, overrides);
	}

}
