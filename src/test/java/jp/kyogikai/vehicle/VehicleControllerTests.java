package jp.kyogikai.vehicle;

import java.util.List;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Access;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestData;
import org.junit.jupiter.api.AfterEach;
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

@IntegrationTest
class VehicleControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from vehicle").update();
	}

	@Test
	void staffAddEditAndDeleteAVehicle() throws Exception {
		long nonbiri = this.data.nonbiri();
		AccountPrincipal staff = this.data.principal("staff");
		this.mvc.perform(get("/operators/{id}", nonbiri).with(user(staff)))
			.andExpect(content().string(containsString("/operators/" + nonbiri + "/vehicles")));
		this.mvc.perform(get("/operators/{id}/vehicles/new", nonbiri).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("自動車登録番号"), containsString("回転シート車"), not(containsString("??")))));
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", nonbiri), staff))
			.andExpect(redirectedUrl("/operators/" + nonbiri + "/vehicles"))
			.andExpect(flash().attribute("flashMessage", "flash.vehicle.added"));
		long vehicleId = vehicleId(nonbiri, "松本500あ1234");
		this.mvc.perform(get("/operators/{id}/vehicles", nonbiri).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("松本500あ1234"), containsString("車いす車"),
					containsString("4人"), containsString("令和12年3月31日"), containsString("令和11年3月31日"),
					containsString("適合"), not(containsString("要確認")), not(containsString("??")))));
		this.mvc.perform(get("/operators/{id}/vehicles/{v}/edit", nonbiri, vehicleId).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("松本500あ1234")));
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/{v}/edit", nonbiri, vehicleId), staff, "seats", "6", "version",
					"0"))
			.andExpect(redirectedUrl("/operators/" + nonbiri + "/vehicles"));
		assertThat(seats(vehicleId)).isEqualTo(6);
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/{v}/edit", nonbiri, vehicleId), staff, "seats", "5", "version",
					"0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(seats(vehicleId)).isEqualTo(6);
		this.mvc.perform(post("/operators/{id}/vehicles/{v}/delete", nonbiri, vehicleId).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/operators/" + nonbiri + "/vehicles"));
		assertThat(count(nonbiri)).isZero();
		assertThat(this.jdbc.sql("select count(*) from vehicle_aud where id = :id")
			.param("id", vehicleId)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anElevenSeatWelfareVehicleIsRefusedInJapanese() throws Exception {
		long nonbiri = this.data.nonbiri();
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/new", nonbiri), this.data.principal("staff"), "seats", "11",
					"plateNumber", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("福祉有償運送の車両の乗車定員は10人以下（11人未満）です（この車両は11人）"),
					containsString("自動車登録番号を入力してください。"), not(containsString("??")))));
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/new", nonbiri), this.data.principal("staff"), "seats", "0",
					"policyTo", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("乗車定員は1以上にしてください。"), containsString("保険期間の終了日は開始日以降の日付にしてください。"))));
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/new", nonbiri), this.data.principal("staff"), "seats", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乗車定員は半角数字で入力してください。")));
		assertThat(count(nonbiri)).isZero();
	}

	@Test
	void insuranceBelowTheMinimumIsAFinding() throws Exception {
		long nonbiri = this.data.nonbiri();
		AccountPrincipal staff = this.data.principal("staff");
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/new", nonbiri), staff, "coverPerPerson", "50000000",
					"perPersonUnlimited", "false"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/vehicles", nonbiri).with(user(staff)))
			.andExpect(content().string(
					allOf(containsString("要確認"), containsString("対人賠償（50,000,000円）が基準（1人につき80,000,000円以上）に足りません。"))));
	}

	@Test
	void anotherOperatorGets403Or404AndNothingChanges() throws Exception {
		long nonbiri = this.data.nonbiri();
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", nonbiri), this.data.principal("staff")))
			.andExpect(status().is3xxRedirection());
		long vehicleId = vehicleId(nonbiri, "松本500あ1234");
		AccountPrincipal tanto = this.data.principal("tanto");
		String staffBase = "/operators/" + nonbiri + "/vehicles";
		Access.of(this.mvc, tanto, status().isForbidden(), this::form)
			.keeping(() -> this.data.rows("vehicle", nonbiri))
			.get(staffBase, staffBase + "/new", staffBase + "/" + vehicleId + "/edit")
			.submit(staffBase + "/new", "plateNumber", "乗っ取り")
			.submit(staffBase + "/" + vehicleId + "/edit", "seats", "2", "version", "0")
			.post(staffBase + "/" + vehicleId + "/delete");
		String portal = "/operator-portal/vehicles/" + vehicleId;
		Access.of(this.mvc, tanto, status().isNotFound(), this::form)
			.keeping(() -> this.data.rows("vehicle", nonbiri))
			.get(portal + "/edit")
			.submit(portal + "/edit", "seats", "2", "version", "0")
			.post(portal + "/delete");
		this.mvc.perform(get("/operator-portal/vehicles").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("松本500あ1234"))));
		assertThat(count(nonbiri)).isEqualTo(1);
		assertThat(seats(vehicleId)).isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from vehicle where plate_number = '乗っ取り'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anOperatorManagesItsOwnVehiclesInThePortal() throws Exception {
		long nonbiri = this.data.nonbiri();
		AccountPrincipal user = this.data.principal("nonbiri");
		this.mvc.perform(get("/").with(user(user)))
			.andExpect(content().string(containsString("/operator-portal/vehicles")));
		this.mvc.perform(get("/operator-portal/vehicles/new").with(user(user))).andExpect(status().isOk());
		this.mvc.perform(form(post("/operator-portal/vehicles/new"), user, "vehicleType", "SEDAN"))
			.andExpect(redirectedUrl("/operator-portal/vehicles"));
		long vehicleId = vehicleId(nonbiri, "松本500あ1234");
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
		assertThat(count(nonbiri)).isZero();
	}

	@Test
	void anotherMunicipalitysStaffGet404ForSakuVehicles() throws Exception {
		long nonbiri = this.data.nonbiri();
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", nonbiri), this.data.principal("staff")))
			.andExpect(status().is3xxRedirection());
		long vehicleId = vehicleId(nonbiri, "松本500あ1234");
		AccountPrincipal staff2 = this.data.principal("staff2");
		List<Long> saku = this.data.sakuOperators();
		assertThat(saku).hasSize(5);
		for (long id : saku) {
			String base = "/operators/" + id + "/vehicles";
			Access.of(this.mvc, staff2, status().isNotFound(), this::form)
				.keeping(() -> List.of(this.data.rows("vehicle", nonbiri), this.data.rows("vehicle", id)))
				.get(base, base + "/new")
				.submit(base + "/new")
				.get(base + "/" + vehicleId + "/edit")
				.submit(base + "/" + vehicleId + "/edit", "seats", "2", "version", "0")
				.post(base + "/" + vehicleId + "/delete");
		}
		assertThat(count(nonbiri)).isEqualTo(1);
		assertThat(seats(vehicleId)).isEqualTo(4);
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
