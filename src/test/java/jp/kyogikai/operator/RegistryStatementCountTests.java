package jp.kyogikai.operator;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.SqlStatements;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The histories, the changes since the last deliberation, the operator's page and the
 * portal's offices send as many SQL statements for an operator with many records and
 * revisions as for one with a single revision of each: no statement per record or
 * revision.
 */
@IntegrationTest
class RegistryStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OperatorRepository operators;

	@Autowired
	SqlStatements statements;

	@Test
	void historyPagesDoNotGrowWithRecordsOrRevisions() throws Exception {
		Fixture small = fixture(1, 0);
		Fixture large = fixture(5, 2);
		assertThat(this.jdbc.sql("select count(*) from vehicle_aud where operator_id = :o")
			.param("o", large.operatorId())
			.query(Long.class)
			.single()).isEqualTo(5 * 3 + 2);
		for (String page : new String[] { "/operators/{o}", "/operators/{o}/history", "/operators/{o}/changes",
				"/operators/{o}/vehicles/{v}/history", "/operators/{o}/drivers/{d}/history",
				"/operator-portal/offices" }) {
			int one = count(small, page);
			int many = count(large, page);
			System.out.printf("SQL statements for %s: one revision each %d, many records and revisions %d%n", page, one,
					many);
			assertThat(many).as(page).isEqualTo(one);
			assertThat(many).as(page).isLessThan(25);
		}
	}

	private int count(Fixture fixture, String page) throws Exception {
		AccountPrincipal user = page.startsWith("/operator-portal") ? Registries.operatorUser(fixture.operatorId())
				: fixture.tenant().staff();
		String url = page.replace("{o}", Long.toString(fixture.operatorId()))
			.replace("{v}", Long.toString(fixture.vehicleId()))
			.replace("{d}", Long.toString(fixture.driverId()));
		this.statements.reset();
		this.mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
		return this.statements.count();
	}

	/**
	 * An operator with {@code records} offices, managers, vehicles and drivers, each
	 * vehicle and driver edited {@code edits} times, and (with more than one record) a
	 * deleted office, manager and vehicle.
	 */
	private Fixture fixture(int records, int edits) throws Exception {
		Tenant tenant = this.tenants.create();
		AccountPrincipal staff = tenant.staff();
		long operatorId = Registries.operator(this.operators, tenant, "特定非営利活動法人 件数テスト");
		String vehicles = "/operators/" + operatorId + "/vehicles";
		String drivers = "/operators/" + operatorId + "/drivers";
		long vehicleId = 0;
		long driverId = 0;
		for (int i = 1; i <= records; i++) {
			long office = Registries.addOffice(this.mvc, this.jdbc, staff, operatorId, "事務所" + i);
			this.mvc
				.perform(post("/operators/{id}/managers", operatorId).param("name", "責任者" + i)
					.param("role", "OPERATION")
					.param("officeId", Long.toString(office))
					.with(user(staff))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			String plate = "長野500あ30" + i;
			vehicleId = Registries.addVehicle(this.mvc, this.jdbc, vehicles, staff, operatorId, plate, "officeId",
					Long.toString(office));
			driverId = Registries.addDriver(this.mvc, this.jdbc, drivers, staff, operatorId, "運転者" + i);
			for (int edit = 1; edit <= edits; edit++) {
				Registries.editVehicle(this.mvc, this.jdbc, vehicles, staff, vehicleId, plate, "seats",
						Integer.toString(4 + edit), "officeId", Long.toString(office));
				Registries.editDriver(this.mvc, this.jdbc, drivers, staff, driverId, "運転者" + i, "address",
						"佐久市" + edit);
			}
		}
		if (records > 1) {
			long office = Registries.addOffice(this.mvc, this.jdbc, staff, operatorId, "廃止する事務所");
			this.mvc
				.perform(post("/operators/{id}/offices/{o}/delete", operatorId, office).with(user(staff)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			long manager = this.jdbc.sql("select min(id) from operation_manager where operator_id = :o")
				.param("o", operatorId)
				.query(Long.class)
				.single();
			this.mvc
				.perform(
						post("/operators/{id}/managers/{m}/delete", operatorId, manager).with(user(staff)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			long gone = Registries.addVehicle(this.mvc, this.jdbc, vehicles, staff, operatorId, "長野500あ3999");
			this.mvc.perform(post(vehicles + "/" + gone + "/delete").with(user(staff)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		return new Fixture(tenant, operatorId, vehicleId, driverId);
	}

	private record Fixture(Tenant tenant, long operatorId, long vehicleId, long driverId) {
	}

}
