package jp.kyogikai.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DashboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void termsEndingWithinSixtyDaysAreListedUntilTheMemberIsReappointed() throws Exception {
		Tenant tenant = this.tenants.create();
		LocalDate today = LocalDate.now(jp.kyogikai.Kyogikai.ZONE);
		appoint(tenant, "まもなく 満了", "まもなく まんりょう", today.minusMonths(11));
		appoint(tenant, "まだ 先", "まだ さき", today.minusMonths(6));
		this.mvc.perform(get("/").with(user(tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("任期が60日以内に終わる委員"), containsString("まもなく 満了"), not(containsString("まだ 先")))));
		long appointment = this.jdbc
			.sql("select a.id from appointment a join member m on m.id = a.member_id where m.name = 'まもなく 満了' "
					+ "and a.council_id = :c")
			.param("c", tenant.councilId())
			.query(Long.class)
			.single();
		long member = this.jdbc.sql("select member_id from appointment where id = :a")
			.param("a", appointment)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/councils/{c}/appointments/{a}/reappoint", tenant.councilId(), appointment)
			.param("memberId", Long.toString(member))
			.with(user(tenant.staff()))
			.with(csrf()));
		this.mvc.perform(get("/").with(user(tenant.staff())))
			.andExpect(content().string(not(containsString("まもなく 満了"))));
	}

	@Test
	void registrationsEndingWithinSixMonthsOfTodayAreListedAndLaterOnesAreNot() throws Exception {
		LocalDate limit = LocalDate.now(jp.kyogikai.Kyogikai.ZONE).plusMonths(6);
		List<Map<String, Object>> operators = this.jdbc.sql("""
				select o.name, o.registration_expires_on from operator o join municipality m on m.id = o.municipality_id
				where m.name = '佐久市' and o.registration_expires_on is not null
				""").query().listOfRows();
		assertThat(operators).hasSizeGreaterThanOrEqualTo(5);
		String page = this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("staff"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String panel = page.substring(page.indexOf("id=\"expiry-heading\""));
		for (Map<String, Object> operator : operators) {
			LocalDate expiry = ((java.sql.Date) operator.get("registration_expires_on")).toLocalDate();
			String name = (String) operator.get("name");
			if (expiry.isAfter(limit)) {
				assertThat(panel).as(name + " expires " + expiry).doesNotContain(name);
			}
			else {
				assertThat(panel).as(name + " expires " + expiry).contains(name);
			}
		}
	}

	@Test
	void vehiclesWhose車検OrInsuranceEndWithinSixtyDaysAreListed() throws Exception {
		LocalDate today = LocalDate.now(jp.kyogikai.Kyogikai.ZONE);
		long operator = this.jdbc.sql("select id from operator where name = '特定非営利活動法人 山栄会'")
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc
				.sql("select min(o.id) from operator o join municipality m on m.id = o.municipality_id "
						+ "where m.name = '佐久市'")
				.query(Long.class)
				.single());
		this.jdbc
			.sql("""
					insert into vehicle (operator_id, plate_number, vehicle_type, seats, inspection_expires_on, policy_from, policy_to)
					values (:o, :soon, 'WHEELCHAIR', 4, :inspectionSoon, :from, :later),
					       (:o, :later_plate, 'WHEELCHAIR', 4, :inspectionLater, :from, :later)
					""")
			.param("o", operator)
			.param("soon", "長野 800 さ 60")
			.param("later_plate", "長野 800 さ 61")
			.param("inspectionSoon", today.plusDays(30))
			.param("inspectionLater", today.plusDays(200))
			.param("from", today.minusDays(100))
			.param("later", today.plusDays(265))
			.update();
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(content().string(allOf(containsString("車検・任意保険が60日以内に切れる自動車"), containsString("長野 800 さ 60"),
					not(containsString("長野 800 さ 61")))));
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("staff2"))))
			.andExpect(content().string(not(containsString("長野 800 さ 60"))));
	}

	@Test
	void driversWhoseLicenceEndsWithinSixtyDaysAreListedByNameOnly() throws Exception {
		LocalDate today = LocalDate.now(jp.kyogikai.Kyogikai.ZONE);
		long operator = this.jdbc.sql("select id from operator where name = '社会医療法人 恵仁会'").query(Long.class).single();
		this.jdbc
			.sql("""
					insert into driver (operator_id, name, furigana, birth_date, address, licence_number, licence_class,
					                    licence_expires_on, appointed_on)
					values (:o, '免許 近子', 'めんきょ ちかこ', '1960-01-02', '佐久市中込1-1', '123456789012', 'CLASS_2', :soon, :appointed),
					       (:o, '免許 遠子', 'めんきょ とおこ', '1960-01-02', '佐久市中込1-1', '123456789013', 'CLASS_2', :later, :appointed)
					""")
			.param("o", operator)
			.param("soon", today.plusDays(20))
			.param("later", today.plusDays(400))
			.param("appointed", today.minusYears(1))
			.update();
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(content().string(allOf(containsString("運転免許が60日以内に切れる運転者"), containsString("免許 近子"),
					not(containsString("免許 遠子")), not(containsString("123456789012")), not(containsString("佐久市中込")))));
	}

	private void appoint(Tenant tenant, String name, String furigana, LocalDate start) throws Exception {
		String category = this.jdbc.sql("select min(id)::text from member_category where council_id = :c")
			.param("c", tenant.councilId())
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/councils/{c}/members", tenant.councilId()).with(user(tenant.staff()))
				.with(csrf())
				.param("name", name)
				.param("furigana", furigana)
				.param("categoryId", category)
				.param("start", start.toString()))
			.andExpect(status().is3xxRedirection());
	}

}
