package jp.kyogikai.member;

import java.time.LocalDate;

import jp.kyogikai.support.IntegrationTest;
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
 * The roster's pages, PDF and CSV and the dashboard send as many SQL statements for ten
 * members as for one: no statement per member.
 */
@IntegrationTest
class RosterStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatements statements;

	@Test
	void rosterPagesDoNotGrowWithTheNumberOfMembers() throws Exception {
		Tenant small = tenantWith(1);
		Tenant large = tenantWith(10);
		for (String page : new String[] { "/councils/{c}/members?date=2024-09-01",
				"/councils/{c}/members/roster.pdf?date=2024-09-01", "/councils/{c}/members/roster.csv?date=2024-09-01",
				"/" }) {
			int one = count(small, page);
			int ten = count(large, page);
			System.out.printf("SQL statements for %s: 1 member %d, 10 members %d%n", page, one, ten);
			assertThat(ten).as(page).isEqualTo(one);
			assertThat(ten).as(page).isLessThan(25);
		}
	}

	private int count(Tenant tenant, String page) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(page.replace("{c}", Long.toString(tenant.councilId()))).with(user(tenant.staff())))
			.andExpect(status().isOk());
		return this.statements.count();
	}

	private Tenant tenantWith(int members) throws Exception {
		Tenant tenant = this.tenants.create();
		String category = this.jdbc.sql("select min(id)::text from member_category where council_id = :c")
			.param("c", tenant.councilId())
			.query(String.class)
			.single();
		for (int i = 0; i < members; i++) {
			this.mvc
				.perform(post("/councils/{c}/members", tenant.councilId()).with(user(tenant.staff()))
					.with(csrf())
					.param("name", "委員" + i)
					.param("furigana", "いいん")
					.param("categoryId", category)
					.param("start", LocalDate.of(2024, 8, 10).toString()))
				.andExpect(status().is3xxRedirection());
		}
		return tenant;
	}

}
