package jp.kyogikai.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kyogikai.meeting.MeetingForm;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.member.Member;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.member.rule.Term;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own council with members in office and MEMBER logins, and its meetings.
 */
final class AttendanceFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(700000);

	final Tenant tenant;

	final List<Member> members = new ArrayList<>();

	final List<AccountPrincipal> logins = new ArrayList<>();

	private final MeetingService meetings;

	private final MemberSetupService setup;

	private final JdbcClient jdbc;

	/**
	 * A council with {@code size} members appointed a month ago for the charter's year.
	 */
	AttendanceFixture(TestTenants tenants, MemberSetupService setup, MeetingService meetings, JdbcClient jdbc,
			int size) {
		this.tenant = tenants.create();
		this.setup = setup;
		this.meetings = meetings;
		this.jdbc = jdbc;
		long category = jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
		Term term = Term.standard(LocalDate.now().minusMonths(1), 12);
		for (int i = 0; i < size; i++) {
			appoint(category, term, "委員" + (char) ('あ' + i * 2));
		}
	}

	/**
	 * Appoints one more member for a term, with a MEMBER login.
	 */
	AccountPrincipal appoint(long category, Term term, String name) {
		int number = SEQUENCE.incrementAndGet();
		Member member = appointOnly(category, term, name);
		AccountPrincipal login = new AccountPrincipal(-number, "member-" + number, null, name, Role.MEMBER, null, null,
				member.getId(), null, true);
		this.logins.add(login);
		return login;
	}

	private Member appointOnly(long category, Term term, String name) {
		Member member = this.setup.createMember(this.tenant.municipality().getId(),
				new PersonDetails(name, "いいん", null, "テスト", null));
		this.setup.appoint(this.tenant.councilId(), member, category, term);
		this.members.add(member);
		return member;
	}

	long category() {
		return this.jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
	}

	/**
	 * A meeting on a day, moved to a status through the steps staff take.
	 */
	long meeting(LocalDate date, MeetingStatus status) {
		MeetingForm form = new MeetingForm();
		form.setDate(date);
		form.setStartTime(LocalTime.of(13, 30));
		form.setEndTime(LocalTime.of(15, 0));
		form.setPlace("テスト市役所 第2会議室");
		form.setOpenness(Openness.PUBLIC);
		long id = this.meetings.create(this.tenant.councilId(), form, this.tenant.staff());
		for (MeetingStatus next : MeetingStatus.values()) {
			if (next.ordinal() == 0 || next.ordinal() > status.ordinal()) {
				continue;
			}
			move(id, next);
		}
		return id;
	}

	void move(long id, MeetingStatus to) {
		this.meetings.changeStatus(id, to, this.meetings.meeting(id, this.tenant.staff()).getVersion(),
				this.tenant.staff());
	}

	long councilId() {
		return this.tenant.councilId();
	}

	AccountPrincipal staff() {
		return this.tenant.staff();
	}

}
