package jp.kyogikai.convocation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jp.kyogikai.council.CouncilService;
import jp.kyogikai.meeting.MeetingSetupService;
import jp.kyogikai.meeting.MeetingSetupService.Item;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.member.Appointment;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;

/**
 * A test's own council with members (some with an e-mail address, one without, one whose
 * term ended before the meeting) and a planned meeting with a 次第.
 */
final class ConvocationFixture {

	static final LocalDateTime MEETING = LocalDateTime.of(2025, 9, 18, 14, 0);

	static final LocalDate TERM_START = LocalDate.of(2025, 4, 1);

	private final TestTenants tenants;

	private final CouncilService councils;

	private final MemberService members;

	private final MemberSetupService memberSetup;

	private final MeetingSetupService meetings;

	ConvocationFixture(TestTenants tenants, CouncilService councils, MemberService members,
			MemberSetupService memberSetup, MeetingSetupService meetings) {
		this.tenants = tenants;
		this.councils = councils;
		this.members = members;
		this.memberSetup = memberSetup;
		this.meetings = meetings;
	}

	record Setup(Tenant tenant, long meetingId) {
	}

	Setup create() {
		Tenant tenant = this.tenants.create();
		long category = this.councils.categories(tenant.councilId(), tenant.staff()).get(0).getId();
		Appointment chair = appoint(tenant, category, "佐藤 一郎", "さとう いちろう", "sato@example.jp", null);
		this.memberSetup.elect(chair, OfficerRole.CHAIR, TERM_START);
		appoint(tenant, category, "鈴木 花子", "すずき はなこ", "suzuki@example.jp", null);
		appoint(tenant, category, "高田 次郎", "たかだ じろう", "takada@example.jp", null);
		appoint(tenant, category, "山本 三郎", "やまもと さぶろう", null, null);
		// left before the meeting: no convocation
		appoint(tenant, category, "前田 四郎", "まえだ しろう", "maeda@example.jp", LocalDate.of(2025, 6, 30));
		long meetingId = this.meetings.create(tenant.councilId(), 1, MEETING, "市役所 第1会議室", Openness.PUBLIC,
				MeetingStatus.PLANNED,
				List.of(new Item(AgendaItemKind.OPENING, "開会", null, false, null),
						new Item(AgendaItemKind.MATERIALS_CHECK, "資料確認", null, true, null),
						new Item(AgendaItemKind.REPORT, "福祉有償運送の状況について", "資料No.2", false, null),
						new Item(AgendaItemKind.CLOSING, "閉会", null, false, null)));
		return new Setup(tenant, meetingId);
	}

	private Appointment appoint(Tenant tenant, long category, String name, String furigana, String email,
			LocalDate end) {
		return this.members.appoint(tenant.councilId(), tenant.staff(),
				new PersonDetails(name, furigana, email, null, null), category, TERM_START, end);
	}

}
