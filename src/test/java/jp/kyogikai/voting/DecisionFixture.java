package jp.kyogikai.voting;

import java.io.ByteArrayOutputStream;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own council of nine members (the first 会長, the second 副会長; the fifth, 委員 五郎,
 * linked to the applicant operator), a convened meeting twenty days from now to which the
 * first seven replied 出席, an operator's received 対価の変更 and a 協議事項 linked to it (so the
 * application is 議題に掲載). The charter: recusal rule on, simple majority of the members
 * present and entitled, the chair not voting, a tie decided by the chair.
 */
public final class DecisionFixture {

	public static final String[] NAMES = { "会長 一郎", "副会長 二郎", "委員 三郎", "委員 四郎", "委員 五郎", "委員 六郎", "委員 七郎", "委員 八郎",
			"委員 九郎" };

	public static final int LINKED = 4;

	public final Tenant tenant;

	public final List<Long> members = new ArrayList<>();

	public final long meeting;

	public final long operator;

	public final long application;

	public final long item;

	public final LocalDate day = LocalDate.now().plusDays(20);

	private final JdbcClient jdbc;

	public DecisionFixture(TestTenants tenants, MemberSetupService setup, MeetingService meetings,
			AttendanceSetupService replies, MemberService roster, OperatorRepository operators,
			ApplicationSetupService applications, JdbcClient jdbc) throws Exception {
		this.tenant = tenants.create();
		this.jdbc = jdbc;
		this.operator = Registries.operator(operators, this.tenant, "特定非営利活動法人 ぎけつ");
		long category = jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
		Term term = Term.standard(LocalDate.now().minusMonths(1), 12);
		for (int i = 0; i < NAMES.length; i++) {
			Member member = setup.createMember(this.tenant.municipality().getId(),
					new PersonDetails(NAMES[i], "いいん", null, "テスト", (i == LINKED) ? this.operator : null));
			Appointment appointment = setup.appoint(this.tenant.councilId(), member, category, term);
			if (i < 2) {
				roster.elect(this.tenant.councilId(), appointment.getId(), this.tenant.staff(),
						(i == 0) ? OfficerRole.CHAIR : OfficerRole.VICE_CHAIR, term.start());
			}
			this.members.add(member.getId());
		}
		charter("recusal_enabled", true);
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
		this.application = applications.draft(this.tenant.municipality().getId(), this.operator,
				ApplicationType.FARE_CHANGE, Set.of(), "テスト市全域", "燃料費が上がったため。", null, "op", "担当", Instant.now());
		applications.propose(this.application, FareSchedule.of(new DistanceFare(2_000, 300, 1_000, 100)), null);
		applications.attach(this.application, AttachmentKind.FARE_TABLE, pdf(), "対価表.pdf");
		applications.attach(this.application, AttachmentKind.COST_BASIS, pdf(), "算定根拠.pdf");
		applications.act(this.application, ApplicationAction.SUBMIT, "op", "担当", Instant.now());
		applications.act(this.application, ApplicationAction.RECEIVE, "staff", "職員", Instant.now());
		AgendaItemForm item = new AgendaItemForm();
		item.setKind(AgendaItemKind.DELIBERATION);
		item.setTitle("対価の変更について");
		meetings.addItem(this.meeting, item, this.tenant.staff());
		this.item = jdbc.sql("select max(id) from agenda_item where meeting_id = :m and title = '対価の変更について'")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
		meetings.linkApplication(this.meeting, this.item, this.application, this.tenant.staff());
		meetings.changeStatus(this.meeting, MeetingStatus.CONVENED, 0, this.tenant.staff());
		for (int i = 0; i < 7; i++) {
			replies.reply(this.meeting, this.members.get(i), Attendance.PRESENT, null, null, Instant.now());
		}
	}

	public void charter(String column, Object value) {
		this.jdbc.sql("update charter set " + column + " = :v where council_id = :c")
			.param("v", value)
			.param("c", this.tenant.councilId())
			.update();
	}

	public AccountPrincipal staff() {
		return this.tenant.staff();
	}

	public long member(int index) {
		return this.members.get(index);
	}

	static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
