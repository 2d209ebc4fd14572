package jp.kyogikai.council;

import java.util.List;

import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MemberCategoryControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
	}

	@Test
	void aCategoryIsAddedAtTheEnd() throws Exception {
		this.mvc.perform(post(base()).with(user(this.tenant.staff())).with(csrf()).param("name", " 福祉有償運送の利用者 "))
			.andExpect(redirectedUrl(base()));
		assertThat(names()).containsExactly("識見を有する者", "タクシー事業者", "市職員", "福祉有償運送の利用者");
	}

	@Test
	void aDuplicateNameIsRejected() throws Exception {
		this.mvc.perform(post(base()).with(user(this.tenant.staff())).with(csrf()).param("name", "市職員"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("選出区分「市職員」はすでにあります。")));
		assertThat(names()).hasSize(3);
	}

	@Test
	void aBlankNameIsRejected() throws Exception {
		this.mvc.perform(post(base()).with(user(this.tenant.staff())).with(csrf()).param("name", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("選出区分を入力してください。")));
		assertThat(names()).hasSize(3);
	}

	@Test
	void aCapAboveTheCharterMaximumIsRejected() throws Exception {
		this.mvc
			.perform(
					post(base()).with(user(this.tenant.staff())).with(csrf()).param("name", "学識経験者").param("cap", "11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("この区分の上限は、委員の定数（10人）以下にしてください。")));
		assertThat(names()).hasSize(3);
	}

	@Test
	void categoriesMoveUpAndDown() throws Exception {
		long last = idOf("市職員");
		this.mvc
			.perform(post(base() + "/" + last + "/move").with(user(this.tenant.staff()))
				.with(csrf())
				.param("direction", "up"))
			.andExpect(redirectedUrl(base()));
		assertThat(names()).containsExactly("識見を有する者", "市職員", "タクシー事業者");
		long first = idOf("識見を有する者");
		this.mvc
			.perform(post(base() + "/" + first + "/move").with(user(this.tenant.staff()))
				.with(csrf())
				.param("direction", "up"))
			.andExpect(redirectedUrl(base()));
		assertThat(names()).containsExactly("識見を有する者", "市職員", "タクシー事業者");
	}

	@Test
	void aCategoryIsRenamedWithItsCapAndTheChangeIsInItsHistory() throws Exception {
		long id = idOf("タクシー事業者");
		this.mvc
			.perform(post(base() + "/" + id).with(user(this.tenant.staff()))
				.with(csrf())
				.param("name", "タクシー事業者の代表")
				.param("cap", "2")
				.param("version", "0"))
			.andExpect(redirectedUrl(base()));
		assertThat(names()).contains("タクシー事業者の代表");
		this.mvc.perform(get(base() + "/" + id + "/edit").with(user(this.tenant.staff())))
			.andExpect(content().string(containsString("タクシー事業者の代表")))
			.andExpect(content().string(containsString(this.tenant.staff().getUsername())));
	}

	@Test
	void aStaleRenameIsRefused() throws Exception {
		long id = idOf("市職員");
		this.mvc
			.perform(post(base() + "/" + id).with(user(this.tenant.staff()))
				.with(csrf())
				.param("name", "市の職員")
				.param("version", "0"))
			.andExpect(redirectedUrl(base()));
		this.mvc
			.perform(post(base() + "/" + id).with(user(this.tenant.staff()))
				.with(csrf())
				.param("name", "市役所職員")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(names()).contains("市の職員");
	}

	@Test
	void aCategoryIsDeleted() throws Exception {
		long id = idOf("タクシー事業者");
		this.mvc.perform(
				post(base() + "/" + id + "/delete").with(user(this.tenant.staff())).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(base()));
		assertThat(names()).containsExactly("識見を有する者", "市職員");
	}

	private String base() {
		return "/councils/" + this.tenant.councilId() + "/categories";
	}

	private List<String> names() {
		return this.jdbc.sql("select name from member_category where council_id = :id order by sort_order, id")
			.param("id", this.tenant.councilId())
			.query(String.class)
			.list();
	}

	private long idOf(String name) {
		return this.jdbc.sql("select id from member_category where council_id = :id and name = :name")
			.param("id", this.tenant.councilId())
			.param("name", name)
			.query(Long.class)
			.single();
	}

}
