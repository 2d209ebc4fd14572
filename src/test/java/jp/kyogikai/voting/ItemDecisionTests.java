package jp.kyogikai.voting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * Deciding a 協議事項 at the meeting in a test's own council of nine members: recusals
 * proposed from the link to the applicant operator, the quorum, consent, counted votes
 * with abstentions under each base, the casting vote, 継続審議, the snapshot, the lock,
 * corrections, the CSV and who may do it.
 */
@IntegrationTest
class ItemDecisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	LiveMeetingService live;

	@Autowired
	HeldMeetings held;

	@Autowired
	UserDetailsService users;

	DecisionFixture council;

	@BeforeEach
	void setUp() throws Exception {
		// the live screen stores the attendance from the replies; 開会 before deciding
		this.council = this.held.council();
		this.live.open(this.council.meeting, this.council.staff(), null, sessionVersion());
	}

	long sessionVersion() {
		return this.held.session(this.council);
	}

	// ---------------------------------------------------------------- helpers

	String url(String path) {
		return "/meetings/" + this.council.meeting + "/live/items/" + this.council.item + path;
	}

	ResultActions send(String path, String... params) throws Exception {
		return send(this.council.staff(), path, params);
	}

	ResultActions send(AccountPrincipal who, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(url(path));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request.with(user(who)).with(csrf()));
	}

	String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String vote(int index) {
		return "votes[" + this.council.member(index) + "]";
	}

	void absent(int... indexes) {
		for (int index : indexes) {
			this.jdbc
				.sql("update meeting_attendance set attendance = 'ABSENT' where meeting_id = :m and member_id = :p")
				.param("m", this.council.meeting)
				.param("p", this.council.member(index))
				.update();
		}
	}

	long count(String sql) {
		return this.jdbc.sql(sql).param("i", this.council.item).query(Long.class).single();
	}

	Map<String, Object> decision() {
		return this.jdbc.sql("select * from item_decision where agenda_item_id = :i")
			.param("i", this.council.item)
			.query()
			.singleRow();
	}

	Map<String, Object> seat(int index) {
		return this.jdbc
			.sql("select s.* from item_decision_seat s join item_decision d on d.id = s.decision_id"
					+ " where d.agenda_item_id = :i and s.member_id = :p")
			.param("i", this.council.item)
			.param("p", this.council.member(index))
			.query()
			.singleRow();
	}

	String applicationStatus() {
		return this.jdbc.sql("select status from application where id = :a")
			.param("a", this.council.application)
			.query(String.class)
			.single();
	}

	String applicationOutcome() {
		return this.jdbc.sql("select decision_outcome from application where id = :a")
			.param("a", this.council.application)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	long agreedFares() {
		return this.jdbc.sql("select count(*) from agreed_fare where application_id = :a")
			.param("a", this.council.application)
			.query(Long.class)
			.single();
	}

	long decisions() {
		return count("select count(*) from item_decision where agenda_item_id = :i and decided_at is not null");
	}

	// ---------------------------------------------------------------- recusal and
	// consent

	@Test
	void theMemberLinkedToTheApplicantIsProposedForRecusalAndLeavesTheCount() throws Exception {
		this.mvc.perform(get(url("")).with(user(this.council.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("申請者（特定非営利活動法人 ぎけつ）の関係者"), containsString("（自動提案）"),
					containsString("表決に加わる委員 5人"))));
		assertThat(this.jdbc.sql("select member_id from item_recusal where agenda_item_id = :i and proposed")
			.param("i", this.council.item)
			.query(Long.class)
			.list()).containsExactly(this.council.member(DecisionFixture.LINKED));

		send("/decide", "method", "CONSENT", "explanation", "事業者から説明", "questions", "質疑なし")
			.andExpect(status().is3xxRedirection());

		Map<String, Object> decision = decision();
		assertThat(decision).containsEntry("method", "CONSENT")
			.containsEntry("outcome", "APPROVED")
			.containsEntry("members", 9)
			.containsEntry("counted_present", 7)
			.containsEntry("required_quorum", 5)
			.containsEntry("presiding_member_id", this.council.member(0))
			.containsEntry("in_favour", 5)
			.containsEntry("base", 5)
			.containsEntry("explanation", "事業者から説明")
			.containsEntry("questions", "質疑なし");
		assertThat(seat(DecisionFixture.LINKED)).containsEntry("recused", true)
			.containsEntry("entitled", false)
			.containsEntry("recusal_reason", "申請者（特定非営利活動法人 ぎけつ）の関係者");
		assertThat(seat(0)).containsEntry("presiding", true).containsEntry("entitled", false);
		assertThat(seat(2)).containsEntry("vote", "FOR");
		assertThat(seat(8)).containsEntry("attendance", "ABSENT").containsEntry("entitled", false);
		assertThat(applicationStatus()).isEqualTo("DECIDED");
		assertThat(applicationOutcome()).isEqualTo("APPROVED");
		assertThat(agreedFares()).isEqualTo(1);
		assertThat(this.jdbc.sql("select last_deliberated_on from operator where id = :o")
			.param("o", this.council.operator)
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(this.council.day);
	}

	@Test
	void staffWithdrawAndAddRecusalsWithAReason() throws Exception {
		this.mvc.perform(get(url("")).with(user(this.council.staff()))).andExpect(status().isOk());
		long linked = this.council.member(DecisionFixture.LINKED);
		send("/recusals/" + linked + "/withdraw", "reason", " ")
			.andExpect(flash().attribute("flashErrorText", "除斥を取り消す理由を入力してください。"));
		send("/recusals/" + linked + "/withdraw", "reason", "関係を解消済み").andExpect(status().is3xxRedirection());
		send("/recusals", "memberId", String.valueOf(this.council.member(3)), "reason", "")
			.andExpect(flash().attribute("flashErrorText", "除斥の理由を入力してください。"));
		send("/recusals", "memberId", String.valueOf(this.council.member(3)), "reason", "申請者の役員の親族")
			.andExpect(status().is3xxRedirection());
		send("/decide", "method", "CONSENT").andExpect(status().is3xxRedirection());
		assertThat(seat(DecisionFixture.LINKED)).containsEntry("recused", false).containsEntry("vote", "FOR");
		assertThat(seat(3)).containsEntry("recused", true).containsEntry("recusal_reason", "申請者の役員の親族");
		assertThat(
				this.jdbc.sql("select withdrawn_reason from item_recusal where agenda_item_id = :i and member_id = :p")
					.param("i", this.council.item)
					.param("p", linked)
					.query(String.class)
					.single())
			.isEqualTo("関係を解消済み");
		assertThat(count(
				"select count(*) from item_recusal_aud a join item_recusal r on r.id = a.id where r.agenda_item_id = :i"))
			.isGreaterThanOrEqualTo(3);
	}

	// ---------------------------------------------------------------- quorum

	@Test
	void afterTheClosingNothingIsDecided() throws Exception {
		this.live.close(this.council.meeting, this.council.staff(), null, sessionVersion());
		String page = body(send("/decide", "method", "CONSENT").andExpect(status().isOk()));
		assertThat(page).contains("開会中の会議でなければ議決できません。");
		assertThat(count("select count(*) from item_decision where agenda_item_id = :i")).isZero();
		assertThat(applicationStatus()).isEqualTo("ON_AGENDA");
	}

	@Test
	void withoutTheQuorumNothingIsDecided() throws Exception {
		absent(4, 5, 6);
		String page = body(send("/decide", "method", "CONSENT").andExpect(status().isOk()));
		assertThat(page).contains("定足数に達していないため、議決できません（委員9人中4人出席、定足数5人）");
		assertThat(count("select count(*) from item_decision where agenda_item_id = :i")).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from item_decision_seat s join item_decision d on d.id = s.decision_id"
					+ " where d.meeting_id = :m")
			.param("m", this.council.meeting)
			.query(Long.class)
			.single()).isZero();
		assertThat(applicationStatus()).isEqualTo("ON_AGENDA");
		assertThat(this.jdbc.sql("select last_deliberated_on from operator where id = :o")
			.param("o", this.council.operator)
			.query(java.time.LocalDate.class)
			.optional()
			.orElse(null)).isNull();
	}

	// ---------------------------------------------------------------- counted votes

	@Test
	void aTieAsksForTheCastingVoteAndTheChairDecides() throws Exception {
		absent(4, 6);
		String[] votes = { "method", "VOTE", vote(1), "FOR", vote(2), "FOR", vote(3), "AGAINST", vote(5), "AGAINST" };
		String page = body(send("/decide", votes).andExpect(status().isOk()));
		assertThat(page).contains("可否同数です（賛成2、賛成以外2）").contains("id=\"casting-vote\"");
		assertThat(decisions()).isZero();
		assertThat(applicationStatus()).isEqualTo("ON_AGENDA");

		String[] withCasting = java.util.Arrays.copyOf(votes, votes.length + 2);
		withCasting[votes.length] = "castingVote";
		withCasting[votes.length + 1] = "FOR";
		send("/decide", withCasting).andExpect(status().is3xxRedirection());
		assertThat(decision()).containsEntry("outcome", "APPROVED")
			.containsEntry("tie", true)
			.containsEntry("casting_vote", "FOR")
			.containsEntry("in_favour", 2)
			.containsEntry("against", 2)
			.containsEntry("counted_present", 5);
		assertThat(seat(0)).containsEntry("presiding", true).containsEntry("vote", null);
		assertThat(applicationOutcome()).isEqualTo("APPROVED");
	}

	@Test
	void aTieIsRejectedWhenTheCharterSaysSo() throws Exception {
		this.council.charter("tie_break", "REJECTED");
		absent(4, 6);
		send("/decide", "method", "VOTE", vote(1), "FOR", vote(2), "FOR", vote(3), "AGAINST", vote(5), "AGAINST")
			.andExpect(status().is3xxRedirection());
		assertThat(decision()).containsEntry("outcome", "REJECTED")
			.containsEntry("tie", true)
			.containsEntry("casting_vote", null);
		assertThat(applicationStatus()).isEqualTo("DECIDED");
		assertThat(applicationOutcome()).isEqualTo("REJECTED");
		assertThat(agreedFares()).isZero();
	}

	@Test
	void anAbstentionCountsAgainstUnderPresentAndEntitled() throws Exception {
		// entitled: 副会長, 三郎, 四郎, 六郎, 七郎 (会長 presides, 五郎 recused)
		send("/decide", "method", "VOTE", vote(1), "FOR", vote(2), "FOR", vote(3), "AGAINST", vote(5), "ABSTAIN",
				vote(6), "ABSTAIN", "outcome", "APPROVED")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("賛成2人で、可決に必要な3人に達しないため、承認とすることはできません。")));
		assertThat(decisions()).isZero();
		send("/decide", "method", "VOTE", vote(1), "FOR", vote(2), "FOR", vote(3), "AGAINST", vote(5), "ABSTAIN",
				vote(6), "ABSTAIN")
			.andExpect(status().is3xxRedirection());
		assertThat(decision()).containsEntry("outcome", "REJECTED")
			.containsEntry("base", 5)
			.containsEntry("required", 3)
			.containsEntry("abstentions", 2);
		assertThat(applicationOutcome()).isEqualTo("REJECTED");
	}

	@Test
	void anAbstentionDoesNotCountUnderVotesCast() throws Exception {
		this.council.charter("decision_base", "VOTES_CAST");
		send("/decide", "method", "VOTE", vote(1), "FOR", vote(2), "FOR", vote(3), "AGAINST", vote(5), "ABSTAIN",
				vote(6), "ABSTAIN", "outcome", "APPROVED_WITH_CONDITIONS")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("条件付き承認には条件を入力してください。")));
		send("/decide", "method", "VOTE", vote(1), "FOR", vote(2), "FOR", vote(3), "AGAINST", vote(5), "ABSTAIN",
				vote(6), "ABSTAIN", "outcome", "APPROVED_WITH_CONDITIONS", "conditions", "半年後に実績を報告すること")
			.andExpect(status().is3xxRedirection());
		assertThat(decision()).containsEntry("outcome", "APPROVED_WITH_CONDITIONS")
			.containsEntry("conditions", "半年後に実績を報告すること")
			.containsEntry("base", 3)
			.containsEntry("required", 2);
		assertThat(applicationOutcome()).isEqualTo("APPROVED_WITH_CONDITIONS");
		assertThat(agreedFares()).isEqualTo(1);
	}

	@Test
	void aMissingVoteIsRefused() throws Exception {
		send("/decide", "method", "VOTE", vote(1), "FOR").andExpect(status().isOk())
			.andExpect(content().string(containsString("委員 三郎の表決（賛成・反対・棄権）を選んでください。")));
		assertThat(decisions()).isZero();
	}

	// ---------------------------------------------------------------- 継続審議

	@Test
	void continuedSendsTheApplicationBackToReceived() throws Exception {
		send("/decide", "outcome", "CONTINUED", "questions", "資料の追加を求める").andExpect(status().is3xxRedirection());
		assertThat(decision()).containsEntry("outcome", "CONTINUED")
			.containsEntry("method", null)
			.containsEntry("in_favour", null);
		assertThat(seat(2)).containsEntry("attendance", "PRESENT").containsEntry("vote", null);
		assertThat(applicationStatus()).isEqualTo("RECEIVED");
		assertThat(this.jdbc.sql("select last_deliberated_on from operator where id = :o")
			.param("o", this.council.operator)
			.query(java.time.LocalDate.class)
			.optional()
			.orElse(null)).isNull();
	}

	// ---------------------------------------------------------------- snapshot, lock,
	// corrections

	@Test
	void theSnapshotStaysWhenAttendanceChangesAndTheItemIsLocked() throws Exception {
		send("/decide", "method", "CONSENT").andExpect(status().is3xxRedirection());
		long events = this.jdbc.sql("select count(*) from application_event where application_id = :a")
			.param("a", this.council.application)
			.query(Long.class)
			.single();
		long version = this.jdbc.sql("select version from meeting_attendance where meeting_id = :m and member_id = :p")
			.param("m", this.council.meeting)
			.param("p", this.council.member(2))
			.query(Long.class)
			.single();
		this.live.mark(this.council.meeting, this.council.member(2), this.council.staff(), Attendance.ABSENT, null,
				version);
		assertThat(seat(2)).containsEntry("attendance", "PRESENT").containsEntry("vote", "FOR");
		assertThat(decision()).containsEntry("counted_present", 7).containsEntry("in_favour", 5);
		this.mvc.perform(get(url("")).with(user(this.council.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("委員9人中7人出席（定足数5人）"), containsString("賛成5、反対0、棄権0"))));

		String page = body(send("/decide", "method", "CONSENT").andExpect(status().isOk()));
		assertThat(page).contains("この協議事項は議決済みです。");
		send("/recusals", "memberId", String.valueOf(this.council.member(3)), "reason", "後から")
			.andExpect(flash().attribute("flashErrorText", containsString("議決済み")));
		assertThat(count(
				"select count(*) from item_decision_seat s join item_decision d on d.id = s.decision_id where d.agenda_item_id = :i"))
			.isEqualTo(9);
		assertThat(this.jdbc.sql("select count(*) from application_event where application_id = :a")
			.param("a", this.council.application)
			.query(Long.class)
			.single()).isEqualTo(events);
		assertThatThrownBy(() -> this.jdbc.sql("update item_decision_seat set vote = 'AGAINST' where member_id = :p")
			.param("p", this.council.member(2))
			.update()).hasMessageContaining("immutable");
	}

	@Test
	void aCorrectionNeedsAReasonIsAuditedAndCannotChangeTheApplication() throws Exception {
		send("/decide", "method", "CONSENT").andExpect(status().is3xxRedirection());
		long decision = ((Number) decision().get("id")).longValue();
		send("/correct", "outcome", "APPROVED_WITH_CONDITIONS", "conditions", "利用者に周知すること", "reason", "")
			.andExpect(flash().attribute("flashErrorText", "訂正の理由を入力してください。"));
		send("/correct", "outcome", "REJECTED", "reason", "誤って承認とした")
			.andExpect(flash().attribute("flashErrorText", containsString("申請の状態が変わる訂正はできません")));
		assertThat(this.jdbc.sql("select count(*) from item_decision_correction where decision_id = :d")
			.param("d", decision)
			.query(Long.class)
			.single()).isZero();
		assertThat(decision()).containsEntry("outcome", "APPROVED");

		send("/correct", "outcome", "APPROVED_WITH_CONDITIONS", "conditions", "利用者に周知すること", "reason", "条件の記録漏れ")
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(0));
		assertThat(decision()).containsEntry("outcome", "APPROVED_WITH_CONDITIONS")
			.containsEntry("conditions", "利用者に周知すること");
		assertThat(this.jdbc.sql(
				"select reason, previous_outcome, new_outcome, corrected_by from item_decision_correction where decision_id = :d")
			.param("d", decision)
			.query()
			.singleRow()).containsEntry("reason", "条件の記録漏れ")
			.containsEntry("previous_outcome", "APPROVED")
			.containsEntry("new_outcome", "APPROVED_WITH_CONDITIONS");
		assertThat(this.jdbc.sql("select count(*) from item_decision_correction_aud").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("select outcome from item_decision_aud where id = :d order by rev")
			.param("d", decision)
			.query(String.class)
			.list()).containsSubsequence("APPROVED", "APPROVED_WITH_CONDITIONS");
		assertThat(applicationOutcome()).isEqualTo("APPROVED");
		this.mvc.perform(get(url("")).with(user(this.council.staff())))
			.andExpect(content().string(containsString("条件の記録漏れ")));
	}

	// ---------------------------------------------------------------- CSV

	@Test
	void theDecisionsExportAsCsv() throws Exception {
		send("/decide", "method", "VOTE", vote(1), "FOR", vote(2), "FOR", vote(3), "AGAINST", vote(5), "FOR", vote(6),
				"ABSTAIN")
			.andExpect(status().is3xxRedirection());
		String csv = body(this.mvc
			.perform(get("/meetings/{id}/decisions.csv", this.council.meeting).with(user(this.council.staff())))
			.andExpect(status().isOk()));
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("協議事項", "議決方法", "賛成", "会長 一郎", "委員 九郎");
		assertThat(lines.get(1)).contains("対価の変更について", "採決", "承認", "特定非営利活動法人 ぎけつ", "除斥", "議長", "欠席", "反対", "棄権");
	}

	// ---------------------------------------------------------------- access

	@Test
	void onlyTheCouncilsStaffMayDecide() throws Exception {
		AccountPrincipal staff2 = (AccountPrincipal) this.users.loadUserByUsername("staff2");
		AccountPrincipal member = (AccountPrincipal) this.users.loadUserByUsername("member");
		AccountPrincipal nonbiri = (AccountPrincipal) this.users.loadUserByUsername("nonbiri");
		AccountPrincipal operator = Registries.operatorUser(this.council.operator);
		this.mvc.perform(get(url("")).with(user(staff2))).andExpect(status().isNotFound());
		send(staff2, "/decide", "method", "CONSENT").andExpect(status().isNotFound());
		send(staff2, "/recusals", "memberId", String.valueOf(this.council.member(3)), "reason", "x")
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}/decisions.csv", this.council.meeting).with(user(staff2)))
			.andExpect(status().isNotFound());
		for (AccountPrincipal who : List.of(member, nonbiri, operator)) {
			this.mvc.perform(get(url("")).with(user(who))).andExpect(status().isForbidden());
			send(who, "/decide", "method", "CONSENT").andExpect(status().isForbidden());
			send(who, "/correct", "outcome", "REJECTED", "reason", "x").andExpect(status().isForbidden());
			this.mvc.perform(get("/meetings/{id}/decisions.csv", this.council.meeting).with(user(who)))
				.andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from item_decision where agenda_item_id = :i")).isZero();
		assertThat(count("select count(*) from item_recusal where agenda_item_id = :i")).isZero();
		assertThat(applicationStatus()).isEqualTo("ON_AGENDA");
		this.mvc.perform(get("/meetings/{id}/live", this.council.meeting).with(user(this.council.staff())))
			.andExpect(content()
				.string(allOf(containsString("/live/items/" + this.council.item), not(containsString("議決済み")))));
	}

}
