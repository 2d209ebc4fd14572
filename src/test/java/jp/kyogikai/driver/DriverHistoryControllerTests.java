package jp.kyogikai.driver;

import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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
 * A driver's history for staff of the operator's municipality, personal data included; no
 * one else reaches it.
 */
@IntegrationTest
class DriverHistoryControllerTests {

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

	String base;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 運転者履歴");
		this.base = "/operators/" + this.operatorId + "/drivers";
	}

	@Test
	void staffSeeEveryChangeOfADriverWithThePersonalData() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		AccountPrincipal operatorUser = Registries.operatorUser(this.operatorId);
		long driver = Registries.addDriver(this.mvc, this.jdbc, "/operator-portal/drivers", operatorUser,
				this.operatorId, "佐久 花子");
		Registries.editDriver(this.mvc, this.jdbc, "/operator-portal/drivers", operatorUser, driver, "佐久 花子", "address",
				"佐久市中込3056", "licenceNumber", "998877665544", "licenceClass", "CLASS_1", "welfareCourseOn",
				"2026-05-10");
		this.mvc.perform(
				post(this.base + "/" + driver + "/leave").param("leftOn", "2026-09-30").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.base).with(user(staff)))
			.andExpect(content().string(containsString(this.base + "/" + driver + "/history")));
		this.mvc.perform(get("/operator-portal/drivers").with(user(operatorUser)))
			.andExpect(content().string(not(containsString("/history"))));

		this.mvc.perform(get(this.base + "/{d}/history", driver).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("佐久 花子"), containsString("個人情報"), containsString(operatorUser.getUsername()),
							containsString(staff.getUsername()), containsString("生年月日"), containsString("昭和35年5月5日"),
							containsString("住所"), containsString("松本市丸の内3-7"), containsString("佐久市中込3056"),
							containsString("免許証番号"), containsString("123456789012"), containsString("998877665544"),
							containsString("免許の種類"), containsString("第二種運転免許"), containsString("第一種運転免許"),
							containsString("福祉有償運送運転者講習の修了日"), containsString("令和8年5月10日"), containsString("退任日"),
							containsString("令和8年9月30日"), not(containsString("??")))));
	}

	@Test
	void noOneButTheMunicipalitysStaffReachesADriversHistory() throws Exception {
		long driver = Registries.addDriver(this.mvc, this.jdbc, this.base, this.tenant.staff(), this.operatorId,
				"小海 次郎");
		long other = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 別の運送主体");
		this.mvc.perform(get(this.base + "/{d}/history", driver).with(user(this.tenant.staff())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/operators/{o}/drivers/{d}/history", other, driver).with(user(this.tenant.staff())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/{d}/history", driver).with(user(this.data.principal("staff"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/{d}/history", driver).with(user(this.data.principal("staff2"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/{d}/history", driver).with(user(Registries.operatorUser(this.operatorId))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/{d}/history", driver).with(user(this.data.principal("tanto"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/{d}/history", driver).with(user(this.data.principal("member"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/{d}/history", driver)).andExpect(status().is3xxRedirection());
	}

}
