package jp.kyogikai.vehicle;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.council.CouncilCharter;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.TransportKind;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import jp.kyogikai.vehicle.rule.CoverAmount;
import jp.kyogikai.vehicle.rule.InsuranceMinimums;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Vehicles are checked against the insurance minimums of the councils that deliberate
 * their operator, set on the charter form; the strictest when several councils serve the
 * operator's municipality. The vehicles belong to an operator of the test's own
 * municipality, which a second council of the test's joins: the demo's operators and
 * councils stay as they are.
 */
@IntegrationTest
class VehicleInsuranceStandardTests {

	static final String PASSENGER_BELOW = "搭乗者傷害（10,000,000円）が基準（20,000,000円以上）に足りません。";

	static final String PROPERTY_BELOW = "対物賠償（20,000,000円）が基準（1事故につき30,000,000円以上）に足りません。";

	static final String PER_PERSON_NOT_UNLIMITED = "対人賠償（100,000,000円）が基準（1人につき無制限）に足りません。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	CouncilService councils;

	@Autowired
	VehicleService vehicles;

	@Autowired
	OperatorRepository operators;

	/** The test's municipality, with its council and staff. */
	Tenant tenant;

	/** An operator of the test's own, without vehicles. */
	long operator;

	@BeforeEach
	void createOperator() {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 保険テスト");
	}

	@Test
	void withOneCouncilTheStatutoryStandardOfItsCharterApplies() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		String council = this.tenant.council().getName();
		this.mvc
			.perform(vehicle(operator, staff, "plateNumber", "佐久500あ1", "coverPerPerson", "80000000",
					"perPersonUnlimited", "false", "coverProperty", "2000000", "propertyUnlimited", "false"))
			.andExpect(status().is3xxRedirection());
		InsuranceStandard standard = this.vehicles.insuranceStandard(operator, staff);
		assertThat(standard.councils()).containsExactly(council);
		assertThat(standard.minimums()).isEqualTo(InsuranceMinimums.standard());
		this.mvc.perform(get("/operators/{id}/vehicles", operator).with(user(staff)))
			.andExpect(content().string(allOf(
					containsString(
							"任意保険の基準：" + council + "の設置要綱（対人 80,000,000円以上、対物 2,000,000円以上、搭乗者傷害 補償があること（金額を問わない））"),
					containsString("適合"), not(containsString("要確認")), not(containsString("??")))));
	}

	@Test
	void aVehicleThatMeetsTheStatuteButNotAStricterCouncilIsAFindingForStaffAndTheOperator() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		String council = this.tenant.council().getName();
		this.mvc.perform(vehicle(operator, staff, "plateNumber", "佐久500あ1")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/vehicles", operator).with(user(staff)))
			.andExpect(content().string(allOf(containsString("適合"), not(containsString("要確認")))));
		Tenant joint = this.tenants.create();
		serve(joint, this.tenant);
		this.mvc
			.perform(charter(joint, "insuranceMinPerPerson", "", "insuranceMinPerPersonUnlimited", "true",
					"insuranceMinProperty", "30000000", "insuranceMinPassenger", "20000000"))
			.andExpect(status().is3xxRedirection());
		InsuranceStandard standard = this.vehicles.insuranceStandard(operator, staff);
		assertThat(standard.councils()).containsExactly(council, joint.council().getName());
		assertThat(standard.minimums()).isEqualTo(new InsuranceMinimums(CoverAmount.unlimited(),
				CoverAmount.of(30_000_000), true, CoverAmount.of(20_000_000)));
		this.mvc.perform(get("/operators/{id}/vehicles", operator).with(user(staff)))
			.andExpect(content()
				.string(allOf(containsString("要確認"), containsString(PASSENGER_BELOW), containsString(PROPERTY_BELOW),
						containsString(council + "、" + joint.council().getName() + "の設置要綱のうち最も厳しい基準"),
						containsString("対人 無制限、対物 30,000,000円以上、搭乗者傷害 20,000,000円以上"), not(containsString("??")))));
		this.mvc.perform(get("/operator-portal/vehicles").with(user(Registries.operatorUser(operator))))
			.andExpect(content().string(allOf(containsString(PASSENGER_BELOW), containsString(PROPERTY_BELOW))));
		this.mvc
			.perform(vehicle(operator, staff, "plateNumber", "佐久500あ2", "perPersonUnlimited", "false", "coverPerPerson",
					"100000000", "coverProperty", "30000000", "coverPassenger", "20000000"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(vehicle(operator, staff, "plateNumber", "佐久500あ3", "coverProperty", "30000000", "coverPassenger",
					"20000000"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.vehicles.list(operator, staff)).extracting(VehicleView::passes)
			.containsExactly(false, false, true);
		assertThat(this.vehicles.list(operator, staff).get(1).findings()).extracting(VehicleView.Finding::text)
			.containsExactly(PER_PERSON_NOT_UNLIMITED);
	}

	@Test
	void onlyCouncilsThatDeliberateTheOperatorsTransportKindCount() {
		long sakuId = saku();
		assertThat(this.councils.chartersDeliberating(sakuId, EnumSet.of(TransportKind.WELFARE)))
			.extracting(CouncilCharter::name)
			.containsExactly(DemoCouncils.SAKU);
		assertThat(this.councils.chartersDeliberating(sakuId, EnumSet.of(TransportKind.TRANSPORT_GAP))).isEmpty();
		long komoro = this.jdbc.sql("select id from municipality where name = '小諸市'").query(Long.class).single();
		assertThat(this.councils.chartersDeliberating(komoro, EnumSet.of(TransportKind.TRANSPORT_GAP)))
			.extracting(CouncilCharter::name)
			.containsExactly(DemoCouncils.KOMORO);
		assertThat(InsuranceStandard
			.of(this.councils.chartersDeliberating(sakuId, EnumSet.of(TransportKind.TRANSPORT_GAP))))
			.isEqualTo(new InsuranceStandard(InsuranceMinimums.standard(), List.of()));
	}

	/**
	 * Makes one test council serve another's municipality as well, as a joint council.
	 */
	private void serve(Tenant joint, Tenant served) {
		this.jdbc.sql("insert into council_municipality (council_id, municipality_id) values (:council, :served)")
			.param("council", joint.councilId())
			.param("served", served.municipality().getId())
			.update();
	}

	private MockHttpServletRequestBuilder charter(Tenant tenant, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("maxMembers", "10");
		fields.put("termMonths", "12");
		fields.put("quorumRule", "MAJORITY");
		fields.put("decisionRule", "MAJORITY_OF_PRESENT");
		fields.put("decisionBase", "PRESENT_AND_ENTITLED");
		fields.put("tieBreak", "CHAIR_DECIDES");
		fields.put("proxyPolicy", "COUNTS_AND_VOTES");
		fields.put("recusalEnabled", "true");
		fields.put("meetingsPublicByDefault", "true");
		fields.put("insuranceMinPerPerson", "80000000");
		fields.put("insuranceMinProperty", "2000000");
		fields.put("insuranceMinPassenger", "0");
		fields.put("proposalDeadlineMonths", "2");
		fields.put("discussionDeadlineMonths", "4");
		fields.put("text", "");
		fields.put("version", "0");
		return Registries.form(post("/councils/{id}/charter", tenant.councilId()), tenant.staff(), fields, overrides);
	}

	private MockHttpServletRequestBuilder vehicle(long operatorId, AccountPrincipal staff, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("vehicleType", "WHEELCHAIR");
		fields.put("seats", "4");
		fields.put("ownership", "OWNED");
		fields.put("inspectionExpiresOn", "2030-03-31");
		fields.put("insurer", "全労済");
		fields.put("policyFrom", "2026-04-01");
		fields.put("policyTo", "2029-03-31");
		fields.put("perPersonUnlimited", "true");
		fields.put("coverProperty", "20000000");
		fields.put("coverPassenger", "10000000");
		fields.put("version", "0");
		return Registries.form(post("/operators/{id}/vehicles/new", operatorId), staff, fields, overrides);
	}

	private long saku() {
		return this.jdbc.sql("select id from municipality where name = '佐久市'").query(Long.class).single();
	}

}
