package jp.kyogikai.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Access;
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
 * The member portal's meetings, replies and private notes, and the staff panel of
 * replies, in a test's own council of five members.
 */
@IntegrationTest
class AttendanceControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	MemberSetupService setup;

	@Autowired
	MeetingService meetings;

	@Autowired
	UserDetailsService users;

	AttendanceFixture council;

	long meeting;

	AccountPrincipal first;

	AccountPrincipal second;

	@BeforeEach
	void setUp() {
		this.council = new AttendanceFixture(this.tenants, this.setup, this.meetings, this.jdbc, 5);
		this.meeting = this.council.meeting(LocalDate.now().plusDays(20), MeetingStatus.CONVENED);
		this.first = this.council.logins.get(0);
		this.second = this.council.logins.get(1);
	}

	// ---------------------------------------------------------------- helpers

	static MockHttpServletRequestBuilder replyRequest(long meeting, String reply, String proxyName, Long version) {
		MockHttpServletRequestBuilder request = post("/member-portal/meetings/{id}/reply", meeting)
			.param("reply", reply)
			.param("proxyName", proxyName)
			.param("comment", "");
		return (version != null) ? request.param("version", version.toString()) : request;
	}

	ResultActions reply(AccountPrincipal who, String reply, String proxyName, Long version) throws Exception {
		return this.mvc.perform(replyRequest(this.meeting, reply, proxyName, version).with(user(who)).with(csrf()));
	}

	List<Map<String, Object>> replies() {
		return this.jdbc
			.sql("select member_id, reply, proxy_name, comment, version from attendance_reply where meeting_id = :m"
					+ " order by member_id")
			.param("m", this.meeting)
			.query()
			.listOfRows();
	}

	long version(AccountPrincipal who) {
		return this.jdbc.sql("select version from attendance_reply where meeting_id = :m and member_id = :member")
			.param("m", this.meeting)
			.param("member", who.memberId())
			.query(Long.class)
			.single();
	}

	long firstItem() {
		return this.jdbc.sql("select min(id) from agenda_item where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
	}

	List<Map<String, Object>> notes() {
		return this.jdbc
			.sql("select member_id, agenda_item_id, text from member_note where agenda_item_id in"
					+ " (select id from agenda_item where meeting_id = :m) order by member_id")
			.param("m", this.meeting)
			.query()
			.listOfRows();
	}

	void proxyPolicy(String policy) {
		this.jdbc.sql("update charter set proxy_policy = :p where council_id = :c")
			.param("p", policy)
			.param("c", this.council.councilId())
			.update();
	}

	// ---------------------------------------------------------------- replies

	@Test
	void aMemberRepliesAndChangesTheReplyUntilTheMeeting() throws Exception {
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(this.first)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("未回答"), containsString("テスト市役所 第2会議室"),
					containsString("午後1時30分〜午後3時00分"), containsString("value=\"PROXY\""),
					containsString("/member-portal/meetings/" + this.meeting + "/packet.pdf"),
					containsString("メモはご本人だけが見られます"))));
		reply(this.first, "PRESENT", "", null).andExpect(redirectedUrl("/member-portal/meetings/" + this.meeting));
		assertThat(replies()).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("member_id", this.first.memberId())
				.containsEntry("reply", "PRESENT")
				.containsEntry("proxy_name", null));
		reply(this.first, "PROXY", "  佐藤 花子（副所長） ", version(this.first)).andExpect(status().is3xxRedirection());
		assertThat(replies()).singleElement()
			.satisfies(
					(row) -> assertThat(row).containsEntry("reply", "PROXY").containsEntry("proxy_name", "佐藤 花子（副所長）"));
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(this.first)))
			.andExpect(content().string(allOf(containsString("代理出席"), containsString("（代理：佐藤 花子（副所長））"))));
		reply(this.first, "ABSENT", "佐藤 花子", version(this.first)).andExpect(status().is3xxRedirection());
		assertThat(replies()).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("reply", "ABSENT").containsEntry("proxy_name", null));
		assertThat(this.jdbc
			.sql("select count(*) from attendance_reply_aud a join audit_revision r on r.id = a.rev"
					+ " where a.member_id = :member and r.username = :u")
			.param("member", this.first.memberId())
			.param("u", this.first.getUsername())
			.query(Long.class)
			.single()).as("every reply is audited with the member as author").isEqualTo(3);
	}

	@Test
	void aProxyWithoutANameIsRefusedAndNothingChanges() throws Exception {
		reply(this.first, "PRESENT", "", null);
		List<Map<String, Object>> before = replies();
		reply(this.first, "PROXY", "  ", version(this.first)).andExpect(status().isOk())
			.andExpect(content().string(containsString("代理出席の場合は、代理出席者の氏名を入力してください。")));
		reply(this.first, "", "", version(this.first)).andExpect(status().isOk())
			.andExpect(content().string(containsString("出席・欠席・代理出席のいずれかを選んでください。")));
		assertThat(replies()).isEqualTo(before);
	}

	@Test
	void aProxyIsRefusedWhenTheCharterDoesNotAllowProxies() throws Exception {
		proxyPolicy("NOT_ALLOWED");
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(this.first)))
			.andExpect(
					content().string(allOf(not(containsString("value=\"PROXY\"")), containsString("代理出席は認められていません"))));
		reply(this.first, "PROXY", "佐藤 花子", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("この協議会の設置要綱では代理出席は認められていません。出席または欠席を選んでください。")));
		assertThat(replies()).isEmpty();
	}

	@Test
	void aStaleFormDoesNotOverwriteANewerReply() throws Exception {
		reply(this.first, "PRESENT", "", null);
		reply(this.first, "ABSENT", "", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("回答は別の画面で先に更新されています")));
		assertThat(replies()).singleElement().satisfies((row) -> assertThat(row).containsEntry("reply", "PRESENT"));
	}

	@Test
	void repliesAreReadOnlyOnceTheMeetingIsHeld() throws Exception {
		reply(this.first, "PRESENT", "", null);
		this.council.move(this.meeting, MeetingStatus.HELD);
		List<Map<String, Object>> before = replies();
		reply(this.first, "ABSENT", "", version(this.first)).andExpect(status().isOk())
			.andExpect(content().string(containsString("会議は開催済みのため、回答は変更できません。")));
		reply(this.second, "PRESENT", "", null).andExpect(status().isOk());
		assertThat(replies()).isEqualTo(before);
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(this.first)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("/reply\"")), containsString("会議は開催済みのため"))));
		this.mvc
			.perform(post("/meetings/{id}/replies/{m}", this.meeting, this.second.memberId()).param("reply", "PRESENT")
				.with(user(this.council.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("会議は開催済みのため、回答は変更できません。")));
		assertThat(replies()).isEqualTo(before);
	}

	// ---------------------------------------------------------------- notes

	@Test
	void notesArePrivateToTheirMember() throws Exception {
		long item = firstItem();
		this.mvc
			.perform(post("/member-portal/meetings/{id}/notes/{i}", this.meeting, item).param("text", "運賃の根拠を質問する")
				.with(user(this.first))
				.with(csrf()))
			.andExpect(redirectedUrl("/member-portal/meetings/" + this.meeting + "#item-" + item));
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(this.first)))
			.andExpect(content().string(containsString("運賃の根拠を質問する")));
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(this.second)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("運賃の根拠を質問する"))));
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(this.council.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("運賃の根拠を質問する"))));
		this.mvc
			.perform(post("/member-portal/meetings/{id}/notes/{i}", this.meeting, item).param("text", "別のメモ")
				.with(user(this.second))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(notes()).extracting((row) -> row.get("member_id") + ":" + row.get("text"))
			.as("the other member's note is its own; the first one's is untouched")
			.containsExactly(this.first.memberId() + ":運賃の根拠を質問する", this.second.memberId() + ":別のメモ");
		this.mvc
			.perform(post("/member-portal/meetings/{id}/notes/{i}", this.meeting, item).param("text", " ")
				.with(user(this.first))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(notes()).extracting((row) -> row.get("member_id")).containsExactly(this.second.memberId());
	}

	@Test
	void aNoteOnAnotherMeetingsItemOrTooLongIsRefused() throws Exception {
		AttendanceFixture other = new AttendanceFixture(this.tenants, this.setup, this.meetings, this.jdbc, 1);
		long otherMeeting = other.meeting(LocalDate.now().plusDays(5), MeetingStatus.CONVENED);
		long otherItem = this.jdbc.sql("select min(id) from agenda_item where meeting_id = :m")
			.param("m", otherMeeting)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/member-portal/meetings/{id}/notes/{i}", this.meeting, otherItem).param("text", "メモ")
				.with(user(this.first))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/member-portal/meetings/{id}/notes/{i}", this.meeting, firstItem())
				.param("text", "あ".repeat(AttendanceService.NOTE_MAX_LENGTH + 1))
				.with(user(this.first))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from member_note where member_id = :m")
			.param("m", this.first.memberId())
			.query(Long.class)
			.single()).isZero();
	}

	// ---------------------------------------------------------------- access

	@Test
	void aMemberOfAnotherCouncilGets404AndNothingChanges() throws Exception {
		reply(this.first, "PRESENT", "", null);
		long item = firstItem();
		this.mvc.perform(post("/member-portal/meetings/{id}/notes/{i}", this.meeting, item).param("text", "本人のメモ")
			.with(user(this.first))
			.with(csrf()));
		AttendanceFixture other = new AttendanceFixture(this.tenants, this.setup, this.meetings, this.jdbc, 1);
		AccountPrincipal stranger = other.logins.get(0);
		String base = "/member-portal/meetings/" + this.meeting;
		Access.of(this.mvc, stranger, status().isNotFound())
			.keeping(() -> List.of(replies(), notes()))
			.get(base)
			.send(replyRequest(this.meeting, "ABSENT", "", version(this.first)),
					replyRequest(this.meeting, "PRESENT", "", null),
					post(base + "/notes/" + item).param("text", "他人のメモ"));
		this.mvc.perform(get("/member-portal/meetings").with(user(stranger)))
			.andExpect(content().string(not(containsString(base))));
		var demoMember = this.users.loadUserByUsername("member");
		this.mvc.perform(get(base).with(user(demoMember))).andExpect(status().isNotFound());
	}

	@Test
	void aMemberOutOfOfficeOnTheDayAndTodayGets404AndAPlannedMeetingIsNotShown() throws Exception {
		long category = this.council.category();
		AccountPrincipal former = this.council.appoint(category,
				new Term(LocalDate.now().minusYears(2), LocalDate.now().minusYears(1)), "前委員");
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(former)))
			.andExpect(status().isNotFound());
		long planned = this.council.meeting(LocalDate.now().plusDays(40), MeetingStatus.PLANNED);
		this.mvc.perform(get("/member-portal/meetings/{id}", planned).with(user(this.first)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/member-portal/meetings").with(user(this.first)))
			.andExpect(content().string(allOf(containsString("/member-portal/meetings/" + this.meeting + "\""),
					not(containsString("/member-portal/meetings/" + planned + "\"")))));
	}

	@Test
	void aMemberWhoseTermEndsBeforeTheMeetingSeesItButCannotReply() throws Exception {
		AccountPrincipal leaving = this.council.appoint(this.council.category(),
				new Term(LocalDate.now().minusMonths(11), LocalDate.now().plusDays(3)), "退任予定委員");
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(leaving)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("会議の日に委員の任期がないため"), not(containsString("/reply\"")))));
		reply(leaving, "PRESENT", "", null).andExpect(status().isOk());
		assertThat(replies()).isEmpty();
	}

	@Test
	void staffAndOperatorsGet403OnTheMemberPortalAndMembersOnStaffPages() throws Exception {
		for (String username : new String[] { "staff", "tanto", "admin" }) {
			Access.of(this.mvc, (AccountPrincipal) this.users.loadUserByUsername(username), status().isForbidden())
				.keeping(this::replies)
				.get("/member-portal/meetings", "/member-portal/meetings/" + this.meeting)
				.send(replyRequest(this.meeting, "PRESENT", "", null));
		}
		Access.of(this.mvc, this.first, status().isForbidden())
			.keeping(this::replies)
			.get("/meetings/" + this.meeting, "/meetings/" + this.meeting + "/replies/" + this.first.memberId())
			.send(post("/meetings/{id}/replies/{m}", this.meeting, this.first.memberId()).param("reply", "PRESENT"));
	}

	@Test
	void staffOfAnotherMunicipalityGet404OnTheReplyPages() throws Exception {
		AccountPrincipal komoro = (AccountPrincipal) this.users.loadUserByUsername("staff2");
		String page = "/meetings/" + this.meeting + "/replies/" + this.first.memberId();
		Access.of(this.mvc, komoro, status().isNotFound())
			.keeping(this::replies)
			.get(page)
			.send(post(page).param("reply", "PRESENT"));
		AttendanceFixture other = new AttendanceFixture(this.tenants, this.setup, this.meetings, this.jdbc, 1);
		String notOurs = "/meetings/" + this.meeting + "/replies/" + other.logins.get(0).memberId();
		Access.of(this.mvc, this.council.staff(), status().isNotFound())
			.keeping(this::replies)
			.get(notOurs)
			.send(post(notOurs).param("reply", "PRESENT"));
	}

	// ---------------------------------------------------------------- lists

	@Test
	void theHomePanelAndTheListShowTheComingMeetingWithTheReply() throws Exception {
		long held = this.council.meeting(LocalDate.now().minusDays(10), MeetingStatus.HELD);
		this.mvc.perform(get("/").with(user(this.first)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/member-portal/meetings/" + this.meeting + "\""),
					not(containsString("/member-portal/meetings/" + held + "\"")), containsString("未回答"),
					containsString(jp.kyogikai.calendar.Wareki.formatWithWeekday(LocalDate.now().plusDays(20))))));
		reply(this.first, "PROXY", "佐藤 花子", null);
		this.mvc.perform(get("/").with(user(this.first)))
			.andExpect(content().string(allOf(containsString("代理出席"), containsString("（代理：佐藤 花子）"))));
		this.mvc.perform(get("/member-portal/meetings").with(user(this.first)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/member-portal/meetings/" + this.meeting + "\""),
					containsString("/member-portal/meetings/" + held + "\""), containsString("未公開"))));
		this.mvc.perform(get("/member-portal/meetings/{id}", held).with(user(this.first))).andExpect(status().isOk());
	}

	// ---------------------------------------------------------------- staff

	@Test
	void staffSeeTheRepliesAndTheForecastComputedFromThem() throws Exception {
		reply(this.council.logins.get(0), "PRESENT", "", null);
		reply(this.council.logins.get(1), "PROXY", "代理 太郎", null);
		reply(this.council.logins.get(2), "ABSENT", "", null);
		int required = QuorumRule.MAJORITY.requiredAttendance(5);
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(this.council.staff())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("出欠の回答"), containsString("委員5人中 出席予定2人（代理1人を含む）、定足数" + required + "人"),
						containsString("定足数に達しない見込み"), containsString("（代理：代理 太郎）"), containsString("未回答"))));
		proxyPolicy("ATTENDS_WITHOUT_VOTE");
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(this.council.staff())))
			.andExpect(content().string(
					allOf(containsString("委員5人中 出席予定1人、定足数" + required + "人"), containsString("代理出席1人は定足数に数えません"))));
		proxyPolicy("COUNTS_AND_VOTES");
		AccountPrincipal fourth = this.council.logins.get(3);
		this.mvc
			.perform(
					get("/meetings/{id}/replies/{m}", this.meeting, fourth.memberId()).with(user(this.council.staff())))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/meetings/{id}/replies/{m}", this.meeting, fourth.memberId()).param("reply", "PRESENT")
				.param("comment", "電話で回答")
				.with(user(this.council.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/meetings/" + this.meeting + "#replies-heading"));
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(this.council.staff())))
			.andExpect(content().string(allOf(containsString("委員5人中 出席予定3人（代理1人を含む）、定足数" + required + "人"),
					containsString("成立見込み"), not(containsString("定足数に達しない見込み")), containsString("電話で回答"))));
		assertThat(this.jdbc
			.sql("select r.username from attendance_reply_aud a join audit_revision r on r.id = a.rev"
					+ " where a.member_id = :member")
			.param("member", fourth.memberId())
			.query(String.class)
			.list()).containsExactly(this.council.staff().getUsername());
	}

}
