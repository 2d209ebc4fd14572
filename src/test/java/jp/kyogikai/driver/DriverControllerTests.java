package jp.kyogikai.driver;

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

@IntegrationTest
class DriverControllerTests {

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
		String drivers = "select id from driver where operator_id = :o";
		for (String table : List.of("driver_suspension", "driver_violation")) {
			this.jdbc.sql("delete from " + table + " where driver_id in (" + drivers + ")")
				.param("o", this.operator)
				.update();
		}
		this.jdbc.sql("delete from driver where id in (" + drivers + ")").param("o", this.operator).update();
	}

	@Test
	void staffAddEditAndMarkADriverAsLeft() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(get("/operators/{id}", operator).with(user(staff)))
			.andExpect(content().string(containsString("/operators/" + operator + "/drivers")));
		this.mvc.perform(get("/operators/{id}/drivers/new", operator).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("免許証番号"), containsString("第二種運転免許"), not(containsString("??")))));
		this.mvc.perform(form(post("/operators/{id}/drivers/new", operator), staff))
			.andExpect(redirectedUrl("/operators/" + operator + "/drivers"))
			.andExpect(flash().attribute("flashMessage", "flash.driver.added"));
		long driverId = driverId(operator, "松本 太郎");
		this.mvc.perform(get("/operators/{id}/drivers", operator).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("松本 太郎"), containsString("第二種運転免許"),
					containsString("令和13年3月31日"), containsString("要件を満たす"), not(containsString("要件を満たさない")),
					not(containsString("123456789012")), not(containsString("松本市丸の内")), not(containsString("??")))));
		this.mvc.perform(get("/operators/{id}/drivers/{d}/edit", operator, driverId).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("123456789012"), containsString("松本市丸の内"))));
		this.mvc
			.perform(form(post("/operators/{id}/drivers/{d}/edit", operator, driverId), staff, "name", "松本 次郎",
					"version", "0"))
			.andExpect(redirectedUrl("/operators/" + operator + "/drivers"));
		assertThat(name(driverId)).isEqualTo("松本 次郎");
		this.mvc
			.perform(form(post("/operators/{id}/drivers/{d}/edit", operator, driverId), staff, "name", "古い版", "version",
					"0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(name(driverId)).isEqualTo("松本 次郎");
		this.mvc
			.perform(post("/operators/{id}/drivers/{d}/leave", operator, driverId).param("leftOn", "2020-01-01")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + operator + "/drivers"))
			.andExpect(flash().attribute("flashError", "driver.leftOn.order"));
		this.mvc
			.perform(post("/operators/{id}/drivers/{d}/leave", operator, driverId).param("leftOn", "2026-04-02")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + operator + "/drivers"))
			.andExpect(flash().attribute("flashMessage", "flash.driver.left"));
		assertThat(this.jdbc.sql("select left_on from driver where id = :id")
			.param("id", driverId)
			.query(String.class)
			.single()).isEqualTo("2026-04-02");
		assertThat(this.jdbc.sql("select count(*) from driver_aud where id = :id")
			.param("id", driverId)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aClass1DriverWithoutTheWelfareCourseDoesNotQualify() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc
			.perform(form(post("/operators/{id}/drivers/new", operator), staff, "licenceClass", "CLASS_1",
					"welfareCourseOn", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/drivers", operator).with(user(staff)))
			.andExpect(content().string(allOf(containsString("要件を満たさない"),
					containsString("第一種運転免許のため福祉有償運送運転者講習の修了が必要ですが、修了していません。"), not(containsString("??")))));
		long driverId = driverId(operator, "松本 太郎");
		this.mvc
			.perform(form(post("/operators/{id}/drivers/{d}/edit", operator, driverId), staff, "licenceClass",
					"CLASS_1", "welfareCourseOn", "2026-03-01", "version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/drivers", operator).with(user(staff)))
			.andExpect(content().string(allOf(containsString("要件を満たす"), not(containsString("要件を満たさない")))));
	}

	@Test
	void withASedanTheDriverNeedsTheSedanCourseOrACareWorker() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.jdbc.sql("""
				insert into vehicle (operator_id, plate_number, vehicle_type, seats, inspection_expires_on)
				values (:o, '松本500さ1', 'SEDAN', 4, date '2030-03-31')
				""").param("o", operator).update();
		try {
			this.mvc.perform(form(post("/operators/{id}/drivers/new", operator), staff))
				.andExpect(status().is3xxRedirection());
			this.mvc.perform(get("/operators/{id}/drivers", operator).with(user(staff)))
				.andExpect(content().string(
						allOf(containsString("要件を満たさない"), containsString("セダン等運転者講習の修了または介護福祉士の資格が必要ですが、いずれもありません。"))));
			long driverId = driverId(operator, "松本 太郎");
			this.mvc
				.perform(
						form(post("/operators/{id}/drivers/{d}/edit", operator, driverId), staff, "careWorker", "true"))
				.andExpect(status().is3xxRedirection());
			this.mvc.perform(get("/operators/{id}/drivers", operator).with(user(staff)))
				.andExpect(content().string(not(containsString("要件を満たさない"))));
		}
		finally {
			this.jdbc.sql("delete from vehicle where operator_id = :o").param("o", operator).update();
		}
	}

	@Test
	void aDriverWhoLeftMoreThanTwoYearsAgoIsPastRetention() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc
			.perform(form(post("/operators/{id}/drivers/new", operator), staff, "appointedOn", "2018-04-01", "leftOn",
					"2020-03-31"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/drivers", operator).with(user(staff)))
			.andExpect(content().string(
					allOf(containsString("退任（令和2年3月31日）"), containsString("保存期間経過"), not(containsString("要件を満たさない")))));
	}

	@Test
	void validationErrorsAreInJapaneseAndChangeNothing() throws Exception {
		long operator = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc
			.perform(form(post("/operators/{id}/drivers/new", operator), staff, "name", "", "licenceExpiresOn", "",
					"leftOn", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("氏名を入力してください。"), containsString("免許の有効期限を入力してください。"),
					containsString("退任日は選任日以降の日付にしてください。"), not(containsString("??")))));
		this.mvc.perform(form(post("/operators/{id}/drivers/new", operator), staff, "birthDate", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("??"))));
		assertThat(count(operator)).isZero();
		this.mvc.perform(form(post("/operators/{id}/drivers/new", operator), staff))
			.andExpect(status().is3xxRedirection());
		long driverId = driverId(operator, "松本 太郎");
		this.mvc
			.perform(form(post("/operators/{id}/drivers/{d}/edit", operator, driverId), staff, "name", "", "version",
					"0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("氏名を入力してください。")));
		assertThat(name(driverId)).isEqualTo("松本 太郎");
	}

	@Test
	void anotherOperatorGets403Or404AndNothingChanges() throws Exception {
		long operator = this.operator;
		this.mvc.perform(form(post("/operators/{id}/drivers/new", operator), this.tenant.staff()))
			.andExpect(status().is3xxRedirection());
		long driverId = driverId(operator, "松本 太郎");
		AccountPrincipal tanto = this.data.principal("tanto");
		String staffBase = "/operators/" + operator + "/drivers";
		Access.of(this.mvc, tanto, status().isForbidden(), this::form)
			.keeping(() -> this.data.rows("driver", operator))
			.get(staffBase, staffBase + "/new", staffBase + "/" + driverId + "/edit")
			.submit(staffBase + "/new", "name", "乗っ取り")
			.submit(staffBase + "/" + driverId + "/edit", "name", "乗っ取り")
			.post(staffBase + "/" + driverId + "/leave");
		String portal = "/operator-portal/drivers/" + driverId;
		Access.of(this.mvc, tanto, status().isNotFound(), this::form)
			.keeping(() -> this.data.rows("driver", operator))
			.get(portal + "/edit")
			.submit(portal + "/edit", "name", "乗っ取り")
			.post(portal + "/leave");
		this.mvc.perform(get("/operator-portal/drivers").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("松本 太郎"))));
		assertThat(count(operator)).isEqualTo(1);
		assertThat(name(driverId)).isEqualTo("松本 太郎");
		assertThat(this.jdbc
			.sql("select count(*) from driver where operator_id = :o and (left_on is not null or name = '乗っ取り')")
			.param("o", operator)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOperatorManagesItsOwnDriversInThePortal() throws Exception {
		long operator = this.operator;
		AccountPrincipal user = Registries.operatorUser(this.operator);
		this.mvc.perform(get("/").with(user(user)))
			.andExpect(content().string(containsString("/operator-portal/drivers")));
		this.mvc.perform(form(post("/operator-portal/drivers/new"), user))
			.andExpect(redirectedUrl("/operator-portal/drivers"));
		long driverId = driverId(operator, "松本 太郎");
		this.mvc.perform(get("/operator-portal/drivers").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("松本 太郎"), containsString("要件を満たす"),
					not(containsString("/operators/")), not(containsString("??")))));
		this.mvc.perform(get("/operator-portal/drivers/{d}/edit", driverId).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("123456789012")));
		this.mvc.perform(form(post("/operator-portal/drivers/{d}/edit", driverId), user, "name", "松本 花子"))
			.andExpect(redirectedUrl("/operator-portal/drivers"));
		assertThat(name(driverId)).isEqualTo("松本 花子");
	}

	@Test
	void anotherMunicipalitysStaffGet404ForSakuAndTheirDrivers() throws Exception {
		long operator = this.operator;
		this.mvc.perform(form(post("/operators/{id}/drivers/new", operator), this.tenant.staff()))
			.andExpect(status().is3xxRedirection());
		long driverId = driverId(operator, "松本 太郎");
		AccountPrincipal staff2 = this.data.principal("staff2");
		List<Long> saku = this.data.sakuOperators();
		assertThat(saku).hasSize(5);
		List<Long> operators = new ArrayList<>(saku);
		operators.add(operator);
		for (long id : operators) {
			String base = "/operators/" + id + "/drivers";
			Access.of(this.mvc, staff2, status().isNotFound(), this::form)
				.keeping(() -> List.of(this.data.rows("driver", operator), this.data.rows("driver", id)))
				.get(base, base + "/new")
				.submit(base + "/new")
				.get(base + "/" + driverId + "/edit")
				.submit(base + "/" + driverId + "/edit", "name", "乗っ取り")
				.post(base + "/" + driverId + "/leave");
		}
		assertThat(count(operator)).isEqualTo(1);
		assertThat(name(driverId)).isEqualTo("松本 太郎");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		return Registries.driverForm(request, principal, overrides);
	}

	private long driverId(long operatorId, String name) {
		return this.data.id("driver", operatorId, "name", name);
	}

	private long count(long operatorId) {
		return this.data.count("driver", operatorId);
	}

	private String name(long driverId) {
		return this.data.text("driver", driverId, "name");
	}

}
