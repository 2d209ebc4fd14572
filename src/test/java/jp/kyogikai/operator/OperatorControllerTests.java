package jp.kyogikai.operator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OperatorControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OperatorRepository operators;

	@Autowired
	TestData data;

	Tenant tenant;

	long operatorId;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operatorId = this.operators
			.save(new Operator(this.tenant.municipality().getId(), "特定非営利活動法人 テスト", OperatorType.NPO, "テスト福第１号",
					LocalDate.of(2027, 3, 31)))
			.getId();
	}

	@Test
	void staffSeeTheirOperatorsRecordWithTheRenewalPeriod() throws Exception {
		long nonbiri = demoOperator("特定非営利活動法人 のんびり");
		this.mvc.perform(get("/operators").with(user(this.data.principal("staff"))))
			.andExpect(content().string(containsString("/operators/" + nonbiri)));
		this.mvc.perform(get("/operators/{id}", nonbiri).with(user(this.data.principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("特定非営利活動法人 のんびり"), containsString("令和10年3月31日"),
					containsString("更新後の有効期間（見込み）"), containsString("令和10年4月1日～令和13年3月31日"), containsString("（3年）"),
					containsString("重大事故・改善命令・業務停止の記録はありません"), containsString("福祉有償運送"), containsString("事務所"),
					not(containsString("??")))));
	}

	@Test
	void staffEditTheRecordAndSeeItOnThePage() throws Exception {
		this.mvc.perform(get("/operators/{id}/edit", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("テスト福第１号"), containsString("事業者協力型"), not(containsString("??")))));
		this.mvc.perform(valid("operatorCooperation", "true", "cooperationPartner", "佐久観光タクシー株式会社"))
			.andExpect(redirectedUrl("/operators/" + this.operatorId))
			.andExpect(flash().attribute("flashMessage", "flash.operator.updated"));
		assertThat(column("representative")).isEqualTo("理事長 山田 太郎");
		assertThat(column("transport_kinds")).isEqualTo("WELFARE,TRANSPORT_GAP");
		assertThat(column("passenger_count")).isEqualTo("42");
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("理事長 山田 太郎"), containsString("交通空白地有償運送"),
					containsString("42人"), containsString("佐久観光タクシー株式会社"), containsString("令和6年4月1日"),
					// 事業者協力型: 5 years from the day after 2026-03-31
					containsString("令和8年4月1日～令和13年3月31日"))));
		long changes = this.jdbc.sql("select count(*) from operator_aud where id = :id and revtype = 1")
			.param("id", this.operatorId)
			.query(Long.class)
			.single();
		assertThat(changes).isEqualTo(1);
	}

	@Test
	void invalidInputIsShownInJapaneseAndNothingChanges() throws Exception {
		this.mvc
			.perform(valid("name", "", "passengerCount", "-1", "validFrom", "2026-04-01", "registrationExpiresOn",
					"2026-03-01", "operatorCooperation", "true", "cooperationPartner", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("operatorForm", "name", "passengerCount",
					"registrationExpiresOn", "cooperationPartner"))
			.andExpect(content().string(allOf(containsString("運送主体の名称を入力してください。"), containsString("登録旅客数は0以上にしてください。"),
					containsString("登録有効期限は有効期間の開始日以降の日付にしてください。"), containsString("協力するバス・タクシー事業者を入力してください。"),
					not(containsString("??")))));
		this.mvc.perform(valid("passengerCount", "たくさん"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登録旅客数は半角数字で入力してください。")));
		assertThat(column("name")).isEqualTo("特定非営利活動法人 テスト");
		assertThat(column("version")).isEqualTo("0");
	}

	@Test
	void aSaveFromAnOutdatedFormIsRefused() throws Exception {
		this.mvc.perform(valid("passengerCount", "10")).andExpect(status().is3xxRedirection());
		this.mvc.perform(valid("passengerCount", "20", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(column("passenger_count")).isEqualTo("10");
	}

	@Test
	void staffAddAndRemoveOffices() throws Exception {
		this.mvc
			.perform(post("/operators/{id}/offices", this.operatorId).param("name", "本部事務所")
				.param("location", "長野県佐久市中込1-1")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		this.mvc
			.perform(post("/operators/{id}/offices", this.operatorId).param("name", "")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("事務所の名称を入力してください。")));
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("本部事務所"), containsString("長野県佐久市中込1-1"))));
		long officeId = this.jdbc.sql("select id from office where operator_id = :id")
			.param("id", this.operatorId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/operators/{id}/offices/{officeId}/delete", this.operatorId, officeId)
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		assertThat(this.jdbc.sql("select count(*) from office where operator_id = :id")
			.param("id", this.operatorId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from office_aud where id = :id")
			.param("id", officeId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void staffAddAndRemoveManagers() throws Exception {
		this.mvc
			.perform(post("/operators/{id}/offices", this.operatorId).param("name", "本部事務所")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		long officeId = this.jdbc.sql("select id from office where operator_id = :id")
			.param("id", this.operatorId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/operators/{id}/managers", this.operatorId).param("name", "運行 一郎")
				.param("role", "OPERATION")
				.param("officeId", String.valueOf(officeId))
				.param("certified", "true")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId))
			.andExpect(flash().attribute("flashMessage", "flash.manager.added"));
		this.mvc
			.perform(post("/operators/{id}/managers", this.operatorId).param("name", "整備 次郎")
				.param("role", "MAINTENANCE")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		this.mvc
			.perform(post("/operators/{id}/managers", this.operatorId).param("name", "")
				.param("role", "OPERATION")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("責任者の氏名を入力してください。")));
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("運行 一郎"), containsString("運行管理の責任者"),
					containsString("運行管理者資格者証"), containsString("本部事務所"), containsString("整備 次郎"),
					containsString("整備管理の責任者"), containsString("要件を満たさない"), not(containsString("??")))));
		long managerId = this.jdbc.sql("select id from operation_manager where name = '運行 一郎'")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select qualified::text from operation_manager where id = :id")
			.param("id", managerId)
			.query(String.class)
			.single()).isEqualTo("true");
		this.mvc
			.perform(post("/operators/{id}/offices/{officeId}/delete", this.operatorId, officeId)
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		assertThat(this.jdbc.sql("select count(*) from operation_manager where office_id is null and id = :id")
			.param("id", managerId)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc
			.perform(post("/operators/{id}/managers/{managerId}/delete", this.operatorId, managerId)
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operatorId))
			.andExpect(flash().attribute("flashMessage", "flash.manager.deleted"));
		assertThat(this.jdbc.sql("select count(*) from operation_manager where operator_id = :id")
			.param("id", this.operatorId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from operation_manager_aud where id = :id")
			.param("id", managerId)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void passengerCategoriesAreSavedAndShown() throws Exception {
		this.mvc.perform(get("/operators/{id}/edit", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("旅客の範囲"), containsString("ヘ 基本チェックリスト該当者"))));
		this.mvc.perform(valid().param("passengerCategories", "PHYSICAL_DISABILITY", "CARE_NEEDED", "SUPPORT_NEEDED"))
			.andExpect(redirectedUrl("/operators/" + this.operatorId));
		assertThat(column("passenger_categories")).isEqualTo("イ,ニ,ホ");
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("旅客の範囲"), containsString("イ 身体障害者、ニ 要介護者、ホ 要支援者"))));
		this.mvc.perform(valid()).andExpect(redirectedUrl("/operators/" + this.operatorId));
		assertThat(this.jdbc.sql("select count(*) from operator where id = :id and passenger_categories is null")
			.param("id", this.operatorId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherMunicipalitysStaffGet404ForEveryOperatorUrl() throws Exception {
		AccountPrincipal staff2 = this.data.principal("staff2");
		List<Long> saku = this.jdbc.sql("""
				select o.id from operator o join municipality m on m.id = o.municipality_id where m.name = '佐久市'
				""").query(Long.class).list();
		assertThat(saku).hasSize(5);
		for (long id : saku) {
			this.mvc.perform(get("/operators/{id}", id).with(user(staff2))).andExpect(status().isNotFound());
			this.mvc.perform(get("/operators/{id}/edit", id).with(user(staff2))).andExpect(status().isNotFound());
			this.mvc
				.perform(post("/operators/{id}", id).param("name", "乗っ取り")
					.param("operatorType", "NPO")
					.param("transportKinds", "WELFARE")
					.param("version", "0")
					.with(user(staff2))
					.with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/operators/{id}/offices", id).param("name", "乗っ取り").with(user(staff2)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/operators/{id}/offices/{officeId}/delete", id, 1).with(user(staff2)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/operators/{id}/managers", id).param("name", "乗っ取り")
					.param("role", "OPERATION")
					.with(user(staff2))
					.with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/operators/{id}/managers/{managerId}/delete", id, 1).with(user(staff2)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/operators/{id}", this.operatorId).with(user(this.data.principal("staff"))))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from operator where name = '乗っ取り'").query(Long.class).single())
			.isZero();
		assertThat(
				this.jdbc.sql("select count(*) from operation_manager where name = '乗っ取り'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anOperatorUserSeesItsOwnRecordReadOnlyAndNoStaffPages() throws Exception {
		AccountPrincipal nonbiri = this.data.principal("nonbiri");
		long own = demoOperator("特定非営利活動法人 のんびり");
		this.mvc.perform(get("/").with(user(nonbiri)))
			.andExpect(content().string(containsString("/operator-portal/operator")));
		this.mvc.perform(get("/operator-portal/operator").with(user(nonbiri)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("特定非営利活動法人 のんびり"), containsString("令和10年4月1日～令和13年3月31日"),
					not(containsString("/operators/" + own + "/edit")), not(containsString("事務所を追加する")),
					not(containsString("??")))));
		this.mvc.perform(get("/operators/{id}", own).with(user(nonbiri))).andExpect(status().isForbidden());
		this.mvc.perform(get("/operators/{id}/edit", own).with(user(nonbiri))).andExpect(status().isForbidden());
		this.mvc.perform(post("/operators/{id}/offices", own).param("name", "x").with(user(nonbiri)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/operator-portal/operator").with(user(this.data.principal("staff"))))
			.andExpect(status().isForbidden());
	}

	private long demoOperator(String name) {
		return this.jdbc.sql("select id from operator where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private String column(String column) {
		return this.jdbc.sql("select " + column + "::text from operator where id = :id")
			.param("id", this.operatorId)
			.query(String.class)
			.single();
	}

	/**
	 * A complete, valid form for the test operator, with some fields replaced.
	 * @param overrides field names and values, in pairs
	 */
	private MockHttpServletRequestBuilder valid(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "特定非営利活動法人 テスト");
		fields.put("operatorType", "NPO");
		fields.put("representative", "理事長 山田 太郎");
		fields.put("address", "長野県佐久市中込1-1");
		fields.put("registrationNumber", "テスト福第１号");
		fields.put("registeredOn", "2024-04-01");
		fields.put("validFrom", "2024-04-01");
		fields.put("registrationExpiresOn", "2026-03-31");
		fields.put("passengerCount", "42");
		fields.put("version", column("version"));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/operators/{id}", this.operatorId).with(user(this.tenant.staff()))
			.with(csrf());
		fields.forEach(request::param);
		request.param("transportKinds", "WELFARE", "TRANSPORT_GAP");
		return request;
	}

}
