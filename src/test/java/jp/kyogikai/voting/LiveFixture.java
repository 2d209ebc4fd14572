package jp.kyogikai.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.attendance.AttendanceSetupService;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.meeting.MeetingForm;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.member.Appointment;
import jp.kyogikai.member.Member;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own council of nine members (the first 会長, the second 副会長) and a convened
 * meeting twenty days from now, 13:30, to which the first seven replied 出席 and the last
 * two did not reply.
 */
final class LiveFixture {

	static final String[] NAMES = { "会長 一郎", "副会長 二郎", "委員 三郎", "委員 四郎", "委員 五郎", "委員 六郎", "委員 七郎", "委員 八郎", "委員 九郎" };

	final Tenant tenant;

	final List<Long> members = new ArrayList<>();

	final long meeting;

	final LocalDate day = LocalDate.now().plusDays(20);

	LiveFixture(TestTenants tenants, MemberSetupService setup, MeetingService meetings, AttendanceSetupService replies,
			MemberService roster, JdbcClient jdbc) {
		this.tenant = tenants.create();
		long category = jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
		Term term = Term.standard(LocalDate.now().minusMonths(1), 12);
		for (int i = 0; i < NAMES.length; i++) {
			Member member = setup.createMember(this.tenant.municipality().getId(),
					new PersonDetails(NAMES[i], "いいん", null, "テスト", null));
			Appointment appointment = setup.appoint(this.tenant.councilId(), member, category, term);
			if (i < 2) {
				roster.elect(this.tenant.councilId(), appointment.getId(), this.tenant.staff(),
						(i == 0) ? OfficerRole.CHAIR : OfficerRole.VICE_CHAIR, term.start());
			}
			this.members.add(member.getId());
		}
		MeetingForm form = new MeetingForm();
		form.setDate(this.day);
		form.setStartTime(LocalTime.of(13, 30));
		form.setEndTime(LocalTime.of(15, 0));
		form.setPlace("テスト市役所 第1会議室");
		form.setOpenness(Openness.PUBLIC);
		this.meeting = meetings.create(this.tenant.councilId(), form, this.tenant.staff());
		meetings.changeStatus(this.meeting, MeetingStatus.CONVENED, 0, this.tenant.staff());
		for (int i = 0; i < 7; i++) {
			replies.reply(this.meeting, this.members.get(i), Attendance.PRESENT, null, null, Instant.now());
		}
	}

	AccountPrincipal staff() {
		return this.tenant.staff();
	}

	long member(int index) {
		return this.members.get(index);
	}

}
