package jp.kyogikai.voting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.attendance.AttendanceSetupService;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.member.MemberSetupService;
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

/**
 * The live meeting screen in a test's own council of nine members: attendance from the
 * replies, departures and late arrivals changing the quorum, proxies under each policy,
 * who presides, non-members and observers, opening and closing, and who may do it.
 */
@IntegrationTest
class LiveMeetingTests {

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
	AttendanceSetupService replies;

	@Autowired
	LiveMeetingService live;

	@Autowired
	jp.kyogikai.member.MemberService memberService;

	@Autowired
	UserDetailsService users;

	LiveFixture council;

	long meeting;

	@BeforeEach
	void setUp() {
		this.council = new LiveFixture(this.tenants, this.setup, this.meetings, this.replies, this.memberService,
				this.jdbc);
		this.meeting = this.council.meeting;
	}

	// ---------------------------------------------------------------- helpers

	String url(String path) {
		return "/meetings/" + this.meeting + "/live" + path;
	}

	ResultActions open() throws Exception {
		return this.mvc.perform(get(url("")).with(user(this.council.staff())));
	}

	String page() throws Exception {
		return open().andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
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

	ResultActions memberPost(int index, String action, String... params) throws Exception {
		long member = this.council.member(index);
		String[] all = new String[params.length + 2];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = "version";
		all[params.length + 1] = String.valueOf(version(member));
		return send("/members/" + member + "/" + action, all);
	}

	long version(long member) {
		return this.jdbc.sql("select version from meeting_attendance where meeting_id = :m and member_id = :member")
			.param("m", this.meeting)
			.param("member", member)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	Map<String, Object> row(int index) {
		return this.jdbc
			.sql("select attendance, proxy_name, arrived_at, left_at, version from meeting_attendance"
					+ " where meeting_id = :m and member_id = :member")
			.param("m", this.meeting)
			.param("member", this.council.member(index))
			.query()
			.singleRow();
	}

	List<Map<String, Object>> rows() {
		return this.jdbc
			.sql("select member_id, attendance, proxy_name, arrived_at, left_at, version from meeting_attendance"
					+ " where meeting_id = :m order by member_id")
			.param("m", this.meeting)
			.query()
			.listOfRows();
	}

	Map<String, Object> session() {
		return this.jdbc
			.sql("select s.opened_at, s.closed_at, s.observers, s.version, m.status from meeting m"
					+ " left join meeting_session s on s.meeting_id = m.id where m.id = :m")
			.param("m", this.meeting)
			.query()
			.singleRow();
	}

	void proxyPolicy(String policy) {
		this.jdbc.sql("update charter set proxy_policy = :p where council_id = :c")
			.param("p", policy)
			.param("c", this.council.tenant.councilId())
			.update();
	}

	OffsetDateTime at(int hour, int minute) {
		return this.council.day.atTime(LocalTime.of(hour, minute)).atZone(Kyogikai.ZONE).toOffsetDateTime();
	}

	static OffsetDateTime time(Object value) {
		return (value instanceof java.sql.Timestamp timestamp)
				? timestamp.toInstant().atZone(Kyogikai.ZONE).toOffsetDateTime()
				: ((OffsetDateTime) value).atZoneSameInstant(Kyogikai.ZONE).toOffsetDateTime();
	}

	AccountPrincipal principal(String name) {
		return (AccountPrincipal) this.users.loadUserByUsername(name);
	}

	// ---------------------------------------------------------------- attendance and
	// quorum

	@Test
	void openingTheScreenStoresTheAttendanceFromTheRepliesAndStatesTheQuorum() throws Exception {
		assertThat(rows()).isEmpty();
		assertThat(this.live.sitting(this.meeting, this.council.staff()).quorum().counted()).isEqualTo(7);
		assertThat(rows()).as("reading the sitting stores nothing").isEmpty();

		String html = page();
		assertThat(html).contains("委員9人中7人出席、過半数に達しているため会議は成立", "会長 会長 一郎", "定足数5人。").doesNotContain("定足数に達していないため");
		assertThat(rows()).hasSize(9);
		assertThat(rows().stream().filter((r) -> "PRESENT".equals(r.get("attendance")))).hasSize(7);
		assertThat(row(7)).containsEntry("attendance", "ABSENT");
		assertThat(row(8)).containsEntry("attendance", "ABSENT");
		page();
		assertThat(rows()).as("a second opening stores nothing more").hasSize(9);
	}

	@Test
	void departuresBreakTheQuorumAndDecidingIsRefusedUntilMembersReturn() throws Exception {
		open();
		for (int i = 2; i < 5; i++) {
			memberPost(i, "departure", "time", "14:10")
				.andExpect(redirectedUrl("/meetings/" + this.meeting + "/live#member-" + this.council.member(i)));
		}
		assertThat(time(row(2).get("left_at"))).isEqualTo(at(14, 10));
		assertThat(page()).contains("委員9人中4人出席、定足数に達していないため会議は成立していません", "定足数に達していないため、議決はできません。", "退席 午後2時10分");
		assertThat(this.live.sitting(this.meeting, this.council.staff()).quorum().met()).isFalse();
		assertThatThrownBy(() -> this.live.requireQuorum(this.meeting, this.council.staff()))
			.isInstanceOf(LiveMeetingRefusedException.class)
			.hasMessage("定足数に達していないため、議決できません（委員9人中4人出席、定足数5人）");

		// 八郎 arrives late: five present, quorate again
		memberPost(7, "arrival", "time", "14:20").andExpect(status().is3xxRedirection());
		assertThat(row(7)).containsEntry("attendance", "PRESENT");
		assertThat(time(row(7).get("arrived_at"))).isEqualTo(at(14, 20));
		assertThat(page()).contains("委員9人中5人出席、過半数に達しているため会議は成立", "遅参 午後2時20分");
		assertThat(this.live.requireQuorum(this.meeting, this.council.staff()).quorum().counted()).isEqualTo(5);

		// 八郎 leaves again, 三郎 comes back (再入室)
		memberPost(7, "departure", "time", "14:40").andExpect(status().is3xxRedirection());
		assertThat(this.live.sitting(this.meeting, this.council.staff()).quorum().counted()).isEqualTo(4);
		memberPost(2, "return").andExpect(status().is3xxRedirection());
		assertThat(row(2).get("left_at")).isNull();
		assertThat(this.live.sitting(this.meeting, this.council.staff()).quorum().counted()).isEqualTo(5);
	}

	@Test
	void timesThatContradictEachOtherAreRefusedAndNothingChanges() throws Exception {
		open();
		memberPost(7, "arrival", "time", "14:00").andExpect(status().is3xxRedirection());
		memberPost(7, "departure", "time", "13:50")
			.andExpect(flash().attribute("flashErrorText", "退席の時刻は到着（遅参）の時刻より後にしてください。何も変更していません。"));
		assertThat(row(7).get("left_at")).isNull();
		memberPost(8, "departure", "time", "14:00")
			.andExpect(flash().attribute("flashErrorText", "欠席の委員は退席できません。何も変更していません。"));
		assertThat(row(8)).containsEntry("attendance", "ABSENT").containsEntry("left_at", null);
	}

	@Test
	void markingAbsentAndPresentChangesTheCountAndAStaleVersionChangesNothing() throws Exception {
		open();
		memberPost(3, "attendance", "attendance", "ABSENT").andExpect(status().is3xxRedirection());
		assertThat(row(3)).containsEntry("attendance", "ABSENT").containsEntry("version", 1L);
		assertThat(page()).contains("委員9人中6人出席");
		send("/members/" + this.council.member(3) + "/attendance", "attendance", "PRESENT", "version", "0")
			.andExpect(flash().attribute("flashError", "stale"));
		assertThat(row(3)).containsEntry("attendance", "ABSENT").containsEntry("version", 1L);
		memberPost(8, "attendance", "attendance", "PRESENT").andExpect(status().is3xxRedirection());
		assertThat(page()).contains("委員9人中7人出席");
	}

	// ---------------------------------------------------------------- proxies

	@Test
	void aProxyCountsAndVotesWhenTheCharterSaysSo() throws Exception {
		proxyPolicy("COUNTS_AND_VOTES");
		open();
		memberPost(7, "attendance", "attendance", "PROXY", "proxyName", "  代理 花子（副所長） ")
			.andExpect(status().is3xxRedirection());
		assertThat(row(7)).containsEntry("attendance", "PROXY").containsEntry("proxy_name", "代理 花子（副所長）");
		assertThat(page()).contains("委員9人中8人出席（代理出席1人を含む）、過半数に達しているため会議は成立", "（代理：代理 花子（副所長））");
		assertThat(this.live.sitting(this.meeting, this.council.staff()).sitting().entitled(List.of()))
			.contains(this.council.member(7));
	}

	@Test
	void aProxyWithoutVoteAttendsButDoesNotCount() throws Exception {
		proxyPolicy("ATTENDS_WITHOUT_VOTE");
		open();
		memberPost(7, "attendance", "attendance", "PROXY", "proxyName", "代理 花子").andExpect(status().is3xxRedirection());
		assertThat(page()).contains("委員9人中7人出席、過半数に達しているため会議は成立", "設置要綱により、代理出席1人は定足数に数えていません。")
			.doesNotContain("代理出席1人を含む");
		memberPost(8, "attendance", "attendance", "PROXY", "proxyName", "")
			.andExpect(flash().attribute("flashErrorText", "代理出席の場合は、代理出席者の氏名を入力してください。何も変更していません。"));
		assertThat(row(8)).containsEntry("attendance", "ABSENT").containsEntry("version", 0L);
	}

	@Test
	void proxiesAreRefusedWhenTheCharterDoesNotAllowThem() throws Exception {
		proxyPolicy("NOT_ALLOWED");
		open().andExpect(content().string(not(containsString("value=\"PROXY\""))));
		memberPost(7, "attendance", "attendance", "PROXY", "proxyName", "代理 花子")
			.andExpect(flash().attribute("flashErrorText", "この協議会の設置要綱では、代理出席は認められていません。何も変更していません。"));
		assertThat(row(7)).containsEntry("attendance", "ABSENT")
			.containsEntry("proxy_name", null)
			.containsEntry("version", 0L);
	}

	// ---------------------------------------------------------------- presiding

	@Test
	void theViceChairPresidesWhenTheChairIsAbsentAndNobodyWhenBothAre() throws Exception {
		open().andExpect(content().string(containsString("会長 会長 一郎")));
		memberPost(0, "attendance", "attendance", "ABSENT").andExpect(status().is3xxRedirection());
		assertThat(page()).contains("副会長 副会長 二郎が議長を代理");
		assertThat(this.live.sitting(this.meeting, this.council.staff()).presiding(List.of()))
			.hasValueSatisfying((seat) -> assertThat(seat.memberId()).isEqualTo(this.council.member(1)));
		memberPost(1, "departure", "time", "14:00").andExpect(status().is3xxRedirection());
		assertThat(page()).contains("議長が決まっていません");
		// the chair arrives late and presides again
		memberPost(0, "arrival", "time", "14:05").andExpect(status().is3xxRedirection());
		assertThat(page()).contains("会長 会長 一郎");
	}

	// ---------------------------------------------------------------- non-members,
	// observers

	@Test
	void nonMembersAndObserversAreSaved() throws Exception {
		long item = this.jdbc.sql("select min(id) from agenda_item where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
		open();
		send("/attendees", "kind", "EXPLAINER", "name", " 説明 太郎 ", "affiliation", "NPO法人のんびり 理事長", "agendaItemId",
				String.valueOf(item))
			.andExpect(redirectedUrl(url("#attendees-heading")));
		send("/attendees", "kind", "WITNESS", "name", "参考 次郎", "affiliation", "", "agendaItemId", String.valueOf(item))
			.andExpect(status().is3xxRedirection());
		send("/attendees", "kind", "SECRETARIAT", "name", "  ")
			.andExpect(flash().attribute("flashErrorText", "出席者の氏名を入力してください。何も変更していません。"));
		long otherItem = this.jdbc.sql("select min(id) from agenda_item where meeting_id <> :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
		send("/attendees", "kind", "EXPLAINER", "name", "他 三郎", "agendaItemId", String.valueOf(otherItem))
			.andExpect(flash().attribute("flashErrorText", "その協議事項はこの会議の次第にありません。何も変更していません。"));
		List<Map<String, Object>> attendees = this.jdbc.sql(
				"select id, kind, name, affiliation, agenda_item_id, version from meeting_attendee where meeting_id = :m order by id")
			.param("m", this.meeting)
			.query()
			.listOfRows();
		assertThat(attendees).hasSize(2);
		assertThat(attendees.get(0)).containsEntry("kind", "EXPLAINER")
			.containsEntry("name", "説明 太郎")
			.containsEntry("affiliation", "NPO法人のんびり 理事長")
			.containsEntry("agenda_item_id", item);
		assertThat(attendees.get(1)).containsEntry("kind", "WITNESS")
			.containsEntry("affiliation", null)
			.containsEntry("agenda_item_id", null);
		assertThat(page()).contains("説明 太郎", "参考 次郎", "説明者", "参考人");

		send("/attendees/" + attendees.get(1).get("id") + "/delete", "version", "0")
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from meeting_attendee where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single()).isEqualTo(1);

		for (String delta : List.of("1", "1", "1", "-1")) {
			send("/observers", "delta", delta, "version", session().get("version").toString())
				.andExpect(redirectedUrl(url("#observers")));
		}
		assertThat(session()).containsEntry("observers", 2);
		assertThat(page()).contains("2人");
	}

	@Test
	void theObserverCountNeverGoesBelowZero() throws Exception {
		open();
		send("/observers", "delta", "-1", "version", "0")
			.andExpect(flash().attribute("flashErrorText", "傍聴人は0人より少なくできません。"));
		assertThat(session()).containsEntry("observers", 0).containsEntry("version", 0L);
	}

	// ---------------------------------------------------------------- opening and
	// closing

	@Test
	void openingHoldsTheMeetingAndClosingRecordsTheTime() throws Exception {
		open().andExpect(content().string(containsString("/live/open")));
		send("/open", "time", "13:32", "version", "0").andExpect(redirectedUrl(url("")));
		assertThat(session()).containsEntry("status", "HELD");
		assertThat(time(session().get("opened_at"))).isEqualTo(at(13, 32));
		assertThat(session().get("closed_at")).isNull();
		assertThat(this.live.sitting(this.meeting, this.council.staff()).inSession()).isTrue();
		assertThat(page()).contains("午後1時32分", "/live/close").doesNotContain("/live/open\"");

		send("/open", "time", "13:40", "version", session().get("version").toString())
			.andExpect(flash().attribute("flashErrorText", "開会できるのは、招集済みでまだ開会していない会議だけです。何も変更していません。"));
		send("/close", "time", "13:00", "version", session().get("version").toString())
			.andExpect(flash().attribute("flashErrorText", "閉会の時刻は開会の時刻より後にしてください。何も変更していません。"));
		send("/close", "time", "15:05", "version", session().get("version").toString())
			.andExpect(status().is3xxRedirection());
		assertThat(time(session().get("closed_at"))).isEqualTo(at(15, 5));
		assertThat(session()).containsEntry("status", "HELD");
		assertThat(this.live.sitting(this.meeting, this.council.staff()).inSession()).isFalse();
		assertThat(page()).contains("午後3時05分");
	}

	@Test
	void aMeetingWithoutQuorumCannotBeOpened() throws Exception {
		open();
		for (int i = 2; i < 5; i++) {
			memberPost(i, "attendance", "attendance", "ABSENT");
		}
		send("/open", "time", "13:30", "version", "0")
			.andExpect(flash().attribute("flashErrorText", "定足数に達していないため、開会できません（委員9人中4人出席、定足数5人）。何も変更していません。"));
		assertThat(session()).containsEntry("status", "CONVENED").containsEntry("opened_at", null);
	}

	@Test
	void aPlannedMeetingIsShownButCannotBeMarked() throws Exception {
		this.meetings.changeStatus(this.meeting, jp.kyogikai.meeting.rule.MeetingStatus.PLANNED,
				this.meetings.meeting(this.meeting, this.council.staff()).getVersion(), this.council.staff());
		open().andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("招集済み・開催済みの会議の出欠だけを変更できます。"), not(containsString("/attendance\"")))));
		assertThat(rows()).isEmpty();
		send("/members/" + this.council.member(0) + "/attendance", "attendance", "ABSENT", "version", "0")
			.andExpect(flash().attribute("flashErrorText", "招集済み・開催済みの会議の出欠だけを変更できます。何も変更していません。"));
		assertThat(rows()).isEmpty();
	}

	// ---------------------------------------------------------------- access and audit

	@Test
	void otherMunicipalitiesGetNotFoundMembersAndOperatorsForbiddenAndNothingChanges() throws Exception {
		open();
		List<Map<String, Object>> before = rows();
		Map<String, Object> sessionBefore = session();
		long member = this.council.member(2);
		for (String name : List.of("staff", "staff2", "member", "chair", "tanto", "nonbiri")) {
			int expected = name.startsWith("staff") ? 404 : 403;
			AccountPrincipal who = principal(name);
			assertThat(this.mvc.perform(get(url("")).with(user(who))).andReturn().getResponse().getStatus())
				.as(name + " GET")
				.isEqualTo(expected);
			for (String[] request : List.of(
					new String[] { "/members/" + member + "/attendance", "attendance", "ABSENT" },
					new String[] { "/members/" + member + "/departure", "time", "14:00" },
					new String[] { "/members/" + member + "/arrival", "time", "14:00" },
					new String[] { "/members/" + member + "/return" },
					new String[] { "/attendees", "kind", "WITNESS", "name", "不正 太郎" },
					new String[] { "/observers", "delta", "1" }, new String[] { "/open", "time", "13:30" },
					new String[] { "/close", "time", "15:00" })) {
				String[] params = new String[request.length + 1];
				System.arraycopy(request, 1, params, 0, request.length - 1);
				params[request.length - 1] = "version";
				params[request.length] = "0";
				assertThat(send(who, request[0], params).andReturn().getResponse().getStatus())
					.as(name + " POST " + request[0])
					.isEqualTo(expected);
			}
		}
		assertThat(rows()).isEqualTo(before);
		assertThat(session()).isEqualTo(sessionBefore);
		assertThat(this.jdbc.sql("select count(*) from meeting_attendee where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void everyChangeIsAuditedWithTheStaffWhoMadeIt() throws Exception {
		open();
		memberPost(4, "departure", "time", "14:00");
		send("/attendees", "kind", "SECRETARIAT", "name", "事務 花子", "affiliation", "福祉課");
		send("/observers", "delta", "1", "version", "0");
		String username = this.council.staff().getUsername();
		assertThat(this.jdbc.sql("""
				select r.username from meeting_attendance_aud a join audit_revision r on r.id = a.rev
				where a.member_id = :member and a.left_at is not null
				""").param("member", this.council.member(4)).query(String.class).list()).containsExactly(username);
		assertThat(this.jdbc.sql("""
				select count(*) from meeting_attendance_aud a where a.meeting_id = :m and a.revtype = 0
				""").param("m", this.meeting).query(Long.class).single()).isEqualTo(9);
		assertThat(this.jdbc.sql("""
				select r.username from meeting_attendee_aud a join audit_revision r on r.id = a.rev
				where a.meeting_id = :m and a.name = '事務 花子'
				""").param("m", this.meeting).query(String.class).list()).containsExactly(username);
		assertThat(this.jdbc.sql("select observers from meeting_session_aud where meeting_id = :m order by rev")
			.param("m", this.meeting)
			.query(Integer.class)
			.list()).containsExactly(0, 1);
	}

	@Test
	void theMeetingPageLinksToTheLiveScreen() throws Exception {
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(this.council.staff())))
			.andExpect(content().string(containsString("/meetings/" + this.meeting + "/live")));
		assertThat(LocalDate.now()).isBefore(this.council.day);
	}

}
