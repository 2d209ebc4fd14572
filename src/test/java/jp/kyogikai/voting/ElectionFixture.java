package jp.kyogikai.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.attendance.AttendanceSetupService;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.meeting.AgendaItemForm;
import jp.kyogikai.meeting.MeetingForm;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.member.Appointment;
import jp.kyogikai.member.Member;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own council at the start of a new term: nine members appointed for the term
 * that ended last month (the third, 前会長 三郎, was its 会長 and the fourth, 前副会長 四郎, its 副会長)
 * and appointed again for the new term, in which nobody holds an office yet. A convened
 * meeting twenty days from now, to which the first seven replied 出席, has an election item
 * (会長・副会長の互選) followed by a 協議事項 linked to an operator's received 対価の変更. The charter:
 * simple majority of the members present and entitled, the chair not voting, a tie
 * decided by the chair, no recusal rule.
 */
final class ElectionFixture {

	static final String[] NAMES = { "中村 光一", "鈴木 花子", "前会長 三郎", "前副会長 四郎", "委員 五郎", "委員 六郎", "委員 七郎", "委員 八郎",
			"委員 九郎" };

	final Tenant tenant;

	final List<Long> members = new ArrayList<>();

	final List<Long> appointments = new ArrayList<>();

	final List<Long> previousAppointments = new ArrayList<>();

	final long meeting;

	final long election;

	final long deliberation;

	final long application;

	final LocalDate day = LocalDate.now().plusDays(20);

	private final JdbcClient jdbc;

	ElectionFixture(TestTenants tenants, MemberSetupService setup, MeetingService meetings,
			AttendanceSetupService replies, MemberService roster, OperatorRepository operators,
			ApplicationSetupService applications, JdbcClient jdbc) throws Exception {
		this.tenant = tenants.create();
		this.jdbc = jdbc;
		long operator = Registries.operator(operators, this.tenant, "特定非営利活動法人 ごせん");
		long category = jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
		Term previous = Term.standard(LocalDate.now().minusMonths(13), 12);
		Term current = previous.next(12);
		for (int i = 0; i < NAMES.length; i++) {
			Member member = setup.createMember(this.tenant.municipality().getId(),
					new PersonDetails(NAMES[i], "いいん", null, "テスト", null));
			Appointment old = setup.appoint(this.tenant.councilId(), member, category, previous);
			if (i == 2 || i == 3) {
				roster.elect(this.tenant.councilId(), old.getId(), this.tenant.staff(),
						(i == 2) ? OfficerRole.CHAIR : OfficerRole.VICE_CHAIR, previous.start());
			}
			this.previousAppointments.add(old.getId());
			this.appointments.add(setup.appoint(this.tenant.councilId(), member, category, current).getId());
			this.members.add(member.getId());
		}
		charter("recusal_enabled", false);
		charter("decision_rule", "MAJORITY_OF_PRESENT");
		charter("decision_base", "PRESENT_AND_ENTITLED");
		charter("tie_break", "CHAIR_DECIDES");
		charter("chair_votes", false);
		MeetingForm form = new MeetingForm();
		form.setDate(this.day);
		form.setStartTime(LocalTime.of(13, 30));
		form.setEndTime(LocalTime.of(15, 0));
		form.setPlace("テスト市役所 第1会議室");
		form.setOpenness(Openness.PUBLIC);
		this.meeting = meetings.create(this.tenant.councilId(), form, this.tenant.staff());
		this.election = addItem(meetings, AgendaItemKind.ELECTION, "会長・副会長の互選について");
		this.application = applications.draft(this.tenant.municipality().getId(), operator, ApplicationType.FARE_CHANGE,
				Set.of(), "テスト市全域", "燃料費が上がったため。", null, "op", "担当", Instant.now());
		applications.propose(this.application, FareSchedule.of(new DistanceFare(2_000, 300, 1_000, 100)), null);
		applications.attach(this.application, AttachmentKind.FARE_TABLE, DecisionFixture.pdf(), "対価表.pdf");
		applications.attach(this.application, AttachmentKind.COST_BASIS, DecisionFixture.pdf(), "算定根拠.pdf");
		applications.act(this.application, ApplicationAction.SUBMIT, "op", "担当", Instant.now());
		applications.act(this.application, ApplicationAction.RECEIVE, "staff", "職員", Instant.now());
		this.deliberation = addItem(meetings, AgendaItemKind.DELIBERATION, "対価の変更について");
		meetings.linkApplication(this.meeting, this.deliberation, this.application, this.tenant.staff());
		meetings.changeStatus(this.meeting, MeetingStatus.CONVENED, 0, this.tenant.staff());
		for (int i = 0; i < 7; i++) {
			replies.reply(this.meeting, this.members.get(i), Attendance.PRESENT, null, null, Instant.now());
		}
	}

	private long addItem(MeetingService meetings, AgendaItemKind kind, String title) {
		AgendaItemForm item = new AgendaItemForm();
		item.setKind(kind);
		item.setTitle(title);
		meetings.addItem(this.meeting, item, this.tenant.staff());
		return this.jdbc.sql("select max(id) from agenda_item where meeting_id = :m and title = :t")
			.param("m", this.meeting)
			.param("t", title)
			.query(Long.class)
			.single();
	}

	void charter(String column, Object value) {
		this.jdbc.sql("update charter set " + column + " = :v where council_id = :c")
			.param("v", value)
			.param("c", this.tenant.councilId())
			.update();
	}

	AccountPrincipal staff() {
		return this.tenant.staff();
	}

	long member(int index) {
		return this.members.get(index);
	}

	/**
	 * The office the member holds on the meeting's day, from the stored appointments.
	 * @param index the member
	 * @return CHAIR, VICE_CHAIR or {@code null}
	 */
	String office(int index) {
		return this.jdbc.sql("select officer_role from appointment where id = :a")
			.param("a", this.appointments.get(index))
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
