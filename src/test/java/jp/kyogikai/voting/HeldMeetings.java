package jp.kyogikai.voting;

import java.time.LocalTime;

import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.attendance.AttendanceSetupService;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.support.TestTenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings of a test's own nine-member council ({@link DecisionFixture}) taken through
 * the live meeting: opened at 13:30, the 協議事項 decided by consent, closed — what the
 * minutes are drafted from.
 */
@Component
public class HeldMeetings {

	private final TestTenants tenants;

	private final MemberSetupService memberSetup;

	private final MeetingService meetings;

	private final AttendanceSetupService replies;

	private final MemberService roster;

	private final OperatorRepository operators;

	private final ApplicationSetupService applications;

	private final LiveMeetingService live;

	private final ItemDecisionService decisions;

	private final JdbcClient jdbc;

	HeldMeetings(TestTenants tenants, MemberSetupService memberSetup, MeetingService meetings,
			AttendanceSetupService replies, MemberService roster, OperatorRepository operators,
			ApplicationSetupService applications, LiveMeetingService live, ItemDecisionService decisions,
			JdbcClient jdbc) {
		this.tenants = tenants;
		this.memberSetup = memberSetup;
		this.meetings = meetings;
		this.replies = replies;
		this.roster = roster;
		this.operators = operators;
		this.applications = applications;
		this.live = live;
		this.decisions = decisions;
		this.jdbc = jdbc;
	}

	/**
	 * A new council with its convened meeting, the live screen opened once (attendance
	 * stored from the replies).
	 * @return the council
	 */
	public DecisionFixture council() throws Exception {
		DecisionFixture council = new DecisionFixture(this.tenants, this.memberSetup, this.meetings, this.replies,
				this.roster, this.operators, this.applications, this.jdbc);
		this.live.page(council.meeting, council.staff());
		return council;
	}

	/**
	 * A new council in a new term whose officers hold no office, with its convened
	 * meeting and an election item ({@link ElectionFixture}), the live screen opened
	 * once.
	 * @return the council
	 */
	public ElectionFixture electionCouncil() throws Exception {
		ElectionFixture council = new ElectionFixture(this.tenants, this.memberSetup, this.meetings, this.replies,
				this.roster, this.operators, this.applications, this.jdbc);
		this.live.page(council.meeting, council.staff());
		return council;
	}

	/**
	 * 開会 at 13:30, the 協議事項 承認 by 異議なし with the explanation and questions given, 閉会 at
	 * the time given.
	 * @param council the council
	 * @param explanation the 説明者's explanation, or {@code null}
	 * @param questions the 質疑 notes, or {@code null}
	 * @param closing 閉会
	 */
	public void hold(DecisionFixture council, String explanation, String questions, LocalTime closing) {
		this.live.open(council.meeting, council.staff(), LocalTime.of(13, 30), session(council));
		DecideForm form = new DecideForm();
		form.setMethod(DecisionMethod.CONSENT);
		form.setOutcome(DecisionOutcome.APPROVED);
		form.setExplanation(explanation);
		form.setQuestions(questions);
		this.decisions.decide(council.meeting, council.item, form, council.staff());
		this.live.close(council.meeting, council.staff(), closing, session(council));
	}

	/**
	 * The version of the meeting's session, as the live screen sends it back.
	 * @param council the council
	 * @return the version
	 */
	public long session(DecisionFixture council) {
		return this.jdbc.sql("select version from meeting_session where meeting_id = :m")
			.param("m", council.meeting)
			.query(Long.class)
			.single();
	}

}
