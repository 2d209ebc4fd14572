package jp.kyogikai.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Access;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccidentControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	Fixtures fixtures;

	long nonbiri;

	AccountPrincipal staff;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.jdbc, this.users);
		this.nonbiri = this.fixtures.nonbiri();
		this.staff = this.fixtures.principal("staff");
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.cleanUp();
	}

	@Test
	void staffRecordEditAndDeleteAnAccidentNamingAVehicleAndADriver() throws Exception {
		long vehicle = this.fixtures.vehicle(this.nonbiri, "松本500あ9001");
		long driver = this.fixtures.driver(this.nonbiri, "事故 太郎");
		long before = this.fixtures.count("accident", this.nonbiri);
		this.mvc.perform(get("/operators/{id}", this.nonbiri).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("/operators/" + this.nonbiri + "/accidents"),
					containsString("事故・苦情・行政処分"), containsString(before + "件（うち重大事故 0件）"))));
		this.mvc.perform(get("/operators/{id}/accidents/new", this.nonbiri).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("発生場所"), containsString("松本500あ9001"),
					containsString("事故 太郎"), containsString("重大事故に当たる"), not(containsString("??")))));
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "vehicleId",
					String.valueOf(vehicle), "driverId", String.valueOf(driver)))
			.andExpect(redirectedUrl("/operators/" + this.nonbiri + "/accidents"))
			.andExpect(flash().attribute("flashMessage", "flash.accident.added"));
		long id = this.fixtures.id("accident", this.nonbiri, "place", "佐久市岩村田 交差点");
		assertThat(this.fixtures.text("accident", id, "vehicle_id")).isEqualTo(String.valueOf(vehicle));
		assertThat(this.fixtures.text("accident", id, "entered_by_operator")).isEqualTo("false");
		this.mvc.perform(get("/operators/{id}/accidents", this.nonbiri).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("令和8年6月1日"), containsString("佐久市岩村田 交差点"),
					containsString("松本500あ9001"), containsString("事故 太郎"), containsString("後退時に電柱に接触"),
					containsString("被害：人的被害なし"), containsString("報告不要"), not(containsString("??")))));
		this.mvc.perform(get("/operators/{id}/accidents/{a}/edit", this.nonbiri, id).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("後退時に電柱に接触")));
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/{a}/edit", this.nonbiri, id), this.staff, "measures",
					"後退時は必ず誘導員を付ける。", "version", "0"))
			.andExpect(redirectedUrl("/operators/" + this.nonbiri + "/accidents"));
		assertThat(this.fixtures.text("accident", id, "measures")).isEqualTo("後退時は必ず誘導員を付ける。");
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/{a}/edit", this.nonbiri, id), this.staff, "measures",
					"古い画面から", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(this.fixtures.text("accident", id, "measures")).isEqualTo("後退時は必ず誘導員を付ける。");
		this.mvc.perform(get("/operators/{id}/accidents/{a}/delete", this.nonbiri, id).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("事故の記録の削除"), containsString("令和8年6月1日"), containsString("後退時に電柱に接触"),
						containsString("/operators/" + this.nonbiri + "/accidents/" + id + "/delete"))));
		assertThat(this.fixtures.count("accident", this.nonbiri)).isEqualTo(before + 1);
		this.mvc
			.perform(post("/operators/{id}/accidents/{a}/delete", this.nonbiri, id).with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.nonbiri + "/accidents"))
			.andExpect(flash().attribute("flashMessage", "flash.accident.deleted"));
		assertThat(this.fixtures.count("accident", this.nonbiri)).isEqualTo(before);
		assertThat(this.fixtures.audits("accident", id)).isEqualTo(3);
	}

	@Test
	void invalidInputIsShownInJapaneseAndNothingIsSaved() throws Exception {
		long before = this.fixtures.count("accident", this.nonbiri);
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "place", "",
					"description", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("発生場所を入力してください。"), containsString("事故の概要を入力してください。"),
					not(containsString("??")))));
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "occurredOn",
					LocalDate.now(Kyogikai.ZONE).plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("発生日に今日より後の日付は入力できません。")));
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "serious", "true",
					"reportedOn", "2026-05-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("運輸支局へ報告した日は発生日以降の日付にしてください。")));
		this.mvc.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "occurredOn", "昨日"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("発生日は日付（例：2025-07-17）で入力してください。")));
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "description",
					"あ".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("事故の概要は2,000文字以内で入力してください。")));
		assertThat(this.fixtures.count("accident", this.nonbiri)).isEqualTo(before);
	}

	@Test
	void aVehicleOrDriverOfAnotherOperatorIsRefused() throws Exception {
		long tantoVehicle = this.fixtures.vehicle(this.fixtures.tanto(), "松本500た0001");
		long tantoDriver = this.fixtures.driver(this.fixtures.tanto(), "他社 次郎");
		long before = this.fixtures.count("accident", this.nonbiri);
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "vehicleId",
					String.valueOf(tantoVehicle)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("選んだ車両はこの運送主体に登録されていません。"), not(containsString("松本500た0001")))));
		this.mvc
			.perform(accident(post("/operator-portal/accidents/new"), this.fixtures.principal("nonbiri"), "driverId",
					String.valueOf(tantoDriver)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("選んだ運転者はこの運送主体に登録されていません。"), not(containsString("他社 次郎")))));
		assertThat(this.fixtures.count("accident", this.nonbiri)).isEqualTo(before);
	}

	@Test
	void anotherOperatorGets403OnStaffPagesAnd404InItsPortalAndNothingChanges() throws Exception {
		this.mvc.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff))
			.andExpect(status().is3xxRedirection());
		long id = this.fixtures.id("accident", this.nonbiri, "place", "佐久市岩村田 交差点");
		long before = this.fixtures.count("accident", this.nonbiri);
		AccountPrincipal tanto = this.fixtures.principal("tanto");
		String base = "/operators/" + this.nonbiri + "/accidents";
		String record = base + "/" + id;
		Access.of(this.mvc, tanto, status().isForbidden(), this::accident)
			.keeping(() -> this.fixtures.rows("accident", this.nonbiri))
			.get(base, base + "/new", record + "/edit", record + "/delete")
			.submit(base + "/new", "place", "乗っ取り")
			.submit(record + "/edit", "place", "乗っ取り", "version", "0")
			.post(record + "/delete");
		String portal = "/operator-portal/accidents/" + id;
		Access.of(this.mvc, tanto, status().isNotFound(), this::accident)
			.keeping(() -> this.fixtures.rows("accident", this.nonbiri))
			.get(portal + "/edit", portal + "/delete")
			.submit(portal + "/edit", "place", "乗っ取り", "version", "0")
			.post(portal + "/delete");
		this.mvc.perform(get("/operator-portal/accidents").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("佐久市岩村田 交差点")), not(containsString("佐久総合病院")))));
		this.mvc
			.perform(post(base + "/new").param("occurredOn", "2026-06-01")
				.param("place", "乗っ取り")
				.param("description", "CSRFトークンなし")
				.with(user(this.staff)))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.count("accident", this.nonbiri)).isEqualTo(before);
		assertThat(this.fixtures.text("accident", id, "place")).isEqualTo("佐久市岩村田 交差点");
		assertThat(this.jdbc.sql("select count(*) from accident where place = '乗っ取り'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anotherMunicipalitysStaffGet404AndNothingChanges() throws Exception {
		this.mvc.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff))
			.andExpect(status().is3xxRedirection());
		long id = this.fixtures.id("accident", this.nonbiri, "place", "佐久市岩村田 交差点");
		long before = this.fixtures.count("accident", this.nonbiri);
		AccountPrincipal staff2 = this.fixtures.principal("staff2");
		String base = "/operators/" + this.nonbiri + "/accidents";
		String record = base + "/" + id;
		Access.of(this.mvc, staff2, status().isNotFound(), this::accident)
			.keeping(() -> this.fixtures.rows("accident", this.nonbiri))
			.get(base, base + "/new", record + "/edit", record + "/delete")
			.submit(base + "/new")
			.submit(record + "/edit", "place", "小諸", "version", "0")
			.post(record + "/delete");
		this.mvc.perform(get("/operators/{id}/accidents", this.nonbiri).with(user(this.fixtures.principal("member"))))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.count("accident", this.nonbiri)).isEqualTo(before);
		assertThat(this.fixtures.text("accident", id, "place")).isEqualTo("佐久市岩村田 交差点");
	}

	@Test
	void anOperatorReportsItsOwnAccidentsAndMayNotChangeThoseStaffEntered() throws Exception {
		AccountPrincipal own = this.fixtures.principal("nonbiri");
		this.mvc.perform(get("/").with(user(own)))
			.andExpect(content().string(allOf(containsString("/operator-portal/accidents"),
					containsString("/operator-portal/complaints"))));
		this.mvc.perform(get("/operator-portal/operator").with(user(own)))
			.andExpect(content().string(allOf(containsString("/operator-portal/accidents"),
					not(containsString("/administrative-actions")))));
		this.mvc.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "place", "事務局の記録"))
			.andExpect(status().is3xxRedirection());
		long byStaff = this.fixtures.id("accident", this.nonbiri, "place", "事務局の記録");
		this.mvc.perform(get("/operator-portal/accidents/new").with(user(own))).andExpect(status().isOk());
		this.mvc.perform(accident(post("/operator-portal/accidents/new"), own, "place", "運送主体の記録"))
			.andExpect(redirectedUrl("/operator-portal/accidents"));
		long byOperator = this.fixtures.id("accident", this.nonbiri, "place", "運送主体の記録");
		assertThat(this.fixtures.text("accident", byOperator, "entered_by_operator")).isEqualTo("true");
		this.mvc.perform(get("/operator-portal/accidents").with(user(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("運送主体の記録"), containsString("事務局の記録"),
					containsString("事務局が記録"), containsString("/operator-portal/accidents/" + byOperator + "/edit"),
					not(containsString("/operator-portal/accidents/" + byStaff + "/edit")),
					not(containsString("/operators/")), not(containsString("??")))));
		this.mvc
			.perform(accident(post("/operator-portal/accidents/{a}/edit", byOperator), own, "outcome", "運転者が軽傷",
					"version", "0"))
			.andExpect(redirectedUrl("/operator-portal/accidents"));
		assertThat(this.fixtures.text("accident", byOperator, "outcome")).isEqualTo("運転者が軽傷");
		this.mvc.perform(get("/operator-portal/accidents/{a}/edit", byStaff).with(user(own)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(accident(post("/operator-portal/accidents/{a}/edit", byStaff), own, "serious", "false", "place",
					"書き換え", "version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/operator-portal/accidents/{a}/delete", byStaff).with(user(own)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.text("accident", byStaff, "place")).isEqualTo("事務局の記録");
		this.mvc.perform(get("/operator-portal/accidents/{a}/delete", byOperator).with(user(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/operator-portal/accidents/" + byOperator + "/delete")));
		this.mvc.perform(post("/operator-portal/accidents/{a}/delete", byOperator).with(user(own)).with(csrf()))
			.andExpect(redirectedUrl("/operator-portal/accidents"));
		assertThat(this.jdbc.sql("select count(*) from accident where id = :id")
			.param("id", byOperator)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/operator-portal/accidents").with(user(this.staff))).andExpect(status().isForbidden());
	}

	@Test
	void aSeriousAccidentShowsWhenItsReportIsDue() throws Exception {
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "serious", "true",
					"place", "未報告の交差点"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(accident(post("/operators/{id}/accidents/new", this.nonbiri), this.staff, "serious", "true",
					"place", "報告済みの交差点", "reportedOn", "2026-06-20"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/accidents", this.nonbiri).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("重大事故"), containsString("未報告（期限令和8年7月1日を過ぎています）"),
					containsString("令和8年6月20日に報告"))));
	}

	private MockHttpServletRequestBuilder accident(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("occurredOn", "2026-06-01");
		fields.put("place", "佐久市岩村田 交差点");
		fields.put("description", "後退時に電柱に接触した。");
		fields.put("outcome", "人的被害なし。リアバンパーに傷。");
		fields.put("serious", "false");
		fields.put("version", "0");
		return Registries.form(request, principal, fields, overrides);
	}

}
