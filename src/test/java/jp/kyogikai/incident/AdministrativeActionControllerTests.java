package jp.kyogikai.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Access;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
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
class AdministrativeActionControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	Fixtures fixtures;

	long nonbiri;

	AccountPrincipal staff;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.jdbc, this.users);
		this.nonbiri = this.fixtures.nonbiri();
		this.staff = this.fixtures.principal("staff");
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.cleanUp();
	}

	@Test
	void staffRecordEditAndDeleteAnAdministrativeAction() throws Exception {
		String base = "/operators/" + this.nonbiri + "/administrative-actions";
		this.mvc.perform(get("/operators/{id}", this.nonbiri).with(user(this.staff)))
			.andExpect(content().string(containsString(base)));
		this.mvc.perform(get(base + "/new").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("改善命令"), containsString("業務停止"), containsString("処分庁"),
					not(containsString("??")))));
		this.mvc.perform(action(post(base + "/new"), this.staff))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashMessage", "flash.administrativeAction.added"));
		long id = this.fixtures.id("administrative_action", this.nonbiri, "summary", "運行管理体制の改善を命ずる。");
		this.mvc.perform(get(base).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("令和8年2月1日"), containsString("改善命令"),
					containsString("北陸信越運輸局長"), containsString("運行管理体制の改善を命ずる。"), not(containsString("??")))));
		this.mvc.perform(action(post(base + "/" + id + "/edit"), this.staff, "kind", "SUSPENSION"))
			.andExpect(redirectedUrl(base));
		assertThat(this.fixtures.text("administrative_action", id, "kind")).isEqualTo("SUSPENSION");
		this.mvc.perform(action(post(base + "/" + id + "/edit"), this.staff, "kind", "IMPROVEMENT_ORDER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		this.mvc.perform(action(post(base + "/" + id + "/edit"), this.staff, "kind", "取消", "version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("処分の種類は選択肢から選んでください。")));
		this.mvc.perform(action(post(base + "/" + id + "/edit"), this.staff, "summary", "", "version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("処分の内容を入力してください。")));
		assertThat(this.fixtures.text("administrative_action", id, "kind")).isEqualTo("SUSPENSION");
		this.mvc.perform(get(base + "/" + id + "/delete").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("行政処分の記録の削除"), containsString("運行管理体制の改善を命ずる。"))));
		this.mvc.perform(post(base + "/" + id + "/delete").with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl(base));
		assertThat(this.fixtures.count("administrative_action", this.nonbiri)).isZero();
		assertThat(this.fixtures.audits("administrative_action", id)).isEqualTo(3);
	}

	@Test
	void operatorsGet403AnotherMunicipalitysStaff404AndNothingChanges() throws Exception {
		String base = "/operators/" + this.nonbiri + "/administrative-actions";
		this.mvc.perform(action(post(base + "/new"), this.staff)).andExpect(status().is3xxRedirection());
		long id = this.fixtures.id("administrative_action", this.nonbiri, "summary", "運行管理体制の改善を命ずる。");
		for (String username : List.of("tanto", "nonbiri")) {
			refused(this.fixtures.principal(username), status().isForbidden(), base, id);
		}
		refused(this.fixtures.principal("staff2"), status().isNotFound(), base, id);
		assertThat(this.fixtures.count("administrative_action", this.nonbiri)).isEqualTo(1);
		assertThat(this.fixtures.text("administrative_action", id, "summary")).isEqualTo("運行管理体制の改善を命ずる。");
	}

	/**
	 * The pages, adding, changing and deleting, each refused and changing nothing.
	 */
	private void refused(AccountPrincipal user, ResultMatcher expected, String base, long id) throws Exception {
		String record = base + "/" + id;
		Access.of(this.mvc, user, expected, this::action)
			.keeping(() -> this.fixtures.rows("administrative_action", this.nonbiri))
			.get(base, base + "/new", record + "/edit", record + "/delete")
			.submit(base + "/new")
			.submit(record + "/edit", "summary", "取消")
			.post(record + "/delete");
	}

	private MockHttpServletRequestBuilder action(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "IMPROVEMENT_ORDER");
		fields.put("actedOn", "2026-02-01");
		fields.put("authority", "北陸信越運輸局長");
		fields.put("summary", "運行管理体制の改善を命ずる。");
		fields.put("version", "0");
		return Registries.form(request, principal, fields, overrides);
	}

}
