package jp.kyogikai.vehicle;

import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Access;
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
 * The vehicle pages of staff and of the operator itself, on an operator of the test's own
 * municipality (のんびり's demo vehicles stay as they are).
 */
@IntegrationTest
class VehicleControllerTests {

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

	/** An operator of the test's own, without vehicles. */
	long operator;

	@BeforeEach
	void createOperator() {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 車両テスト");
	}

	@Test
	void staffAddEditAndDeleteAVehicle() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(get("/operators/{id}", operator).with(user(staff)))
			.andExpect(content().string(containsString("/operators/" + operator + "/vehicles")));
		this.mvc.perform(get("/operators/{id}/vehicles/new", operator).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("自動車登録番号"), containsString("回転シート車"), not(containsString("??")))));
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", operator), staff))
			.andExpect(redirectedUrl("/operators/" + operator + "/vehicles"))
			.andExpect(flash().attribute("flashMessage", "flash.vehicle.added"));
		long vehicleId = vehicleId(operator, "松本500あ1234");
		this.mvc.perform(get("/operators/{id}/vehicles", operator).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("松本500あ1234"), containsString("車いす車"),
					containsString("4人"), containsString("令和12年3月31日"), containsString("令和11年3月31日"),
					containsString("適合"), not(containsString("要確認")), not(containsString("??")))));
		this.mvc.perform(get("/operators/{id}/vehicles/{v}/edit", operator, vehicleId).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("松本500あ1234")));
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/{v}/edit", operator, vehicleId), staff, "seats", "6",
					"version", "0"))
			.andExpect(redirectedUrl("/operators/" + operator + "/vehicles"));
		assertThat(seats(vehicleId)).isEqualTo(6);
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/{v}/edit", operator, vehicleId), staff, "seats", "5",
					"version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(seats(vehicleId)).isEqualTo(6);
		this.mvc
			.perform(post("/operators/{id}/vehicles/{v}/delete", operator, vehicleId).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/operators/" + operator + "/vehicles"));
		assertThat(count(operator)).isZero();
		assertThat(this.jdbc.sql("select count(*) from vehicle_aud where id = :id")
			.param("id", vehicleId)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anElevenSeatWelfareVehicleIsRefusedInJapanese() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", operator), staff, "seats", "11", "plateNumber", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("福祉有償運送の車両の乗車定員は10人以下（11人未満）です（この車両は11人）"),
					containsString("自動車登録番号を入力してください。"), not(containsString("??")))));
		this.mvc
			.perform(
					form(post("/operators/{id}/vehicles/new", operator), staff, "seats", "0", "policyTo", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("乗車定員は1以上にしてください。"), containsString("保険期間の終了日は開始日以降の日付にしてください。"))));
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", operator), staff, "seats", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乗車定員は半角数字で入力してください。")));
		assertThat(count(operator)).isZero();
	}

	@Test
	void insuranceBelowTheMinimumIsAFinding() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/new", operator), staff, "coverPerPerson", "50000000",
					"perPersonUnlimited", "false"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/vehicles", operator).with(user(staff)))
			.andExpect(content().string(
					allOf(containsString("要確認"), containsString("対人賠償（50,000,000円）が基準（1人につき80,000,000円以上）に足りません。"))));
	}

	@Test
	void anotherOperatorGets403Or404AndNothingChanges() throws Exception {
		long operator = this.operator;
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", operator), this.tenant.staff()))
			.andExpect(status().is3xxRedirection());
		long vehicleId = vehicleId(operator, "松本500あ1234");
		AccountPrincipal tanto = this.data.principal("tanto");
		String staffBase = "/operators/" + operator + "/vehicles";
		Access.of(this.mvc, tanto, status().isForbidden(), this::form)
			.keeping(() -> this.data.rows("vehicle", operator))
			.get(staffBase, staffBase + "/new", staffBase + "/" + vehicleId + "/edit")
			.submit(staffBase + "/new", "plateNumber", "乗っ取り")
			.submit(staffBase + "/" + vehicleId + "/edit", "seats", "2", "version", "0")
			.post(staffBase + "/" + vehicleId + "/delete");
		String portal = "/operator-portal/vehicles/" + vehicleId;
		Access.of(this.mvc, tanto, status().isNotFound(), this::form)
			.keeping(() -> this.data.rows("vehicle", operator))
			.get(portal + "/edit")
			.submit(portal + "/edit", "seats", "2", "version", "0")
			.post(portal + "/delete");
		this.mvc.perform(get("/operator-portal/vehicles").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("松本500あ1234"))));
		assertThat(count(operator)).isEqualTo(1);
		assertThat(seats(vehicleId)).isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from vehicle where plate_number = '乗っ取り'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anOperatorManagesItsOwnVehiclesInThePortal() throws Exception {
		long operator = this.operator;
		AccountPrincipal user = Registries.operatorUser(operator);
		this.mvc.perform(get("/").with(user(user)))
			.andExpect(content().string(containsString("/operator-portal/vehicles")));
		this.mvc.perform(get("/operator-portal/vehicles/new").with(user(user))).andExpect(status().isOk());
		this.mvc.perform(form(post("/operator-portal/vehicles/new"), user, "vehicleType", "SEDAN"))
			.andExpect(redirectedUrl("/operator-portal/vehicles"));
		long vehicleId = vehicleId(operator, "松本500あ1234");
		this.mvc.perform(get("/operator-portal/vehicles").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("松本500あ1234"), containsString("セダン等"),
					not(containsString("/operators/")), not(containsString("??")))));
		this.mvc
			.perform(form(post("/operator-portal/vehicles/{v}/edit", vehicleId), user, "seats", "3", "version", "0"))
			.andExpect(redirectedUrl("/operator-portal/vehicles"));
		assertThat(seats(vehicleId)).isEqualTo(3);
		this.mvc.perform(post("/operator-portal/vehicles/{v}/delete", vehicleId).with(user(user)).with(csrf()))
			.andExpect(redirectedUrl("/operator-portal/vehicles"));
		assertThat(count(operator)).isZero();
	}

	@Test
	void anotherMunicipalitysStaffGet404ForItsVehicles() throws Exception {
		long operator = this.operator;
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", operator), this.tenant.staff()))
			.andExpect(status().is3xxRedirection());
		long vehicleId = vehicleId(operator, "松本500あ1234");
		// staff of 小諸市 on the test's operator and on 佐久市's, staff of 佐久市 on the
		// test's operator
		List<Long> saku = this.data.sakuOperators();
		assertThat(saku).hasSize(5);
		List<Long> operators = new ArrayList<>(saku);
		operators.add(operator);
		refused(this.data.principal("staff2"), operators, operator, vehicleId);
		refused(this.data.principal("staff"), List.of(operator), operator, vehicleId);
		assertThat(count(operator)).isEqualTo(1);
		assertThat(seats(vehicleId)).isEqualTo(4);
	}

	private void refused(AccountPrincipal staff, List<Long> operators, long operator, long vehicleId) throws Exception {
		for (long id : operators) {
			String base = "/operators/" + id + "/vehicles";
			Access.of(this.mvc, staff, status().isNotFound(), this::form)
				.keeping(() -> List.of(this.data.rows("vehicle", operator), this.data.rows("vehicle", id)))
				.get(base, base + "/new")
				.submit(base + "/new")
				.get(base + "/" + vehicleId + "/edit")
				.submit(base + "/" + vehicleId + "/edit", "seats", "2", "version", "0")
				.post(base + "/" + vehicleId + "/delete");
		}
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		return Registries.vehicleForm(request, principal, overrides);
	}

	private long vehicleId(long operatorId, String plate) {
		return this.data.id("vehicle", operatorId, "plate_number", plate);
	}

	private long count(long operatorId) {
		return this.data.count("vehicle", operatorId);
	}

	private int seats(long vehicleId) {
		return this.jdbc.sql("select seats from vehicle where id = :id")
			.param("id", vehicleId)
			.query(Integer.class)
			.single();
	}

}
