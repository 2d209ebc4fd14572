package jp.kyogikai.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.Kyogikai;
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
class ComplaintControllerTests {

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
	void staffRecordResolveAndDeleteAComplaint() throws Exception {
		long before = this.fixtures.count("complaint", this.nonbiri);
		this.mvc.perform(get("/operators/{id}", this.nonbiri).with(user(this.staff)))
			.andExpect(content().string(allOf(containsString("/operators/" + this.nonbiri + "/complaints"),
					containsString(before + "件（未解決 0件）"))));
		this.mvc.perform(get("/operators/{id}/complaints/new", this.nonbiri).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("申出者"), containsString("解決日"), not(containsString("??")))));
		this.mvc.perform(complaint(post("/operators/{id}/complaints/new", this.nonbiri), this.staff, "complainant", ""))
			.andExpect(redirectedUrl("/operators/" + this.nonbiri + "/complaints"))
			.andExpect(flash().attribute("flashMessage", "flash.complaint.added"));
		long id = this.fixtures.id("complaint", this.nonbiri, "content", "運転が荒く怖かった。");
		this.mvc.perform(get("/operators/{id}", this.nonbiri).with(user(this.staff)))
			.andExpect(content().string(containsString((before + 1) + "件（未解決 1件）")));
		this.mvc.perform(get("/operators/{id}/complaints", this.nonbiri).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("令和8年10月5日"), containsString("匿名"),
					containsString("運転が荒く怖かった。"), containsString("未解決"), containsString("利用者の家族"),
					containsString("令和7年9月10日"), not(containsString("??")))));
		this.mvc
			.perform(complaint(post("/operators/{id}/complaints/{c}/edit", this.nonbiri, id), this.staff, "response",
					"運転者に指導し、本人に謝罪した。", "resolvedOn", "2026-10-12", "version", "0"))
			.andExpect(redirectedUrl("/operators/" + this.nonbiri + "/complaints"));
		assertThat(this.fixtures.text("complaint", id, "resolved_on")).isEqualTo("2026-10-12");
		this.mvc
			.perform(complaint(post("/operators/{id}/complaints/{c}/edit", this.nonbiri, id), this.staff, "response",
					"古い画面", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		this.mvc.perform(get("/operators/{id}/complaints/{c}/delete", this.nonbiri, id).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("苦情の記録の削除"), containsString("運転が荒く怖かった。"))));
		this.mvc
			.perform(
					post("/operators/{id}/complaints/{c}/delete", this.nonbiri, id).with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.nonbiri + "/complaints"));
		assertThat(this.fixtures.count("complaint", this.nonbiri)).isEqualTo(before);
		assertThat(this.fixtures.audits("complaint", id)).isEqualTo(3);
	}

	@Test
	void invalidInputIsShownInJapaneseAndNothingIsSaved() throws Exception {
		long before = this.fixtures.count("complaint", this.nonbiri);
		this.mvc
			.perform(complaint(post("/operators/{id}/complaints/new", this.nonbiri), this.staff, "content", "",
					"receivedOn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("苦情の内容を入力してください。"), containsString("受付日を入力してください。"),
					not(containsString("??")))));
		this.mvc
			.perform(complaint(post("/operators/{id}/complaints/new", this.nonbiri), this.staff, "resolvedOn",
					"2026-10-01", "response", "対応済み"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("解決日は受付日以降の日付にしてください。")));
		this.mvc
			.perform(complaint(post("/operators/{id}/complaints/new", this.nonbiri), this.staff, "resolvedOn",
					"2026-10-06"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("解決日を入力する場合は、対応内容も入力してください。")));
		this.mvc
			.perform(complaint(post("/operators/{id}/complaints/new", this.nonbiri), this.staff, "receivedOn",
					LocalDate.now(Kyogikai.ZONE).plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("受付日に今日より後の日付は入力できません。")));
		assertThat(this.fixtures.count("complaint", this.nonbiri)).isEqualTo(before);
	}

	@Test
	void anotherOperatorGets403OnStaffPagesAnd404InItsPortalAndNothingChanges() throws Exception {
		this.mvc.perform(complaint(post("/operator-portal/complaints/new"), this.fixtures.principal("nonbiri")))
			.andExpect(redirectedUrl("/operator-portal/complaints"));
		long id = this.fixtures.id("complaint", this.nonbiri, "content", "運転が荒く怖かった。");
		assertThat(this.fixtures.text("complaint", id, "entered_by_operator")).isEqualTo("true");
		long before = this.fixtures.count("complaint", this.nonbiri);
		AccountPrincipal tanto = this.fixtures.principal("tanto");
		String base = "/operators/" + this.nonbiri + "/complaints";
		String record = base + "/" + id;
		List<String> pages = List.of(base, base + "/new", record + "/edit", record + "/delete");
		Access.of(this.mvc, tanto, status().isForbidden(), this::complaint)
			.keeping(() -> this.fixtures.rows("complaint", this.nonbiri))
			.get(pages.toArray(String[]::new))
			.submit(base + "/new", "content", "乗っ取り")
			.submit(record + "/edit", "content", "乗っ取り")
			.post(record + "/delete");
		String portal = "/operator-portal/complaints/" + id;
		Access.of(this.mvc, tanto, status().isNotFound(), this::complaint)
			.keeping(() -> this.fixtures.rows("complaint", this.nonbiri))
			.get(portal + "/edit", portal + "/delete")
			.submit(portal + "/edit", "content", "乗っ取り")
			.post(portal + "/delete");
		this.mvc.perform(get("/operator-portal/complaints").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("運転が荒く怖かった。")), not(containsString("通院の迎え")))));
		Access.of(this.mvc, this.fixtures.principal("staff2"), status().isNotFound(), this::complaint)
			.keeping(() -> this.fixtures.rows("complaint", this.nonbiri))
			.get(pages.toArray(String[]::new))
			.submit(record + "/edit", "content", "小諸")
			.post(record + "/delete");
		assertThat(this.fixtures.count("complaint", this.nonbiri)).isEqualTo(before);
		assertThat(this.fixtures.text("complaint", id, "content")).isEqualTo("運転が荒く怖かった。");
	}

	@Test
	void anOperatorRecordsAndResolvesItsOwnComplaintsButNotThoseOfStaff() throws Exception {
		AccountPrincipal own = this.fixtures.principal("nonbiri");
		this.mvc
			.perform(complaint(post("/operators/{id}/complaints/new", this.nonbiri), this.staff, "content", "市に届いた苦情"))
			.andExpect(status().is3xxRedirection());
		long byStaff = this.fixtures.id("complaint", this.nonbiri, "content", "市に届いた苦情");
		this.mvc.perform(complaint(post("/operator-portal/complaints/new"), own))
			.andExpect(redirectedUrl("/operator-portal/complaints"));
		long byOperator = this.fixtures.id("complaint", this.nonbiri, "content", "運転が荒く怖かった。");
		this.mvc.perform(get("/operator-portal/complaints").with(user(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("市に届いた苦情"), containsString("運転が荒く怖かった。"),
					containsString("/operator-portal/complaints/" + byOperator + "/edit"),
					not(containsString("/operator-portal/complaints/" + byStaff + "/edit")),
					not(containsString("/operators/")), not(containsString("??")))));
		this.mvc
			.perform(complaint(post("/operator-portal/complaints/{c}/edit", byOperator), own, "response", "謝罪した。",
					"resolvedOn", "2026-10-06"))
			.andExpect(redirectedUrl("/operator-portal/complaints"));
		assertThat(this.fixtures.text("complaint", byOperator, "resolved_on")).isEqualTo("2026-10-06");
		this.mvc
			.perform(complaint(post("/operator-portal/complaints/{c}/edit", byStaff), own, "response", "解決扱い",
					"resolvedOn", "2026-10-06"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/operator-portal/complaints/{c}/delete", byStaff).with(user(own)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.isNull("complaint", byStaff, "resolved_on")).isTrue();
		this.mvc.perform(post("/operator-portal/complaints/{c}/delete", byOperator).with(user(own)).with(csrf()))
			.andExpect(redirectedUrl("/operator-portal/complaints"));
		assertThat(this.jdbc.sql("select count(*) from complaint where id = :id")
			.param("id", byOperator)
			.query(Long.class)
			.single()).isZero();
	}

	private MockHttpServletRequestBuilder complaint(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("receivedOn", "2026-10-05");
		fields.put("complainant", "");
		fields.put("content", "運転が荒く怖かった。");
		fields.put("response", "");
		fields.put("resolvedOn", "");
		fields.put("version", "0");
		return Registries.form(request, principal, fields, overrides);
	}

}
