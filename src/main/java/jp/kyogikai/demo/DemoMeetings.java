package jp.kyogikai.demo;

import java.time.LocalDateTime;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.meeting.MeetingSetupService;
import jp.kyogikai.meeting.MeetingSetupService.Item;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.operator.Operator;

import org.springframework.stereotype.Component;

/**
 * The seed meeting of 佐久市's council: 令和7年度 第1回 (the seed names no number), 令和7年7月17日
 * 10:00 in 佐久市役所 議会棟 第2委員会室, with the seed's 次第 and のんびり's 対価の変更 as its 協議事項 (which puts
 * the application on the agenda). Its status is 招集済み (CONVENED): the seed is the 次第 sent
 * out with the convocation, and no minutes exist and the 協議事項 is undecided, so 開催済み would
 * claim a meeting whose outcome the data does not have.
 */
@Component
class DemoMeetings {

	static final LocalDateTime SEED_MEETING = LocalDateTime.of(2025, 7, 17, 10, 0);

	static final String SEED_PLACE = "佐久市役所 議会棟 第2委員会室";

	static final String FARE_CHANGE_TITLE = "自家用有償運送事業者の旅客から收受する対価の金額変更について";

	private final MeetingSetupService meetings;

	private final ApplicationSetupService applications;

	DemoMeetings(MeetingSetupService meetings, ApplicationSetupService applications) {
		this.meetings = meetings;
		this.applications = applications;
	}

	void load(long sakuCouncil, Operator nonbiri, long fareChange) {
		this.applications.act(fareChange, ApplicationAction.PUT_ON_AGENDA, "staff", "高橋 由美",
				LocalDateTime.of(2025, 7, 3, 9, 0).atZone(Kyogikai.ZONE).toInstant());
		this.meetings.create(sakuCouncil, 1, SEED_MEETING, SEED_PLACE, Openness.PUBLIC, MeetingStatus.CONVENED,
				List.of(new Item(AgendaItemKind.OPENING, "開会", null, false, null),
						new Item(AgendaItemKind.MATERIALS_CHECK, "資料確認", null, true, null),
						new Item(AgendaItemKind.FREE, "連絡事項", null, true, null),
						new Item(AgendaItemKind.INTRODUCTIONS, "自己紹介", null, false, null),
						new Item(AgendaItemKind.CHAIR_GREETING, "会長あいさつ", null, false, null),
						new Item(AgendaItemKind.REPORT, "福祉有償運送について", "資料No.3、4", false, null),
						new Item(AgendaItemKind.DELIBERATION, FARE_CHANGE_TITLE, "資料No.5", false, fareChange),
						new Item(AgendaItemKind.OTHER, "その他", null, false, null),
						new Item(AgendaItemKind.CLOSING, "閉会", null, false, null)));
	}

}
