package jp.kyogikai.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static jp.kyogikai.statistics.StatisticsTestSupport.asOf;
import static jp.kyogikai.statistics.StatisticsTestSupport.companies;
import static jp.kyogikai.statistics.StatisticsTestSupport.figure;
import static jp.kyogikai.statistics.StatisticsTestSupport.yearExists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach 佐久市's statistics: its staff and the administrator. 小諸市's staff get 404
 * for every page and file, and their POSTs change nothing; operators and members get 403.
 */
@IntegrationTest
class StatisticsAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long saku;

	long komoro;

	@BeforeEach
	void demo() {
		this.saku = StatisticsTestSupport.municipality(this.jdbc, "佐久市");
		this.komoro = StatisticsTestSupport.municipality(this.jdbc, "小諸市");
	}

	@Test
	void anotherMunicipalitysStaffGet404AndChangeNothing() throws Exception {
		AccountPrincipal staff2 = principal("staff2");
		String m = "?municipality=" + this.saku;
		for (String url : List.of("/statistics" + m, "/statistics/2025" + m, "/statistics/2025",
				"/statistics/2025/tables/population" + m, "/statistics/2025/tables/taxi" + m,
				"/statistics/2025/statistics.csv" + m, "/statistics/2025/statistics.pdf" + m,
				"/statistics/2025/import" + m)) {
			this.mvc.perform(get(url).with(user(staff2))).andExpect(status().isNotFound());
		}
		for (AbstractMockHttpServletRequestBuilder<?> request : writes(m)) {
			this.mvc.perform(request.with(user(staff2)).with(csrf())).andExpect(status().isNotFound());
		}
		assertUnchanged();
		assertThat(yearExists(this.jdbc, this.saku, 2024)).isFalse();
		assertThat(yearExists(this.jdbc, this.komoro, 2024)).isFalse();
		this.mvc.perform(get("/statistics").with(user(staff2)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("小諸市 市町村の統計"), containsString("統計はまだありません。"),
					not(containsString("佐久市")), not(containsString("/statistics/2025")))));
	}

	@Test
	void operatorsAndMembersGet403AndChangeNothing() throws Exception {
		String m = "?municipality=" + this.saku;
		for (String username : List.of("tanto", "nonbiri", "member", "chair")) {
			AccountPrincipal principal = principal(username);
			for (String url : List.of("/statistics", "/statistics/2025", "/statistics/2025" + m,
					"/statistics/2025/tables/population", "/statistics/2025/statistics.csv",
					"/statistics/2025/statistics.pdf", "/statistics/2025/import")) {
				this.mvc.perform(get(url).with(user(principal))).andExpect(status().isForbidden());
			}
			for (AbstractMockHttpServletRequestBuilder<?> request : writes(m)) {
				this.mvc.perform(request.with(user(principal)).with(csrf())).andExpect(status().isForbidden());
			}
		}
		assertUnchanged();
		assertThat(yearExists(this.jdbc, this.saku, 2024)).isFalse();
	}

	@Test
	void anonymousUsersAreSentToSignInAndPostsNeedTheCsrfToken() throws Exception {
		this.mvc.perform(get("/statistics/2025")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/statistics/2025/statistics.pdf")).andExpect(redirectedUrl("/login"));
		for (AbstractMockHttpServletRequestBuilder<?> request : writes("")) {
			this.mvc.perform(request.with(user(principal("staff")))).andExpect(status().isForbidden());
		}
		assertUnchanged();
	}

	@Test
	void theAdministratorSeesEveryMunicipalityNamingItInTheUrl() throws Exception {
		AccountPrincipal admin = principal("admin");
		this.mvc.perform(get("/statistics").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("佐久市"), containsString("小諸市"),
					containsString("/statistics/2025?municipality=" + this.saku), not(containsString("??")))));
		this.mvc.perform(get("/statistics/2025").param("municipality", Long.toString(this.saku)).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("97,234"),
					containsString("/statistics/2025/tables/population?municipality=" + this.saku))));
		this.mvc.perform(get("/statistics/2025").with(user(admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/statistics/2025").param("municipality", "999999").with(user(admin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/statistics/1800").with(user(principal("staff")))).andExpect(status().isNotFound());
	}

	/**
	 * Every POST of the statistics pages, aimed at 佐久市's 令和7年度 with valid data.
	 */
	private List<AbstractMockHttpServletRequestBuilder<?>> writes(String query) {
		byte[] csv = "表,外出支援サービス,時点,乗っ取り\r\n区分,利用実人員,利用回数\r\n高齢者,1,1\r\n障害者,1,1\r\n".getBytes(StandardCharsets.UTF_8);
		return List.<AbstractMockHttpServletRequestBuilder<?>>of(
				post("/statistics" + query).param("fiscalYear", "2024"),
				post("/statistics/2025/tables/population" + query).param("asOf", "乗っ取り")
					.param("version", "0")
					.param("cells[POPULATION-PERSONS]", "1")
					.param("cells[AGED_65_PLUS-PERSONS]", "1"),
				post("/statistics/2025/tables/taxi" + query).param("version", "0")
					.param("companies[0].name", "乗っ取り")
					.param("companies[0].count", "1"),
				multipart("/statistics/2025/import" + query)
					.file(new MockMultipartFile("file", "statistics.csv", "text/csv", csv)),
				post("/statistics/2025/delete" + query));
	}

	private void assertUnchanged() {
		assertThat(yearExists(this.jdbc, this.saku, 2025)).isTrue();
		assertThat(figure(this.jdbc, this.saku, 2025, "POPULATION", "POPULATION", "PERSONS")).isEqualTo(97_234);
		assertThat(asOf(this.jdbc, this.saku, 2025, "POPULATION")).isEqualTo("令和7年5月末現在");
		assertThat(figure(this.jdbc, this.saku, 2025, "OUTING_SUPPORT", "ELDERLY", "USERS")).isEqualTo(36);
		assertThat(companies(this.jdbc, this.saku, 2025, "TAXI")).hasSize(9).doesNotContain("1:乗っ取り:1:");
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
