package jp.kyogikai.vehicle;

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
 * A vehicle's history for staff: who changed which field when, deleted vehicles included.
 */
@IntegrationTest
class VehicleHistoryControllerTests {

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
		this.operatorId = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 車両履歴");
		this.base = "/operators/" + this.operatorId + "/vehicles";
	}

	@Test
	void staffSeeEveryChangeOfAVehicleInJapaneseEvenAfterItIsDeleted() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		long office = Registries.addOffice(this.mvc, this.jdbc, staff, this.operatorId, "本部事務所");
		AccountPrincipal operatorUser = Registries.operatorUser(this.operatorId);
		long vehicle = Registries.addVehicle(this.mvc, this.jdbc, "/operator-portal/vehicles", operatorUser,
				this.operatorId, "長野500あ1001");
		Registries.editVehicle(this.mvc, this.jdbc, this.base, staff, vehicle, "長野500あ1001", "seats", "6",
				"perPersonUnlimited", "false", "coverPerPerson", "50000000", "officeId", Long.toString(office),
				"vehicleType", "SWIVEL_SEAT");
		this.mvc.perform(get(this.base).with(user(staff)))
			.andExpect(content().string(containsString(this.base + "/" + vehicle + "/history")));
		this.mvc.perform(get("/operator-portal/vehicles").with(user(operatorUser)))
			.andExpect(content().string(not(containsString("/history"))));
		this.mvc.perform(post(this.base + "/" + vehicle + "/delete").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(this.base + "/{v}/history", vehicle).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("長野500あ1001"), containsString("削除済み"), containsString(">登録<"),
							containsString(">変更<"), containsString(">削除<"), containsString(operatorUser.getUsername()),
							containsString(staff.getUsername()), containsString("乗車定員"), containsString("車種"),
							containsString("車いす車"), containsString("回転シート車"), containsString("対人賠償（1人につき、円）"),
							containsString("無制限"), containsString("50,000,000円"), containsString("搭乗者傷害（1人につき、円）"),
							containsString("10,000,000円"), containsString("事務所"), containsString("本部事務所"),
							containsString("車検の満了日"), containsString("令和12年3月31日"), not(containsString("??")))));
	}

	@Test
	void onlyStaffOfTheMunicipalityReachAVehiclesHistoryAndOnlyUnderItsOperator() throws Exception {
		long vehicle = Registries.addVehicle(this.mvc, this.jdbc, this.base, this.tenant.staff(), this.operatorId,
				"長野500あ1002");
		long other = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 別の運送主体");
		this.mvc.perform(get(this.base + "/{v}/history", vehicle).with(user(this.tenant.staff())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/operators/{o}/vehicles/{v}/history", other, vehicle).with(user(this.tenant.staff())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/{v}/history", vehicle + 1000000).with(user(this.tenant.staff())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/{v}/history", vehicle).with(user(this.data.principal("staff"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/{v}/history", vehicle).with(user(this.data.principal("staff2"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/{v}/history", vehicle).with(user(Registries.operatorUser(this.operatorId))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/{v}/history", vehicle).with(user(this.data.principal("tanto"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/{v}/history", vehicle).with(user(this.data.principal("admin"))))
			.andExpect(status().isOk());
	}

}
