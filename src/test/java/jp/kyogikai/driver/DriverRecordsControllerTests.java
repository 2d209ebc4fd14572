package jp.kyogikai.driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Access;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A driver's licence suspensions and 違反・事故歴 on the edit pages of staff and of the
 * operator portal: recording, the qualification they feed, validation and access.
 */
@IntegrationTest
class DriverRecordsControllerTests {

	private static final String NOT_QUALIFIED_BY_THE_RECENT_SUSPENSION = "第一種運転免許で、選任前2年以内（令和6年4月1日から令和8年4月1日まで）に免許の停止（令和6年3月3日から令和6年4月1日まで）を受けています。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	/** The test's municipality, with its staff. */
	Tenant tenant;

	/**
	 * An operator of the test's own, with empty registries (のんびり has drivers and a セダン等).
	 */
	long operator;

	@BeforeEach
	void createOperator() {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 運転者テスト");
	}

	@AfterEach
	void cleanUp() {
		String drivers = "select id from driver where operator_id = :o or (operator_id = :t and name = '佐藤 花子')";
		for (String table : List.of("driver_suspension", "driver_violation")) {
			this.jdbc.sql("delete from " + table + " where driver_id in (" + drivers + ")")
				.param("o", this.operator)
				.param("t", this.data.tanto())
				.update();
		}
		this.jdbc.sql("delete from driver where id in (" + drivers + ")")
			.param("o", this.operator)
			.param("t", this.data.tanto())
			.update();
	}

	@Test
	void staffRecordSuspensionsAndTheListWeighsEveryOne() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		long driverId = addDriver(operator, staff);
		String base = "/operators/" + operator + "/drivers";
		String edit = base + "/" + driverId + "/edit";
		String page = this.mvc.perform(get(edit).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("免許停止の履歴"), containsString("免許停止の記録はありません。"),
					containsString("違反・事故歴"), containsString("違反・事故の記録はありません。"),
					containsString("action=\"" + base + "/" + driverId + "/suspensions#suspensions\""),
					containsString("action=\"" + base + "/" + driverId + "/violations#violations\""),
					containsString("_csrf"), not(containsString("??")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("name=\"suspendedFrom\"", -1)).as("only the suspension form asks for a suspension")
			.hasSize(2);

		this.mvc
			.perform(post(base + "/{d}/suspensions", driverId).param("suspendedFrom", "2023-05-01")
				.param("suspendedTo", "2023-05-30")
				.param("reason", "速度超過（30km/h以上）")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl(edit + "#suspensions"))
			.andExpect(flash().attribute("flashMessage", "flash.suspension.added"));
		this.mvc.perform(get(base).with(user(staff)))
			.andExpect(content().string(allOf(containsString("要件を満たす"), not(containsString("要件を満たさない")))));

		this.mvc
			.perform(post(base + "/{d}/suspensions", driverId).param("suspendedFrom", "2024-03-03")
				.param("suspendedTo", "2024-04-01")
				.param("reason", "")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl(edit + "#suspensions"));
		this.mvc.perform(get(base).with(user(staff)))
			.andExpect(content().string(allOf(containsString("要件を満たさない"),
					containsString(NOT_QUALIFIED_BY_THE_RECENT_SUSPENSION), not(containsString("??")))));
		this.mvc.perform(get(edit).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("令和5年5月1日から令和5年5月30日まで"), containsString("速度超過（30km/h以上）"),
					containsString("令和6年3月3日から令和6年4月1日まで"), not(containsString("免許停止の記録はありません。")))));
		assertThat(
				this.jdbc.sql("select count(*) from driver_suspension where reason is null").query(Long.class).single())
			.as("a blank reason is stored as none")
			.isEqualTo(1);

		long recent = suspensionId(driverId, "2024-03-03");
		this.mvc.perform(post(base + "/{d}/suspensions/{s}/delete", driverId, recent).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl(edit + "#suspensions"))
			.andExpect(flash().attribute("flashMessage", "flash.suspension.deleted"));
		assertThat(suspensions(driverId)).isEqualTo(1);
		this.mvc.perform(get(base).with(user(staff))).andExpect(content().string(not(containsString("要件を満たさない"))));
		assertThat(this.jdbc.sql("""
				select string_agg(a.revtype || ':' || r.username, ',' order by a.rev)
				from driver_suspension_aud a join audit_revision r on r.id = a.rev where a.id = :id
				""").param("id", recent).query(String.class).single())
			.isEqualTo("0:" + staff.getUsername() + ",2:" + staff.getUsername());
	}

	@Test
	void staffRecordViolationsAndAccidents() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		long driverId = addDriver(operator, staff);
		String base = "/operators/" + operator + "/drivers";
		String edit = base + "/" + driverId + "/edit";
		this.mvc
			.perform(post(base + "/{d}/violations", driverId).param("occurredOn", "2025-11-03")
				.param("kind", "ACCIDENT")
				.param("description", " 駐車場内での接触事故 ")
				.param("points", "2")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl(edit + "#violations"))
			.andExpect(flash().attribute("flashMessage", "flash.violation.added"));
		this.mvc
			.perform(post(base + "/{d}/violations", driverId).param("occurredOn", "2024-07-17")
				.param("kind", "VIOLATION")
				.param("description", "一時不停止")
				.param("points", "")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl(edit + "#violations"));
		this.mvc.perform(get(edit).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("令和7年11月3日"), containsString("事故"),
					containsString("駐車場内での接触事故"), containsString("2点"), containsString("令和6年7月17日"),
					containsString("一時不停止"), not(containsString("違反・事故の記録はありません。")), not(containsString("??")))));
		assertThat(this.jdbc
			.sql("""
					select string_agg(kind || '|' || description || '|' || coalesce(points::text, '-'), ',' order by occurred_on)
					from driver_violation where driver_id = :d
					""")
			.param("d", driverId)
			.query(String.class)
			.single()).isEqualTo("VIOLATION|一時不停止|-,ACCIDENT|駐車場内での接触事故|2");
		this.mvc.perform(get(base).with(user(staff)))
			.andExpect(content().string(allOf(containsString("要件を満たす"), not(containsString("駐車場内での接触事故")))));

		long accident = this.jdbc.sql("select id from driver_violation where kind = 'ACCIDENT'")
			.query(Long.class)
			.single();
		this.mvc.perform(post(base + "/{d}/violations/{v}/delete", driverId, accident).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl(edit + "#violations"))
			.andExpect(flash().attribute("flashMessage", "flash.violation.deleted"));
		assertThat(violations(driverId)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from driver_violation_aud where id = :id and revtype = 2")
			.param("id", accident)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anOperatorRecordsItsOwnDriversHistoryInThePortal() throws Exception {
		long operator = this.operator;
		AccountPrincipal user = Registries.operatorUser(this.operator);
		long driverId = addDriver(operator, this.tenant.staff());
		String edit = "/operator-portal/drivers/" + driverId + "/edit";
		this.mvc.perform(get(edit).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("action=\"/operator-portal/drivers/" + driverId + "/suspensions#suspensions\""),
					containsString("action=\"/operator-portal/drivers/" + driverId + "/violations#violations\""),
					not(containsString("/operators/")))));
		this.mvc
			.perform(post("/operator-portal/drivers/{d}/suspensions", driverId).param("suspendedFrom", "2026-03-02")
				.param("suspendedTo", "2026-03-31")
				.param("reason", "酒気帯び")
				.with(user(user))
				.with(csrf()))
			.andExpect(redirectedUrl(edit + "#suspensions"));
		this.mvc
			.perform(post("/operator-portal/drivers/{d}/violations", driverId).param("occurredOn", "2026-02-01")
				.param("kind", "VIOLATION")
				.param("description", "酒気帯び運転")
				.param("points", "13")
				.with(user(user))
				.with(csrf()))
			.andExpect(redirectedUrl(edit + "#violations"));
		this.mvc.perform(get("/operator-portal/drivers").with(user(user)))
			.andExpect(content()
				.string(allOf(containsString("要件を満たさない"), containsString("免許の停止（令和8年3月2日から令和8年3月31日まで）を受けています。"))));
		this.mvc.perform(get(edit).with(user(user)))
			.andExpect(
					content().string(allOf(containsString("酒気帯び"), containsString("酒気帯び運転"), containsString("13点"))));
		long suspension = suspensionId(driverId, "2026-03-02");
		this.mvc
			.perform(post("/operator-portal/drivers/{d}/suspensions/{s}/delete", driverId, suspension).with(user(user))
				.with(csrf()))
			.andExpect(redirectedUrl(edit + "#suspensions"));
		assertThat(suspensions(driverId)).isZero();
		assertThat(this.jdbc
			.sql("select r.username from driver_suspension_aud a join audit_revision r on r.id = a.rev"
					+ " where a.id = :id and a.revtype = 2")
			.param("id", suspension)
			.query(String.class)
			.single()).isEqualTo(user.getUsername());
	}

	@Test
	void badSuspensionsAreRefusedInJapaneseAndChangeNothing() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		long driverId = addDriver(operator, staff);
		String url = "/operators/" + operator + "/drivers/" + driverId + "/suspensions";
		this.mvc
			.perform(post(url).param("suspendedFrom", "2025-06-30")
				.param("suspendedTo", "2025-06-01")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("入力内容に誤りがあります"),
					containsString("免許停止の終了日は開始日以降の日付にしてください。"), containsString("value=\"2025-06-30\""),
					containsString("value=\"松本 太郎\""), not(containsString("??")))));
		this.mvc.perform(
				post(url).param("suspendedFrom", "").param("reason", "x".repeat(201)).with(user(staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("免許停止の開始日を入力してください。"), containsString("免許停止の終了日を入力してください。"),
							containsString("免許停止の理由は200文字以内で入力してください。"), not(containsString("??")))));
		this.mvc
			.perform(post(url).param("suspendedFrom", "2025-02-30")
				.param("suspendedTo", "abc")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("免許停止の開始日は日付（例：2025-07-17）で入力してください。"),
					containsString("免許停止の終了日は日付（例：2025-07-17）で入力してください。"), not(containsString("??")))));
		this.mvc
			.perform(post(url).param("suspendedFrom", "2025-06-01")
				.param("suspendedTo", "2025-06-01")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(suspensions(driverId)).as("a one-day suspension is accepted, the bad ones are not").isEqualTo(1);
	}

	@Test
	void badViolationsAreRefusedInJapaneseAndChangeNothing() throws Exception {
		long operator = this.operator;
		AccountPrincipal user = Registries.operatorUser(this.operator);
		long driverId = addDriver(operator, this.tenant.staff());
		String url = "/operator-portal/drivers/" + driverId + "/violations";
		this.mvc
			.perform(post(url).param("occurredOn", "")
				.param("kind", "VIOLATION")
				.param("description", "  ")
				.param("points", "100")
				.with(user(user))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("違反・事故の日付を入力してください。"), containsString("違反・事故の内容を入力してください。"),
							containsString("点数は99以下にしてください。"), not(containsString("??")))));
		this.mvc
			.perform(post(url).param("occurredOn", "2025-01-01")
				.param("kind", "SPEEDING")
				.param("description", "速度超過")
				.param("points", "三")
				.with(user(user))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("区分は選択肢から選んでください。"), containsString("点数は半角数字で入力してください。"),
					not(containsString("??")))));
		this.mvc
			.perform(post(url).param("occurredOn", "2025-01-01")
				.param("kind", "VIOLATION")
				.param("description", "速度超過")
				.param("points", "-1")
				.with(user(user))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("点数は0以上にしてください。")));
		assertThat(violations(driverId)).isZero();
	}

	@Test
	void anotherOperatorGets403Or404OnTheRecordsAndNothingChanges() throws Exception {
		long operator = this.operator;
		long tantoOperator = this.data.tanto();
		AccountPrincipal staff = this.tenant.staff();
		long driverId = addDriver(operator, staff);
		long suspension = addSuspension(operator, driverId, staff, "停止の理由は秘密");
		long violation = addViolation(operator, driverId, staff, "違反の内容は秘密");
		AccountPrincipal tanto = this.data.principal("tanto");
		long tantoDriver = addDriver(tantoOperator, this.data.principal("staff"), "佐藤 花子");

		String staffBase = "/operators/" + operator + "/drivers/" + driverId;
		Access.of(this.mvc, tanto, status().isForbidden())
			.keeping(() -> records(driverId))
			.get(staffBase + "/edit")
			.send(newSuspension(post(staffBase + "/suspensions")))
			.post(staffBase + "/suspensions/" + suspension + "/delete")
			.send(newViolation(post(staffBase + "/violations")))
			.post(staffBase + "/violations/" + violation + "/delete");

		String portal = "/operator-portal/drivers/" + driverId;
		this.mvc.perform(get(portal + "/edit").with(user(tanto)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(not(containsString("停止の理由は秘密")), not(containsString("違反の内容は秘密")))));
		String ownDriver = "/operator-portal/drivers/" + tantoDriver;
		Access.of(this.mvc, tanto, status().isNotFound())
			.keeping(() -> List.of(records(driverId), records(tantoDriver)))
			.send(newSuspension(post(portal + "/suspensions")))
			.post(portal + "/suspensions/" + suspension + "/delete")
			.send(newViolation(post(portal + "/violations")))
			.post(portal + "/violations/" + violation + "/delete", ownDriver + "/suspensions/" + suspension + "/delete",
					ownDriver + "/violations/" + violation + "/delete");
		this.mvc.perform(get("/operator-portal/drivers").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("佐藤 花子"), not(containsString("松本 太郎")),
					not(containsString("停止の理由は秘密")), not(containsString("違反の内容は秘密")))));
		this.mvc.perform(get(ownDriver + "/edit").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("停止の理由は秘密")), not(containsString("違反の内容は秘密")),
					containsString("免許停止の記録はありません。"))));

		assertThat(suspensions(driverId)).isEqualTo(1);
		assertThat(violations(driverId)).isEqualTo(1);
		assertThat(suspensions(tantoDriver) + violations(tantoDriver)).isZero();
	}

	@Test
	void anotherMunicipalitysStaffGet404AndNothingChanges() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		long driverId = addDriver(operator, staff);
		long suspension = addSuspension(operator, driverId, staff, "停止の理由は秘密");
		long violation = addViolation(operator, driverId, staff, "違反の内容は秘密");
		AccountPrincipal staff2 = this.data.principal("staff2");
		String base = "/operators/" + operator + "/drivers/" + driverId;
		this.mvc.perform(get(base + "/edit").with(user(staff2)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("停止の理由は秘密"))));
		Access.of(this.mvc, staff2, status().isNotFound())
			.keeping(() -> records(driverId))
			.send(newSuspension(post(base + "/suspensions")))
			.post(base + "/suspensions/" + suspension + "/delete")
			.send(newViolation(post(base + "/violations")))
			.post(base + "/violations/" + violation + "/delete");
		assertThat(suspensions(driverId)).isEqualTo(1);
		assertThat(violations(driverId)).isEqualTo(1);
	}

	@Test
	void anonymousVisitorsAndPostsWithoutCsrfChangeNothing() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		long driverId = addDriver(operator, staff);
		long suspension = addSuspension(operator, driverId, staff, "速度超過");
		String base = "/operators/" + operator + "/drivers/" + driverId;
		this.mvc.perform(newSuspension(post(base + "/suspensions")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(newSuspension(post(base + "/suspensions")).with(user(staff)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/suspensions/" + suspension + "/delete").with(user(staff)))
			.andExpect(status().isForbidden());
		this.mvc.perform(newViolation(post(base + "/violations")).with(user(staff))).andExpect(status().isForbidden());
		this.mvc
			.perform(newSuspension(post("/operator-portal/drivers/" + driverId + "/suspensions"))
				.with(user(Registries.operatorUser(this.operator))))
			.andExpect(status().isForbidden());
		assertThat(suspensions(driverId)).isEqualTo(1);
		assertThat(violations(driverId)).isZero();
	}

	private long addDriver(long operatorId, AccountPrincipal staff) throws Exception {
		return addDriver(operatorId, staff, "松本 太郎");
	}

	private long addDriver(long operatorId, AccountPrincipal staff, String name) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("birthDate", "1960-05-05");
		fields.put("address", "松本市丸の内3-7");
		fields.put("licenceNumber", "123456789012");
		fields.put("licenceClass", "CLASS_1");
		fields.put("licenceExpiresOn", "2031-03-31");
		fields.put("welfareCourseOn", "2026-03-01");
		fields.put("appointedOn", "2026-04-01");
		fields.put("careWorker", "false");
		fields.put("version", "0");
		MockHttpServletRequestBuilder request = post("/operators/{id}/drivers/new", operatorId);
		fields.forEach(request::param);
		this.mvc.perform(request.with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select max(id) from driver where operator_id = :o")
			.param("o", operatorId)
			.query(Long.class)
			.single();
	}

	private long addSuspension(long operatorId, long driverId, AccountPrincipal staff, String reason) throws Exception {
		this.mvc
			.perform(newSuspension(post("/operators/{id}/drivers/{d}/suspensions", operatorId, driverId))
				.param("reason", reason)
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select max(id) from driver_suspension where driver_id = :d")
			.param("d", driverId)
			.query(Long.class)
			.single();
	}

	private long addViolation(long operatorId, long driverId, AccountPrincipal staff, String description)
			throws Exception {
		this.mvc
			.perform(newViolation(post("/operators/{id}/drivers/{d}/violations", operatorId, driverId))
				.param("description", description)
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select max(id) from driver_violation where driver_id = :d")
			.param("d", driverId)
			.query(Long.class)
			.single();
	}

	private static MockHttpServletRequestBuilder newSuspension(MockHttpServletRequestBuilder request) {
		return request.param("suspendedFrom", "2019-04-01").param("suspendedTo", "2019-04-30");
	}

	private static MockHttpServletRequestBuilder newViolation(MockHttpServletRequestBuilder request) {
		return request.param("occurredOn", "2019-04-01")
			.param("kind", "VIOLATION")
			.param("description", "乗っ取り")
			.param("points", "1");
	}

	private long suspensionId(long driverId, String from) {
		return this.jdbc
			.sql("select id from driver_suspension where driver_id = :d and suspended_from = cast(:f as date)")
			.param("d", driverId)
			.param("f", from)
			.query(Long.class)
			.single();
	}

	/**
	 * A driver's suspensions and violations, every column.
	 */
	private List<List<Map<String, Object>>> records(long driverId) {
		return List.of(
				this.jdbc.sql("select * from driver_suspension where driver_id = :d order by id")
					.param("d", driverId)
					.query()
					.listOfRows(),
				this.jdbc.sql("select * from driver_violation where driver_id = :d order by id")
					.param("d", driverId)
					.query()
					.listOfRows());
	}

	private long suspensions(long driverId) {
		return this.jdbc.sql("select count(*) from driver_suspension where driver_id = :d")
			.param("d", driverId)
			.query(Long.class)
			.single();
	}

	private long violations(long driverId) {
		return this.jdbc.sql("select count(*) from driver_violation where driver_id = :d")
			.param("d", driverId)
			.query(Long.class)
			.single();
	}

}
