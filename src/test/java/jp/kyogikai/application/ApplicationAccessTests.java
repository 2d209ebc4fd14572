package jp.kyogikai.application;

import java.util.List;
import java.util.Map;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static jp.kyogikai.application.ApplicationFixtures.PORTAL;
import static jp.kyogikai.application.ApplicationFixtures.STAFF;
import static jp.kyogikai.application.ApplicationFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches which application, on the demo data: のんびり's received 対価の変更 and たんと's draft.
 * Another operator's application is a 404 on every page, document and POST; another
 * municipality's staff get 404; members 403 everywhere; staff never see a draft. Nothing
 * changes on a refused request.
 */
@IntegrationTest
class ApplicationAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long nonbiriApplication;

	long nonbiriAttachment;

	long tantoDraft;

	@BeforeEach
	void findTheDemoApplications() {
		this.nonbiriApplication = this.jdbc.sql("""
				select a.id from application a join operator o on o.id = a.operator_id
				where o.name = '特定非営利活動法人 のんびり' and a.type = 'FARE_CHANGE'
				""").query(Long.class).single();
		this.nonbiriAttachment = this.jdbc.sql("select min(id) from application_attachment where application_id = :id")
			.param("id", this.nonbiriApplication)
			.query(Long.class)
			.single();
		this.tantoDraft = this.jdbc.sql("""
				select a.id from application a join operator o on o.id = a.operator_id
				where o.name = '特定非営利活動法人 たんと' and a.status = 'DRAFT'
				""").query(Long.class).single();
	}

	@Test
	void anotherOperatorGetsNotFoundOnEveryPageDocumentAndPostAndNothingChanges() throws Exception {
		AccountPrincipal tanto = principal("tanto");
		Map<String, Object> before = snapshot(this.nonbiriApplication);
		long id = this.nonbiriApplication;
		for (RequestBuilder request : List.of(get(PORTAL + "/{id}", id).with(user(tanto)),
				get(PORTAL + "/{id}/edit", id).with(user(tanto)),
				get(PORTAL + "/{id}/attachments/{a}", id, this.nonbiriAttachment).with(user(tanto)),
				post(PORTAL + "/{id}/edit", id).param("type", "FARE_CHANGE")
					.param("reason", "乗っ取り")
					.param("version", before.get("version").toString())
					.with(user(tanto))
					.with(csrf()),
				ApplicationFixtures.upload(tanto, id, "FARE_TABLE", "乗っ取り.pdf", pdf()),
				ApplicationFixtures.act(PORTAL, tanto, id, "WITHDRAW", (Long) before.get("version")),
				ApplicationFixtures.act(PORTAL, tanto, id, "SUBMIT", (Long) before.get("version")),
				ApplicationFixtures.act(PORTAL, tanto, id, "RESUBMIT", (Long) before.get("version")))) {
			this.mvc.perform(request).andExpect(status().isNotFound());
		}
		this.mvc.perform(get(PORTAL).with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/operator-portal/applications/" + this.tantoDraft),
					not(containsString("/operator-portal/applications/" + id + "\"")))));
		// staff pages are not the operators'
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(tanto))).andExpect(status().isForbidden());
		this.mvc.perform(ApplicationFixtures.act(STAFF, tanto, id, "RECEIVE", (Long) before.get("version")))
			.andExpect(status().isForbidden());
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void staffOfAnotherMunicipalityGetNotFoundAndNothingChanges() throws Exception {
		AccountPrincipal staff2 = principal("staff2");
		Map<String, Object> before = snapshot(this.nonbiriApplication);
		long id = this.nonbiriApplication;
		long version = (Long) before.get("version");
		for (RequestBuilder request : List.of(get(STAFF + "/{id}", id).with(user(staff2)),
				get(STAFF + "/{id}/return", id).with(user(staff2)),
				get(STAFF + "/{id}/attachments/{a}", id, this.nonbiriAttachment).with(user(staff2)),
				ApplicationFixtures.act(STAFF, staff2, id, "PUT_ON_AGENDA", version),
				post(STAFF + "/{id}/return", id).param("version", Long.toString(version))
					.param("rows[0].field", "reason")
					.param("rows[0].comment", "他市から")
					.with(user(staff2))
					.with(csrf()))) {
			this.mvc.perform(request).andExpect(status().isNotFound());
		}
		this.mvc.perform(get(STAFF).with(user(staff2)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("のんびり")), containsString("すべて（0件）"))));
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void membersAreForbiddenEverywhere() throws Exception {
		for (String member : List.of("member", "chair")) {
			AccountPrincipal principal = principal(member);
			for (String url : List.of(STAFF, STAFF + "/" + this.nonbiriApplication, PORTAL,
					PORTAL + "/" + this.nonbiriApplication, PORTAL + "/new")) {
				this.mvc.perform(get(url).with(user(principal))).andExpect(status().isForbidden());
			}
			this.mvc
				.perform(ApplicationFixtures.act(STAFF, principal, this.nonbiriApplication, "PUT_ON_AGENDA",
						version(this.nonbiriApplication)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get(STAFF).with(user(principal("nonbiri")))).andExpect(status().isForbidden());
		this.mvc.perform(get(PORTAL).with(user(principal("staff")))).andExpect(status().isForbidden());
		this.mvc.perform(get(STAFF)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(PORTAL + "/" + this.nonbiriApplication)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffNeverSeeADraftAndTheOwnOperatorAndStaffSeeTheReceivedApplication() throws Exception {
		AccountPrincipal staff = principal("staff");
		this.mvc.perform(get(STAFF + "/{id}", this.tantoDraft).with(user(staff))).andExpect(status().isNotFound());
		this.mvc.perform(get(STAFF).with(user(staff)))
			.andExpect(content().string(allOf(containsString("/applications/" + this.nonbiriApplication + "\""),
					not(containsString("/applications/" + this.tantoDraft + "\"")))));
		this.mvc.perform(get(STAFF + "/{id}", this.nonbiriApplication).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7福有第1号"), containsString("対価表は別添（対価表）"),
					containsString("対価表_のんびり.pdf"), containsString("掲載先の会議："), containsString("令和7年度 第1回（令和7年7月17日）"),
					not(containsString("value=\"REMOVE_FROM_AGENDA\"")))));
		this.mvc.perform(get(STAFF + "/{id}", this.nonbiriApplication).with(user(principal("admin"))))
			.andExpect(status().isOk());
		this.mvc
			.perform(get(STAFF + "/{id}/attachments/{a}", this.nonbiriApplication, this.nonbiriAttachment)
				.with(user(staff)))
			.andExpect(status().isOk());
		this.mvc.perform(get(PORTAL + "/{id}", this.nonbiriApplication).with(user(principal("nonbiri"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7福有第1号"), not(containsString("name=\"action\"")))));
		this.mvc.perform(get(PORTAL + "/{id}", this.tantoDraft).with(user(principal("tanto"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("軽微変更届出"), containsString("value=\"SUBMIT\""))));
	}

	@Test
	void withoutCsrfNothingIsPosted() throws Exception {
		Map<String, Object> before = snapshot(this.tantoDraft);
		this.mvc
			.perform(post(PORTAL + "/{id}/actions", this.tantoDraft).param("action", "WITHDRAW")
				.param("version", before.get("version").toString())
				.with(user(principal("tanto"))))
			.andExpect(status().isForbidden());
		assertThat(snapshot(this.tantoDraft)).isEqualTo(before);
	}

	private Map<String, Object> snapshot(long id) {
		return this.jdbc.sql("""
				select a.version, a.status, a.reason,
				  (select count(*) from application_event e where e.application_id = a.id) as events,
				  (select count(*) from application_attachment t where t.application_id = a.id) as attachments,
				  (select count(*) from stored_file) as files,
				  (select count(*) from mail_outbox m where m.reference = 'application:' || a.id) as mails
				from application a where a.id = :id
				""").param("id", id).query().singleRow();
	}

	private long version(long id) {
		return ApplicationFixtures.version(this.jdbc, id);
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
