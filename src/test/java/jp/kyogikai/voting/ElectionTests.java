package jp.kyogikai.voting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.kyogikai.member.Member;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.minutes.MinutesService;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.member.RosterEntry;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
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
import static org.assertj.core.api.Assertions.tuple;
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
 * Electing the 会長 and 副会長 by 互選 as an item of the 次第, in a test's own council at the
 * start of a new term (no officer in office): who presides (a 座長, a 仮議長, then the new
 * 会長), consent and counted votes, the roster and the presiding member of the next 協議事項,
 * the record for the minutes, the refusals, the lock, the audit and who may do it.
 */
@IntegrationTest
class ElectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	MemberSetupService setup;

	@Autowired
	MemberService roster;

	@Autowired
	LiveMeetingService live;

	@Autowired
	HeldMeetings held;

	@Autowired
	ElectionService elections;

	@Autowired
	UserDetailsService users;

	ElectionFixture council;

	@BeforeEach
	void setUp() throws Exception {
		// the live screen stores the attendance from the replies
		this.council = this.held.electionCouncil();
	}

	// ---------------------------------------------------------------- helpers

	void open() {
		this.live.open(this.council.meeting, this.council.staff(), null, sessionVersion());
	}

	long sessionVersion() {
		return this.jdbc.sql("select version from meeting_session where meeting_id = :m")
			.param("m", this.council.meeting)
			.query(Long.class)
			.single();
	}

	String url(String path) {
		return "/meetings/" + this.council.meeting + "/live/elections/" + this.council.election + path;
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

	String page(String url) throws Exception {
		return body(this.mvc.perform(get(url).with(user(this.council.staff()))).andExpect(status().isOk()));
	}

	String id(int index) {
		return String.valueOf(this.council.member(index));
	}

	String vote(int index) {
		return "votes[" + this.council.member(index) + "]";
	}

	Long electionVersion() {
		return this.jdbc.sql("select version from item_election where agenda_item_id = :i")
			.param("i", this.council.election)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** 座長: the seventh member, 委員 七郎. */
	void chairperson() throws Exception {
		send("/setup", "electsChair", "true", "electsViceChair", "true", "presiderKind", "MEMBER", "presiderMemberId",
				id(6))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "election.flash.setUp"));
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

	@Autowired
	MinutesService minutes;

	List<Map<String, Object>> results() {
		return this.jdbc.sql("select * from election_result where agenda_item_id = :i order by position")
			.param("i", this.council.election)
			.query()
			.listOfRows();
	}

	long count(String sql) {
		return this.jdbc.sql(sql).param("i", this.council.election).query(Long.class).single();
	}

	void nothingElected() {
		assertThat(results()).isEmpty();
		for (int i = 0; i < ElectionFixture.NAMES.length; i++) {
			assertThat(this.council.office(i)).as(ElectionFixture.NAMES[i]).isNull();
		}
	}

	// ---------------------------------------------------------------- the main path

	@Test
	void aChairpersonPresidesTheMembersElectTheOfficersByConsentAndTheNewChairPresidesFromThenOn() throws Exception {
		open();
		String liveUrl = "/meetings/" + this.council.meeting + "/live";
		assertThat(page(liveUrl)).contains("議長が決まっていません")
			.contains("/live/elections/" + this.council.election)
			.contains("会長・副会長の互選について");
		assertThat(page(url(""))).contains("議長が決まっていません（会長・副会長とも出席していません）");

		chairperson();
		assertThat(page(liveUrl)).contains("座長 委員 七郎").doesNotContain("議長が決まっていません");
		assertThat(page(url(""))).contains("座長 委員 七郎").contains("表決に加わる委員 6人");

		send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "MEMBER", "nominatorId", id(4), "method",
				"CONSENT")
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessageText", "会長に中村 光一委員を選出しました。委員名簿に反映しました。"));
		assertThat(this.council.office(0)).isEqualTo("CHAIR");
		assertThat(this.jdbc.sql("select officer_since from appointment where id = :a")
			.param("a", this.council.appointments.get(0))
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(this.council.day);
		// the new 会長 presides from now on, and over the 副会長's election
		assertThat(page(liveUrl)).contains("会長 中村 光一").doesNotContain("座長 委員 七郎");
		// the result keeps who presided over it
		assertThat(page(url(""))).contains("会長 中村 光一").contains("座長 委員 七郎");

		send("/elect", "role", "VICE_CHAIR", "candidateId", id(1), "nomination", "SECRETARIAT", "method", "CONSENT")
			.andExpect(status().is3xxRedirection());

		List<Map<String, Object>> results = results();
		assertThat(results).hasSize(2);
		assertThat(results.get(0)).containsEntry("role", "CHAIR")
			.containsEntry("member_id", this.council.member(0))
			.containsEntry("appointment_id", this.council.appointments.get(0))
			.containsEntry("member_name", "中村 光一")
			.containsEntry("nomination", "MEMBER")
			.containsEntry("nominated_by_member_id", this.council.member(4))
			.containsEntry("nominated_by_name", "委員 五郎")
			.containsEntry("method", "CONSENT")
			.containsEntry("elected", true)
			.containsEntry("members", 9)
			.containsEntry("counted_present", 7)
			.containsEntry("required_quorum", 5)
			// the 座長 presides and does not vote (the charter's chair does not)
			.containsEntry("in_favour", 6)
			.containsEntry("base", 6)
			.containsEntry("presider_kind", "MEMBER")
			.containsEntry("presider_member_id", this.council.member(6))
			.containsEntry("presider_name", "委員 七郎")
			.containsEntry("decided_by", this.council.staff().getUsername());
		assertThat(results.get(1)).containsEntry("role", "VICE_CHAIR")
			.containsEntry("member_id", this.council.member(1))
			.containsEntry("nomination", "SECRETARIAT")
			.containsEntry("nominated_by_member_id", null)
			.containsEntry("elected", true)
			.containsEntry("presider_kind", "OFFICER")
			.containsEntry("presider_member_id", this.council.member(0))
			.containsEntry("presider_name", "中村 光一")
			.containsEntry("in_favour", 6);
		assertThat(this.council.office(1)).isEqualTo("VICE_CHAIR");
		// the previous term's officers keep their history; nobody else holds an office
		assertThat(this.jdbc.sql("select officer_role from appointment where id = :a")
			.param("a", this.council.previousAppointments.get(2))
			.query(String.class)
			.single()).isEqualTo("CHAIR");
		for (int i = 2; i < ElectionFixture.NAMES.length; i++) {
			assertThat(this.council.office(i)).isNull();
		}

		// the roster of the meeting's day shows them
		List<RosterEntry> entries = this.roster
			.roster(this.council.tenant.councilId(), this.council.staff(), this.council.day)
			.entries();
		assertThat(entries).filteredOn((e) -> e.officerRole() != null)
			.extracting(RosterEntry::name, RosterEntry::officerRole)
			.containsExactlyInAnyOrder(tuple("中村 光一", OfficerRole.CHAIR), tuple("鈴木 花子", OfficerRole.VICE_CHAIR));
		this.mvc
			.perform(get("/councils/{c}/members", this.council.tenant.councilId())
				.param("date", this.council.day.toString())
				.with(user(this.council.staff())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("中村 光一"), containsString(">会長<"), containsString(">副会長<"))));

		// the item is locked; the live screen lists who was elected
		String locked = page(url(""));
		assertThat(locked).contains("id=\"election-decided\"").doesNotContain("id=\"elect\"");
		String refused = body(
				send("/elect", "role", "CHAIR", "candidateId", id(2), "nomination", "SECRETARIAT", "method", "CONSENT")
					.andExpect(status().isOk()));
		assertThat(refused).contains("この互選は終了しています");
		send("/setup", "electsChair", "true", "presiderKind", "OFFICER", "version", String.valueOf(electionVersion()))
			.andExpect(flash().attribute("flashErrorText", containsString("この互選は終了しています")));
		assertThat(results()).hasSize(2);
		assertThat(page(liveUrl)).contains("会長 中村 光一").contains("副会長 鈴木 花子").contains("選出済み");

		// the next 協議事項: the new 会長 presides
		this.mvc
			.perform(post("/meetings/{m}/live/items/{i}/decide", this.council.meeting, this.council.deliberation)
				.param("method", "CONSENT")
				.with(user(this.council.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select presiding_member_id from item_decision where agenda_item_id = :i")
			.param("i", this.council.deliberation)
			.query(Long.class)
			.single()).isEqualTo(this.council.member(0));

		// for the minutes
		List<ElectionRecord> records = this.elections.results(this.council.meeting, this.council.staff());
		assertThat(records).hasSize(1);
		ElectionRecord record = records.get(0);
		assertThat(record.agendaItemId()).isEqualTo(this.council.election);
		assertThat(record.elected())
			.extracting(ElectionRecord.Result::role, ElectionRecord.Result::memberName,
					ElectionRecord.Result::chairperson, ElectionRecord.Result::presiderName)
			.containsExactly(tuple(OfficerRole.CHAIR, "中村 光一", true, "委員 七郎"),
					tuple(OfficerRole.VICE_CHAIR, "鈴木 花子", false, "中村 光一"));
		assertThat(record.results().get(0).count()).isNull();
		assertThat(record.results().get(0).effectiveOn()).isEqualTo(this.council.day);
		assertThat(record.sentence()).isEqualTo("委員七郎委員を座長として互選を行った。会長に中村光一委員、副会長に鈴木花子委員が互選により選出された。");

		// audited: the set-up, each result (inserted by the staff user) and the
		// appointments
		assertThat(count("select count(*) from item_election_aud where agenda_item_id = :i")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select r.username from election_result_aud a join audit_revision r on r.id = a.rev"
					+ " where a.agenda_item_id = :i and a.revtype = 0 order by a.position")
			.param("i", this.council.election)
			.query(String.class)
			.list()).containsExactly(this.council.staff().getUsername(), this.council.staff().getUsername());
		assertThat(this.jdbc.sql("select count(*) from appointment_aud where id = :a and officer_role = 'CHAIR'")
			.param("a", this.council.appointments.get(0))
			.query(Long.class)
			.single()).isEqualTo(1);
		// and immutable
		assertThatThrownBy(() -> this.jdbc.sql("update election_result set elected = false where agenda_item_id = :i")
			.param("i", this.council.election)
			.update()).hasMessageContaining("immutable");

		// the minutes' draft writes it under the election item
		this.live.close(this.council.meeting, this.council.staff(), null, sessionVersion());
		this.minutes.draft(this.council.meeting, this.council.staff());
		assertThat(this.jdbc.sql("select body from minutes_section where agenda_item_id = :i")
			.param("i", this.council.election)
			.query(String.class)
			.single()).isEqualTo(record.sentence());
	}

	@Test
	void aCountedVoteElectsWhenCarriedAndAFailedNominationIsRecordedToo() throws Exception {
		open();
		send("/setup", "electsChair", "true", "presiderKind", "NON_MEMBER", "presiderName", "福祉 太郎", "presiderTitle",
				"事務局長")
			.andExpect(flash().attribute("flashMessage", "election.flash.setUp"));
		assertThat(page("/meetings/" + this.council.meeting + "/live")).contains("仮議長 福祉 太郎（事務局長）");
		// a 仮議長 does not vote: every member present may
		assertThat(page(url(""))).contains("表決に加わる委員 7人");

		String missing = body(send("/elect", "role", "CHAIR", "candidateId", id(2), "nomination", "MEMBER",
				"nominatorId", id(5), "method", "VOTE", vote(0), "FOR")
			.andExpect(status().isOk()));
		assertThat(missing).contains("鈴木 花子の表決（賛成・反対・棄権）を選んでください。");
		assertThat(results()).isEmpty();

		send("/elect", "role", "CHAIR", "candidateId", id(2), "nomination", "MEMBER", "nominatorId", id(5), "method",
				"VOTE", vote(0), "AGAINST", vote(1), "AGAINST", vote(2), "FOR", vote(3), "FOR", vote(4), "AGAINST",
				vote(5), "AGAINST", vote(6), "ABSTAIN")
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessageText", containsString("否決されました")));
		assertThat(this.council.office(2)).isNull();
		assertThat(page(url(""))).contains("id=\"elect\"").contains("否決");

		send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "VOTE", vote(0),
				"FOR", vote(1), "FOR", vote(2), "FOR", vote(3), "FOR", vote(4), "FOR", vote(5), "AGAINST", vote(6),
				"ABSTAIN")
			.andExpect(status().is3xxRedirection());
		List<Map<String, Object>> results = results();
		assertThat(results).extracting((r) -> r.get("member_id"), (r) -> r.get("elected"), (r) -> r.get("in_favour"),
				(r) -> r.get("against"), (r) -> r.get("abstentions"), (r) -> r.get("base"), (r) -> r.get("required"))
			.containsExactly(tuple(this.council.member(2), false, 2, 4, 1, 7, 4),
					tuple(this.council.member(0), true, 5, 1, 1, 7, 4));
		assertThat(results.get(1)).containsEntry("method", "VOTE")
			.containsEntry("presider_kind", "NON_MEMBER")
			.containsEntry("presider_member_id", null)
			.containsEntry("presider_name", "福祉 太郎")
			.containsEntry("presider_title", "事務局長");
		assertThat(this.council.office(0)).isEqualTo("CHAIR");
		assertThat(this.council.office(1)).isNull();

		// the item elected the 会長 only: it is over, and the 会長 presides
		assertThat(page(url(""))).contains("id=\"election-decided\"");
		assertThat(page("/meetings/" + this.council.meeting + "/live")).contains("会長 中村 光一")
			.doesNotContain("仮議長 福祉 太郎");

		ElectionRecord record = this.elections.results(this.council.meeting, this.council.staff()).get(0);
		assertThat(record.results()).hasSize(2);
		assertThat(record.results().get(1).count())
			.isEqualTo(new ElectionRecord.Count(9, 7, 5, 5, 1, 1, 7, 4, false, null));
		assertThat(record.sentence()).isEqualTo("事務局長の福祉太郎氏を仮議長として互選を行った。"
				+ "会長に前会長三郎委員を選出することについて採決を行ったが、否決された（賛成2、反対4、棄権1）。" + "会長に中村光一委員が採決により選出された（賛成5、反対1、棄権1）。");
	}

	@Test
	void aTieIsBrokenByTheChairpersonsCastingVote() throws Exception {
		open();
		chairperson();
		absent(5);
		// present: 0..4 and the 座長 (6), who does not vote; under the votes cast an
		// abstention leaves two for and two against
		this.council.charter("decision_base", "VOTES_CAST");
		String[] votes = { "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "VOTE",
				vote(0), "FOR", vote(1), "FOR", vote(2), "AGAINST", vote(3), "AGAINST", vote(4), "ABSTAIN" };
		String page = body(send("/elect", votes).andExpect(status().isOk()));
		assertThat(page).contains("可否同数です（賛成2、賛成以外2）").contains("id=\"casting-vote\"");
		assertThat(results()).isEmpty();

		String[] withCasting = Arrays.copyOf(votes, votes.length + 2);
		withCasting[votes.length] = "castingVote";
		withCasting[votes.length + 1] = "FOR";
		send("/elect", withCasting).andExpect(status().is3xxRedirection());
		assertThat(results().get(0)).containsEntry("elected", true)
			.containsEntry("tie", true)
			.containsEntry("casting_vote", "FOR")
			.containsEntry("presider_member_id", this.council.member(6));
		assertThat(this.council.office(0)).isEqualTo("CHAIR");
		assertThat(this.elections.results(this.council.meeting, this.council.staff()).get(0).resultSentence())
			.isEqualTo("会長に中村光一委員が採決により選出された（賛成2、反対2、棄権1、可否同数のため議長裁決により賛成）。");
	}

	@Test
	void theChairInOfficePresidesOverTheElectionOfAViceChair() throws Exception {
		// 前会長 三郎 was elected 会長 for the new term at an earlier meeting
		this.roster.elect(this.council.tenant.councilId(), this.council.appointments.get(2), this.council.staff(),
				OfficerRole.CHAIR, java.time.LocalDate.now());
		open();
		assertThat(page("/meetings/" + this.council.meeting + "/live")).contains("会長 前会長 三郎");
		send("/setup", "electsViceChair", "true", "presiderKind", "OFFICER")
			.andExpect(flash().attribute("flashMessage", "election.flash.setUp"));
		assertThat(page(url(""))).contains("会長 前会長 三郎");
		send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("この次第では会長を選出しません。")));
		send("/elect", "role", "VICE_CHAIR", "candidateId", id(1), "nomination", "MEMBER", "nominatorId", id(2),
				"method", "CONSENT")
			.andExpect(status().is3xxRedirection());
		assertThat(results()).singleElement()
			.satisfies((r) -> assertThat(r).containsEntry("presider_kind", "OFFICER")
				.containsEntry("presider_member_id", this.council.member(2))
				.containsEntry("in_favour", 6));
		assertThat(this.council.office(1)).isEqualTo("VICE_CHAIR");
		assertThat(this.council.office(2)).isEqualTo("CHAIR");
		ElectionRecord record = this.elections.results(this.council.meeting, this.council.staff()).get(0);
		assertThat(record.presidingSentence()).isNull();
		assertThat(record.sentence()).isEqualTo("副会長に鈴木花子委員が互選により選出された。");
	}

	// ---------------------------------------------------------------- refusals

	@Test
	void outsideTheSessionNothingIsElected() throws Exception {
		chairperson();
		String before = body(
				send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
					.andExpect(status().isOk()));
		assertThat(before).contains("開会中の会議でなければ互選の結果を記録できません");
		open();
		this.live.close(this.council.meeting, this.council.staff(), null, sessionVersion());
		String after = body(
				send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
					.andExpect(status().isOk()));
		assertThat(after).contains("開会中の会議でなければ互選の結果を記録できません");
		nothingElected();
	}

	@Test
	void withoutTheQuorumNothingIsElected() throws Exception {
		open();
		chairperson();
		absent(2, 3, 4);
		String page = body(
				send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
					.andExpect(status().isOk()));
		assertThat(page).contains("定足数に達していないため、議決できません（委員9人中4人出席、定足数5人）");
		nothingElected();
	}

	@Test
	void theCandidateMustBeAMemberInOfficeAndPresent() throws Exception {
		open();
		chairperson();
		send("/elect", "role", "CHAIR", "candidateId", id(7), "nomination", "SECRETARIAT", "method", "CONSENT")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("候補者の委員 八郎は出席していない（欠席・代理出席・退席）ため、選出できません。")));
		Member outsider = this.setup.createMember(this.council.tenant.municipality().getId(),
				new PersonDetails("委員外 花子", "いいんがい", null, null, null));
		send("/elect", "role", "CHAIR", "candidateId", String.valueOf(outsider.getId()), "nomination", "SECRETARIAT",
				"method", "CONSENT")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("候補者は、会議の日に在任する委員でなければなりません。")));
		send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "MEMBER", "nominatorId", id(8), "method",
				"CONSENT")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("推薦した委員の委員 九郎は出席していません。")));
		send("/elect", "role", "CHAIR", "candidateId", id(0), "method", "CONSENT").andExpect(status().isOk())
			.andExpect(content().string(containsString("推薦の方法（委員の推薦・事務局案）を選んでください。")));
		nothingElected();

		// one member cannot hold both offices
		send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
			.andExpect(status().is3xxRedirection());
		send("/elect", "role", "VICE_CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中村 光一はこの互選で会長に選出されています。会長と副会長を兼ねることはできません。")));
		// a filled office is locked
		send("/elect", "role", "CHAIR", "candidateId", id(1), "nomination", "SECRETARIAT", "method", "CONSENT")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("会長はこの互選で選出済みです。")));
		assertThat(results()).hasSize(1);
		assertThat(this.council.office(0)).isEqualTo("CHAIR");
		assertThat(this.council.office(1)).isNull();
	}

	@Test
	void withoutAnOfficerOrAChairpersonNobodyPresides() throws Exception {
		open();
		String page = body(
				send("/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
					.andExpect(status().isOk()));
		assertThat(page).contains("会長・副会長とも出席していないため、議長がいません。");
		send("/setup", "electsChair", "true", "presiderKind", "MEMBER", "presiderMemberId", id(7))
			.andExpect(flash().attribute("flashErrorText", containsString("座長の委員 八郎は出席していない")));
		send("/setup", "electsChair", "true", "presiderKind", "NON_MEMBER", "presiderName", " ")
			.andExpect(flash().attribute("flashErrorText", "仮議長の氏名を入力してください。何も変更していません。"));
		send("/setup", "presiderKind", "OFFICER")
			.andExpect(flash().attribute("flashErrorText", containsString("選出する役職（会長・副会長）を1つ以上選んでください")));
		assertThat(electionVersion()).isNull();
		nothingElected();
		// a stale set-up is refused
		chairperson();
		send("/setup", "electsChair", "true", "presiderKind", "OFFICER", "version", "99")
			.andExpect(flash().attribute("flashError", "stale"));
		assertThat(this.jdbc.sql("select presider_kind from item_election where agenda_item_id = :i")
			.param("i", this.council.election)
			.query(String.class)
			.single()).isEqualTo("MEMBER");
	}

	// ---------------------------------------------------------------- the 次第

	@Test
	void theMeetingPageOffersTheElectionItem() throws Exception {
		String show = page("/meetings/" + this.council.meeting);
		assertThat(show).contains("value=\"ELECTION\"").contains("会長・副会長の互選");
		this.mvc
			.perform(post("/meetings/{m}/items", this.council.meeting).param("kind", "ELECTION")
				.param("title", "副会長の互選")
				.with(user(this.council.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select kind from agenda_item where meeting_id = :m and title = '副会長の互選'")
			.param("m", this.council.meeting)
			.query(String.class)
			.single()).isEqualTo("ELECTION");
		// an election item is not a 協議事項, and a 協議事項 is not an election
		this.mvc
			.perform(get("/meetings/{m}/live/items/{i}", this.council.meeting, this.council.election)
				.with(user(this.council.staff())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/meetings/{m}/live/elections/{i}", this.council.meeting, this.council.deliberation)
				.with(user(this.council.staff())))
			.andExpect(status().isNotFound());
	}

	// ---------------------------------------------------------------- access

	@Test
	void onlyTheCouncilsStaffMayHoldTheElection() throws Exception {
		open();
		AccountPrincipal staff2 = (AccountPrincipal) this.users.loadUserByUsername("staff2");
		AccountPrincipal member = (AccountPrincipal) this.users.loadUserByUsername("member");
		AccountPrincipal chair = (AccountPrincipal) this.users.loadUserByUsername("chair");
		AccountPrincipal nonbiri = (AccountPrincipal) this.users.loadUserByUsername("nonbiri");
		this.mvc.perform(get(url("")).with(user(staff2))).andExpect(status().isNotFound());
		send(staff2, "/setup", "electsChair", "true", "presiderKind", "MEMBER", "presiderMemberId", id(6))
			.andExpect(status().isNotFound());
		send(staff2, "/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> this.elections.results(this.council.meeting, staff2)).hasMessageContaining("見つかりません");
		for (AccountPrincipal who : List.of(member, chair, nonbiri)) {
			this.mvc.perform(get(url("")).with(user(who))).andExpect(status().isForbidden());
			send(who, "/setup", "electsChair", "true", "presiderKind", "MEMBER", "presiderMemberId", id(6))
				.andExpect(status().isForbidden());
			send(who, "/elect", "role", "CHAIR", "candidateId", id(0), "nomination", "SECRETARIAT", "method", "CONSENT")
				.andExpect(status().isForbidden());
		}
		// without CSRF
		this.mvc
			.perform(post(url("/elect")).param("role", "CHAIR")
				.param("candidateId", id(0))
				.param("nomination", "SECRETARIAT")
				.param("method", "CONSENT")
				.with(user(this.council.staff())))
			.andExpect(status().isForbidden());
		assertThat(electionVersion()).isNull();
		nothingElected();
		this.mvc.perform(get("/meetings/{id}/live", this.council.meeting).with(user(this.council.staff())))
			.andExpect(content().string(
					allOf(containsString("/live/elections/" + this.council.election), not(containsString("選出済み")))));
	}

}
