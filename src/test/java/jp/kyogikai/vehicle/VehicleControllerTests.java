package jp.kyogikai.vehicle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
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
class VehicleControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from vehicle").update();
	}

	@Test
	void staffAddEditAndDeleteAVehicle() throws Exception {
		long nonbiri = operator("特定非営利活動法人 のんびり");
		AccountPrincipal staff = principal("staff");
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
		long nonbiri = operator("特定非営利活動法人 のんびり");
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/new", nonbiri), principal("staff"), "seats", "11",
					"plateNumber", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("福祉有償運送の車両の乗車定員は10人以下（11人未満）です（この車両は11人）"),
					containsString("自動車登録番号を入力してください。"), not(containsString("??")))));
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/new", nonbiri), principal("staff"), "seats", "0", "policyTo",
					"2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("乗車定員は1以上にしてください。"), containsString("保険期間の終了日は開始日以降の日付にしてください。"))));
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", nonbiri), principal("staff"), "seats", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乗車定員は半角数字で入力してください。")));
		assertThat(count(nonbiri)).isZero();
	}

	@Test
	void insuranceBelowTheMinimumIsAFinding() throws Exception {
		long nonbiri = operator("特定非営利活動法人 のんびり");
		AccountPrincipal staff = principal("staff");
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
		long nonbiri = operator("特定非営利活動法人 のんびり");
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", nonbiri), principal("staff")))
			.andExpect(status().is3xxRedirection());
		long vehicleId = vehicleId(nonbiri, "松本500あ1234");
		AccountPrincipal tanto = principal("tanto");
		for (String url : List.of("/operators/" + nonbiri + "/vehicles", "/operators/" + nonbiri + "/vehicles/new",
				"/operators/" + nonbiri + "/vehicles/" + vehicleId + "/edit")) {
			this.mvc.perform(get(url).with(user(tanto))).andExpect(status().isForbidden());
		}
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", nonbiri), tanto, "plateNumber", "乗っ取り"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(form(post("/operators/{id}/vehicles/{v}/edit", nonbiri, vehicleId), tanto, "seats", "2", "version",
					"0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/operators/{id}/vehicles/{v}/delete", nonbiri, vehicleId).with(user(tanto)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/operator-portal/vehicles/{v}/edit", vehicleId).with(user(tanto)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(form(post("/operator-portal/vehicles/{v}/edit", vehicleId), tanto, "seats", "2", "version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/operator-portal/vehicles/{v}/delete", vehicleId).with(user(tanto)).with(csrf()))
			.andExpect(status().isNotFound());
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
		long nonbiri = operator("特定非営利活動法人 のんびり");
		AccountPrincipal user = principal("nonbiri");
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
		long nonbiri = operator("特定非営利活動法人 のんびり");
		this.mvc.perform(form(post("/operators/{id}/vehicles/new", nonbiri), principal("staff")))
			.andExpect(status().is3xxRedirection());
		long vehicleId = vehicleId(nonbiri, "松本500あ1234");
		AccountPrincipal staff2 = principal("staff2");
		List<Long> saku = this.jdbc.sql("""
				select o.id from operator o join municipality m on m.id = o.municipality_id where m.name = '佐久市'
				""").query(Long.class).list();
		assertThat(saku).hasSize(5);
		for (long id : saku) {
			this.mvc.perform(get("/operators/{id}/vehicles", id).with(user(staff2))).andExpect(status().isNotFound());
			this.mvc.perform(get("/operators/{id}/vehicles/new", id).with(user(staff2)))
				.andExpect(status().isNotFound());
			this.mvc.perform(form(post("/operators/{id}/vehicles/new", id), staff2)).andExpect(status().isNotFound());
			this.mvc.perform(get("/operators/{id}/vehicles/{v}/edit", id, vehicleId).with(user(staff2)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(form(post("/operators/{id}/vehicles/{v}/edit", id, vehicleId), staff2, "seats", "2", "version",
						"0"))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/operators/{id}/vehicles/{v}/delete", id, vehicleId).with(user(staff2)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(count(nonbiri)).isEqualTo(1);
		assertThat(seats(vehicleId)).isEqualTo(4);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("plateNumber", "松本500あ1234");
		fields.put("vehicleType", "WHEELCHAIR");
		fields.put("seats", "4");
		fields.put("model", "トヨタ ハイエース");
		fields.put("firstRegisteredYear", "2020");
		fields.put("ownership", "OWNED");
		fields.put("inspectionExpiresOn", "2030-03-31");
		fields.put("insurer", "全労済");
		fields.put("policyFrom", "2026-04-01");
		fields.put("policyTo", "2029-03-31");
		fields.put("perPersonUnlimited", "true");
		fields.put("propertyUnlimited", "true");
		fields.put("coverPassenger", "10000000");
		fields.put("version", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(user(principal)).with(csrf());
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

	private long operator(String name) {
		return this.jdbc.sql("select id from operator where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private long vehicleId(long operatorId, String plate) {
		return this.jdbc.sql("select id from vehicle where operator_id = :o and plate_number = :p")
			.param("o", operatorId)
			.param("p", plate)
			.query(Long.class)
			.single();
	}

	private long count(long operatorId) {
		return this.jdbc.sql("select count(*) from vehicle where operator_id = :o")
			.param("o", operatorId)
			.query(Long.class)
			.single();
	}

	private int seats(long vehicleId) {
		return this.jdbc.sql("select seats from vehicle where id = :id")
			.param("id", vehicleId)
			.query(Integer.class)
			.single();
	}

}
