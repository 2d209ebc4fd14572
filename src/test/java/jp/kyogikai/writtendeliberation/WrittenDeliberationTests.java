package jp.kyogikai.writtendeliberation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 書面協議 through the pages, in a test's own council of nine members: the request mails,
 * replies until the deadline, the result by the charter's quorum, threshold and tie-break
 * (through voting.rule.Sitting), recusal of a member linked to the applicant, the
 * application's outcome, and what is refused (nothing changing).
 */
@IntegrationTest
class WrittenDeliberationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	MemberSetupService setup;

	@Autowired
	OperatorRepository operators;

	@Autowired
	ApplicationSetupService applications;

	// ---------------------------------------------------------------- helpers

	WrittenFixture council(int linked, int withoutEmail) {
		return new WrittenFixture(this.tenants, this.setup, this.operators, this.applications, this.jdbc, 9, linked,
				withoutEmail);
	}

	long create(WrittenFixture f, long applicationId) throws Exception {
		MvcResult result = this.mvc
			.perform(post(f.base()).param("applicationId", Long.toString(applicationId))
				.param("title", "しょめんの対価の変更について")
				.param("question", "対価の変更を承認することに賛成か反対かを御回答ください。")
				.param("deadlineDate", LocalDate.now().plusDays(7).toString())
				.param("deadlineTime", "17:00")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(f.base() + "/");
		return Long.parseLong(location.substring(f.base().length() + 1));
	}

	long sent(WrittenFixture f, long applicationId) throws Exception {
		long id = create(f, applicationId);
		this.mvc
			.perform(post(f.base() + "/{id}/send", id).param("version", Long.toString(version(id)))
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.sent"));
		return id;
	}

	static MockHttpServletRequestBuilder voteRequest(long id, String vote, String comment, Long version) {
		MockHttpServletRequestBuilder request = post("/member-portal/written-deliberations/{id}/vote", id)
			.param("vote", vote)
			.param("comment", comment);
		return (version != null) ? request.param("version", version.toString()) : request;
	}

	ResultActions vote(AccountPrincipal who, long id, String vote) throws Exception {
		return this.mvc.perform(voteRequest(id, vote, "", null).with(user(who)).with(csrf()));
	}

	void votes(WrittenFixture f, long id, int from, int to, String vote) throws Exception {
		for (int i = from; i <= to; i++) {
			vote(f.logins.get(i), id, vote).andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flashMessage", "flash.written.voted"));
		}
	}

	ResultActions close(WrittenFixture f, long id, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(f.base() + "/{id}/close", id).param("version",
				Long.toString(version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request.with(user(f.staff())).with(csrf()));
	}

	void expire(long id) {
		this.jdbc.sql("update written_deliberation set deadline = now() - interval '1 minute' where id = :id")
			.param("id", id)
			.update();
	}

	long version(long id) {
		return this.jdbc.sql("select version from written_deliberation where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	Map<String, Object> deliberation(long id) {
		return this.jdbc.sql("""
				select status, outcome, decision_outcome, conditions, in_favour, against, abstentions,
				  quorum_members, quorum_counted, quorum_required, decision_base, tie, casting_vote, deadline, version
				from written_deliberation where id = :id""").param("id", id).query().singleRow();
	}

	Map<String, Object> application(long id) {
		return this.jdbc.sql("select status, decision_outcome, decision_conditions from application where id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	List<Map<String, Object>> state(long id) {
		return this.jdbc
			.sql("""
					select 'd' as t, d.status as a, d.version::text as b, d.deadline::text as c from written_deliberation d where d.id = :id
					union all select 'v', v.member_id::text, v.vote, v.version::text from written_vote v where v.deliberation_id = :id
					union all select 'r', r.member_id::text, r.reason, null from written_recusal r where r.deliberation_id = :id
					order by 1, 2""")
			.param("id", id)
			.query()
			.listOfRows();
	}

	long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	// ---------------------------------------------------------------- the whole flow

	@Test
	void nineMembersFiveForTwoAgainstTwoSilentCarriesAndTheApplicationIsApproved() throws Exception {
		WrittenFixture f = council(-1, -1);
		long application = f.receivedApplication();
		this.mvc.perform(get(f.base() + "/new").with(user(f.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("特定非営利活動法人 しょめん")));
		long id = create(f, application);
		assertThat(application(application)).containsEntry("status", "ON_AGENDA");
		assertThat(deliberation(id)).containsEntry("status", "DRAFT");
		// a draft is not a member's
		this.mvc.perform(get("/member-portal/written-deliberations/{id}", id).with(user(f.logins.get(1))))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post(f.base() + "/{id}/send", id).param("version", Long.toString(version(id)))
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.sent"));
		long withEmail = this.jdbc
			.sql("select count(*) from member where id in (select member_id from written_recipient"
					+ " where deliberation_id = :id) and email is not null")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(withEmail).isEqualTo(9);
		assertThat(count("select count(*) from mail_outbox where reference = 'written-deliberation:' || :id", id))
			.isEqualTo(withEmail);
		assertThat(this.jdbc
			.sql("select body from mail_outbox where reference = 'written-deliberation:' || :id order by id limit 1")
			.param("id", id)
			.query(String.class)
			.single()).contains("/member-portal/written-deliberations/" + id, "回答期限", "しょめんの対価の変更について");
		assertThat(deliberation(id)).containsEntry("status", "OPEN");

		// the member's list, home panel and page
		AccountPrincipal first = f.logins.get(1);
		this.mvc.perform(get("/").with(user(first)))
			.andExpect(content().string(allOf(containsString("書面協議（回答待ち）"), containsString("しょめんの対価の変更について"))));
		this.mvc.perform(get("/member-portal/written-deliberations").with(user(first)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("しょめんの対価の変更について"), containsString("未回答"))));
		this.mvc.perform(get("/member-portal/written-deliberations/{id}", id).with(user(first)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"FOR\""), containsString("value=\"AGAINST\""),
					containsString("対価の変更を承認することに賛成か反対か"), containsString("application.pdf"))));
		this.mvc.perform(get("/member-portal/written-deliberations/{id}/application.pdf", id).with(user(first)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));

		// a member changes the reply before the deadline
		vote(first, id, "AGAINST").andExpect(status().is3xxRedirection());
		long replyVersion = count(
				"select version from written_vote where deliberation_id = :id and member_id = " + first.memberId(), id);
		this.mvc.perform(voteRequest(id, "FOR", "異議ありません", replyVersion).with(user(first)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.voted"));
		votes(f, id, 2, 5, "FOR");
		votes(f, id, 6, 7, "AGAINST");

		// not yet: two members may still reply before the deadline
		Object before = state(id);
		close(f, id).andExpect(flash().attribute("flashError", "written.refused.notYet"));
		assertThat(state(id)).isEqualTo(before);
		this.mvc.perform(get(f.base() + "/{id}", id).with(user(f.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("回答 7人／回答できる委員 9人"), containsString("異議ありません"),
					containsString("未回答"), containsString("可決"))));

		expire(id);
		close(f, id).andExpect(flash().attribute("flashMessage", "flash.written.closed"));
		assertThat(deliberation(id)).containsEntry("status", "CLOSED")
			.containsEntry("outcome", "CARRIED")
			.containsEntry("decision_outcome", "APPROVED")
			.containsEntry("in_favour", 5)
			.containsEntry("against", 2)
			.containsEntry("quorum_members", 9)
			.containsEntry("quorum_counted", 7)
			.containsEntry("quorum_required", 5);
		assertThat(application(application)).containsEntry("status", "DECIDED")
			.containsEntry("decision_outcome", "APPROVED");
		assertThat(count("select count(*) from agreed_fare where application_id = :id", application)).isEqualTo(1);
		assertThat(count("select count(*) from operator where id = :id and last_deliberated_on = current_date",
				f.operator))
			.isEqualTo(1);
		// the snapshot: the silent chair and member were absent, the seven counted
		assertThat(count("select count(*) from written_recipient where deliberation_id = :id and entitled", id))
			.isEqualTo(7);
		assertThat(count("select count(*) from written_recipient where deliberation_id = :id and counted_vote = 'FOR'",
				id))
			.isEqualTo(5);
		assertThat(count("select count(*) from written_recipient where deliberation_id = :id and not replied", id))
			.isEqualTo(2);

		// a closed deliberation changes no more
		Object closed = state(id);
		vote(f.logins.get(8), id, "AGAINST").andExpect(flash().attribute("flashError", "written.refused.finished"));
		close(f, id).andExpect(flash().attribute("flashError", "written.refused.finished"));
		this.mvc
			.perform(post(f.base() + "/{id}/cancel", id).param("reason", "やり直し")
				.param("version", Long.toString(version(id)))
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "written.refused.finished"));
		this.mvc
			.perform(post(f.base() + "/{id}/replies/{m}", id, f.members.get(8).getId()).param("vote", "FOR")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "written.refused.finished"));
		assertThat(state(id)).isEqualTo(closed);
		assertThat(deliberation(id)).containsEntry("in_favour", 5);

		this.mvc.perform(get("/member-portal/written-deliberations/{id}", id).with(user(first)))
			.andExpect(content().string(allOf(containsString("承認"), not(containsString("value=\"AGAINST\"")))));
		this.mvc.perform(get(f.base() + "/{id}/result.csv", id).with(user(f.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("異議ありません"), containsString("未回答"))));

		// audited: the first member's reply twice, the deliberation at each step
		assertThat(count("select count(*) from written_vote_aud where member_id = " + first.memberId()
				+ " and deliberation_id = :id", id))
			.isEqualTo(2);
		assertThat(count("select count(*) from written_deliberation_aud where id = :id", id)).isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from written_recipient_aud where deliberation_id = :id", id)).isEqualTo(18);
	}

	@Test
	void threeRepliesOfNineDoNotReachTheQuorum() throws Exception {
		WrittenFixture f = council(-1, -1);
		long application = f.receivedApplication();
		long id = sent(f, application);
		votes(f, id, 1, 3, "FOR");
		expire(id);
		Object before = state(id);
		close(f, id).andExpect(flash().attribute("flashError", "written.refused.noQuorum"));
		assertThat(state(id)).isEqualTo(before);
		assertThat(application(application)).containsEntry("status", "ON_AGENDA");
		this.mvc.perform(get(f.base() + "/{id}", id).with(user(f.staff())))
			.andExpect(content().string(allOf(containsString("委員9人中 回答3人、定足数5人"), containsString("定足数に達していません"),
					containsString("回答期限を延長する"))));
		// after the deadline nobody replies
		vote(f.logins.get(4), id, "FOR").andExpect(flash().attribute("flashError", "written.refused.deadlinePassed"));
		assertThat(state(id)).isEqualTo(before);

		// staff extend the deadline: replies are open again
		this.mvc
			.perform(post(f.base() + "/{id}/extend", id).param("deadlineDate", LocalDate.now().plusDays(3).toString())
				.param("deadlineTime", "12:00")
				.param("version", Long.toString(version(id)))
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.extended"));
		vote(f.logins.get(4), id, "FOR").andExpect(flash().attribute("flashMessage", "flash.written.voted"));

		// or cancel: the application goes back to 受付済み
		this.mvc
			.perform(post(f.base() + "/{id}/cancel", id).param("reason", "")
				.param("version", Long.toString(version(id)))
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "written.refused.cancelReason"));
		this.mvc
			.perform(post(f.base() + "/{id}/cancel", id).param("reason", "回答が集まらないため会議で協議する")
				.param("version", Long.toString(version(id)))
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.cancelled"));
		assertThat(deliberation(id)).containsEntry("status", "CANCELLED").containsEntry("outcome", null);
		assertThat(application(application)).containsEntry("status", "RECEIVED");
		vote(f.logins.get(5), id, "FOR").andExpect(flash().attribute("flashError", "written.refused.finished"));
	}

	@Test
	void aTieIsRejectedOrDecidedByTheChairAsTheCharterSays() throws Exception {
		// the chair replies (presides, does not vote under the typical charter), three
		// for,
		// three against, two silent: 3 to 3 among the six entitled
		WrittenFixture rejecting = council(-1, -1);
		rejecting.charter("tie_break", "REJECTED");
		long rejectedApplication = rejecting.receivedApplication();
		long rejected = sent(rejecting, rejectedApplication);
		tie(rejecting, rejected);
		close(rejecting, rejected).andExpect(flash().attribute("flashMessage", "flash.written.closed"));
		assertThat(deliberation(rejected)).containsEntry("outcome", "NOT_CARRIED")
			.containsEntry("decision_outcome", "REJECTED")
			.containsEntry("tie", true)
			.containsEntry("in_favour", 3)
			.containsEntry("against", 3)
			.containsEntry("decision_base", 6);
		assertThat(application(rejectedApplication)).containsEntry("status", "DECIDED")
			.containsEntry("decision_outcome", "REJECTED");

		WrittenFixture chairDecides = council(-1, -1);
		chairDecides.charter("tie_break", "CHAIR_DECIDES");
		long application = chairDecides.receivedApplication();
		long id = sent(chairDecides, application);
		tie(chairDecides, id);
		this.mvc.perform(get(chairDecides.base() + "/{id}", id).with(user(chairDecides.staff())))
			.andExpect(content().string(allOf(containsString("会長の裁決"), containsString("name=\"castingVote\""))));
		Object before = state(id);
		close(chairDecides, id).andExpect(flash().attribute("flashError", "written.refused.castingVote"));
		assertThat(state(id)).isEqualTo(before);
		close(chairDecides, id, "castingVote", "FOR", "conditions", "運行記録を毎月提出すること")
			.andExpect(flash().attribute("flashMessage", "flash.written.closed"));
		assertThat(deliberation(id)).containsEntry("outcome", "CARRIED")
			.containsEntry("decision_outcome", "APPROVED_WITH_CONDITIONS")
			.containsEntry("casting_vote", "FOR")
			.containsEntry("conditions", "運行記録を毎月提出すること");
		assertThat(application(application)).containsEntry("decision_outcome", "APPROVED_WITH_CONDITIONS")
			.containsEntry("decision_conditions", "運行記録を毎月提出すること");
		// the chair replied and counted toward the quorum, but not in the vote
		assertThat(count("select count(*) from written_recipient where deliberation_id = :id and chair and replied"
				+ " and not entitled", id))
			.isEqualTo(1);
	}

	void tie(WrittenFixture f, long id) throws Exception {
		this.mvc.perform(get("/member-portal/written-deliberations/{id}", id).with(user(f.logins.get(0))))
			.andExpect(content().string(containsString("会長は表決に加わりません")));
		votes(f, id, 0, 3, "FOR");
		votes(f, id, 4, 6, "AGAINST");
		expire(id);
	}

	@Test
	void aMemberOfTheApplicantIsProposedForRecusalCannotReplyAndIsNotCounted() throws Exception {
		WrittenFixture f = council(8, 7);
		long application = f.receivedApplication();
		long id = create(f, application);
		long linked = f.members.get(8).getId();
		assertThat(this.jdbc.sql("select member_id from written_recusal where deliberation_id = :id and proposed")
			.param("id", id)
			.query(Long.class)
			.list()).containsExactly(linked);
		this.mvc.perform(get(f.base() + "/{id}", id).with(user(f.staff())))
			.andExpect(content().string(allOf(containsString("申請者（特定非営利活動法人 しょめん）の関係者"), containsString("自動の候補"),
					containsString("郵送等で送付する委員：委員8"), containsString("value=\"" + LocalDate.now().plusDays(7) + "\""),
					containsString("value=\"17:00\""))));

		// staff add a recusal only with a reason, and take it back
		long other = f.members.get(3).getId();
		Object before = state(id);
		this.mvc
			.perform(post(f.base() + "/{id}/recusals", id).param("memberId", Long.toString(other))
				.param("reason", " ")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "written.refused.recusalReason"));
		assertThat(state(id)).isEqualTo(before);
		this.mvc
			.perform(post(f.base() + "/{id}/recusals", id).param("memberId", Long.toString(other))
				.param("reason", "申請者の理事を兼ねる")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.recused"));
		assertThat(count("select count(*) from written_recusal where deliberation_id = :id", id)).isEqualTo(2);
		this.mvc.perform(post(f.base() + "/{id}/recusals/{m}/delete", id, other).with(user(f.staff())).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.unrecused"));
		assertThat(count("select count(*) from written_recusal where deliberation_id = :id", id)).isEqualTo(1);

		this.mvc
			.perform(post(f.base() + "/{id}/send", id).param("version", Long.toString(version(id)))
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.sent"));
		// eight addresses: the member without one gets the request by post
		assertThat(count("select count(*) from mail_outbox where reference = 'written-deliberation:' || :id", id))
			.isEqualTo(8);
		// recusals are fixed once sent
		this.mvc.perform(post(f.base() + "/{id}/recusals/{m}/delete", id, linked).with(user(f.staff())).with(csrf()))
			.andExpect(flash().attribute("flashError", "written.refused.alreadySent"));

		AccountPrincipal recused = f.logins.get(8);
		this.mvc.perform(get("/member-portal/written-deliberations/{id}", id).with(user(recused)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("この案件には利害関係があるため、表決に加わりません"), not(containsString("value=\"FOR\"")))));
		Object sentState = state(id);
		vote(recused, id, "FOR").andExpect(flash().attribute("flashError", "written.refused.recused"));
		assertThat(state(id)).isEqualTo(sentState);

		// the member without an address replies by post, recorded by staff
		this.mvc
			.perform(post(f.base() + "/{id}/replies/{m}", id, f.members.get(7).getId()).param("vote", "AGAINST")
				.param("comment", "郵送で回答")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.written.recorded"));
		assertThat(this.jdbc.sql("select recorded_by from written_vote where deliberation_id = :id and member_id = :m")
			.param("id", id)
			.param("m", f.members.get(7).getId())
			.query(String.class)
			.single()).isEqualTo(f.staff().getUsername());
		// everyone else replies: every member who may reply did, so staff close before
		// the
		// deadline
		votes(f, id, 0, 4, "FOR");
		votes(f, id, 5, 6, "AGAINST");
		close(f, id).andExpect(flash().attribute("flashMessage", "flash.written.closed"));
		assertThat(deliberation(id)).containsEntry("outcome", "CARRIED")
			.containsEntry("in_favour", 4)
			.containsEntry("against", 3)
			.containsEntry("quorum_counted", 8);
		assertThat(count("select count(*) from written_recipient where deliberation_id = :id and member_id = " + linked
				+ " and recused and not entitled and counted_vote is null", id))
			.isEqualTo(1);
	}

	// ---------------------------------------------------------------- who may

	@Test
	void othersGetNothingAndChangeNothing() throws Exception {
		WrittenFixture f = council(-1, -1);
		long application = f.receivedApplication();
		long id = sent(f, application);
		vote(f.logins.get(1), id, "FOR").andExpect(status().is3xxRedirection());
		WrittenFixture other = council(-1, -1);
		AccountPrincipal otherMember = other.logins.get(1);
		String page = "/member-portal/written-deliberations/" + id;
		Object before = state(id);

		jp.kyogikai.support.Access.of(this.mvc, otherMember, status().isNotFound())
			.keeping(() -> state(id))
			.get(page, page + "/application.pdf")
			.send(voteRequest(id, "AGAINST", "", null));
		assertThat(count("select count(*) from written_vote where deliberation_id = :id", id)).isEqualTo(1);

		String staffPage = f.base() + "/" + id;
		jp.kyogikai.support.Access.of(this.mvc, other.staff(), status().isNotFound())
			.keeping(() -> state(id))
			.get(f.base(), staffPage, staffPage + "/result.csv", f.base() + "/new")
			.send(post(staffPage + "/close").param("version", Long.toString(version(id))),
					post(staffPage + "/cancel").param("reason", "x").param("version", Long.toString(version(id))),
					post(staffPage + "/replies/" + f.members.get(2).getId()).param("vote", "FOR"),
					post(f.base()).param("applicationId", Long.toString(application))
						.param("title", "t")
						.param("question", "q")
						.param("deadlineDate", LocalDate.now().plusDays(3).toString())
						.param("deadlineTime", "17:00"));
		// the council's id in the URL must be the deliberation's
		jp.kyogikai.support.Access.of(this.mvc, other.staff(), status().isNotFound())
			.keeping(() -> state(id))
			.get(other.base() + "/" + id);

		AccountPrincipal operator = jp.kyogikai.support.Registries.operatorUser(f.operator);
		jp.kyogikai.support.Access.of(this.mvc, operator, status().isForbidden())
			.keeping(() -> state(id))
			.get(staffPage, page, page + "/application.pdf")
			.send(voteRequest(id, "AGAINST", "", null),
					post(staffPage + "/close").param("version", Long.toString(version(id))));
		jp.kyogikai.support.Access.of(this.mvc, f.logins.get(1), status().isForbidden())
			.keeping(() -> state(id))
			.get(staffPage)
			.send(post(staffPage + "/close").param("version", Long.toString(version(id))));
		assertThat(state(id)).isEqualTo(before);
	}

	@Test
	void refusalsOnCreatingLeaveTheApplicationAsItWas() throws Exception {
		WrittenFixture f = council(-1, -1);
		long application = f.receivedApplication();
		// a deadline in the past
		this.mvc
			.perform(post(f.base()).param("applicationId", Long.toString(application))
				.param("title", "案件")
				.param("question", "賛否を")
				.param("deadlineDate", LocalDate.now().minusDays(1).toString())
				.param("deadlineTime", "17:00")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("これから先の日時")));
		// another municipality's application
		WrittenFixture other = council(-1, -1);
		long foreign = other.receivedApplication();
		this.mvc
			.perform(post(f.base()).param("applicationId", Long.toString(foreign))
				.param("title", "案件")
				.param("question", "賛否を")
				.param("deadlineDate", LocalDate.now().plusDays(3).toString())
				.param("deadlineTime", "17:00")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("受付済みの申請（この協議会の市町村のもの）を選んでください")));
		assertThat(application(application)).containsEntry("status", "RECEIVED");
		assertThat(application(foreign)).containsEntry("status", "RECEIVED");
		assertThat(count("select count(*) from written_deliberation where council_id = :id", f.councilId())).isZero();
		// an application already on an agenda cannot be taken twice
		create(f, application);
		this.mvc
			.perform(post(f.base()).param("applicationId", Long.toString(application))
				.param("title", "案件")
				.param("question", "賛否を")
				.param("deadlineDate", LocalDate.now().plusDays(3).toString())
				.param("deadlineTime", "17:00")
				.with(user(f.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("受付済みの申請")));
		assertThat(count("select count(*) from written_deliberation where council_id = :id", f.councilId()))
			.isEqualTo(1);
	}

}
