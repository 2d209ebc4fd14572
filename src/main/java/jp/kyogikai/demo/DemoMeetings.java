package jp.kyogikai.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.attendance.AttendanceSetupService;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilSetupService;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.material.MaterialKind;
import jp.kyogikai.material.MaterialSetupService.Source;
import jp.kyogikai.material.MaterialSetupService;
import jp.kyogikai.meeting.MeetingSetupService.Item;
import jp.kyogikai.meeting.MeetingSetupService;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.minutes.MinutesSetupService;
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

	private final MaterialSetupService materials;

	private final StoredFileService files;

	private final AttendanceSetupService attendance;

	private final CouncilSetupService councils;

	private final MinutesSetupService minutesPolicy;

	DemoMeetings(MeetingSetupService meetings, ApplicationSetupService applications, MaterialSetupService materials,
			StoredFileService files, AttendanceSetupService attendance, CouncilSetupService councils,
			MinutesSetupService minutesPolicy) {
		this.meetings = meetings;
		this.minutesPolicy = minutesPolicy;
		this.applications = applications;
		this.materials = materials;
		this.files = files;
		this.attendance = attendance;
		this.councils = councils;
	}

	/**
	 * The members' replies to the seed meeting: seven attend, 原田 and 井上 do not, so the
	 * staff page forecasts the quorum met (委員9人中7人).
	 * @param members the seed council's members by name
	 */
	void loadReplies(Map<String, Long> members) {
		Long council = this.councils.findCouncil("佐久市福祉有償運送運営協議会").map(Council::getId).orElse(null);
		Long meeting = (council != null)
				? this.meetings.find(council, FiscalYear.of(SEED_MEETING.toLocalDate()), 1).orElse(null) : null;
		if (meeting == null) {
			return;
		}
		Instant repliedAt = LocalDateTime.of(2025, 7, 7, 9, 30).atZone(Kyogikai.ZONE).toInstant();
		Map<String, String> absent = Map.of("原田 浩二", "業務の都合により欠席します。", "井上 義男", "");
		members.forEach((name, id) -> {
			boolean away = absent.containsKey(name);
			this.attendance.reply(meeting, id, away ? Attendance.ABSENT : Attendance.PRESENT, null,
					away && !absent.get(name).isEmpty() ? absent.get(name) : null, repliedAt);
		});
	}

	void load(long sakuCouncil, Operator nonbiri, long fareChange) {
		// two members sign the minutes; the users' representative is a private person
		this.minutesPolicy.policy(sakuCouncil, 2, true, List.of("福祉有償運送の利用者"));
		this.applications.act(fareChange, ApplicationAction.PUT_ON_AGENDA, "staff", "高橋 由美",
				LocalDateTime.of(2025, 7, 3, 9, 0).atZone(Kyogikai.ZONE).toInstant());
		long meeting = this.meetings.create(sakuCouncil, 1, SEED_MEETING, SEED_PLACE, Openness.PUBLIC,
				MeetingStatus.CONVENED,
				List.of(new Item(AgendaItemKind.OPENING, "開会", null, false, null),
						new Item(AgendaItemKind.MATERIALS_CHECK, "資料確認", null, true, null),
						new Item(AgendaItemKind.FREE, "連絡事項", null, true, null),
						new Item(AgendaItemKind.INTRODUCTIONS, "自己紹介", null, false, null),
						new Item(AgendaItemKind.CHAIR_GREETING, "会長あいさつ", null, false, null),
						new Item(AgendaItemKind.REPORT, "福祉有償運送について", "資料No.3、4", false, null),
						new Item(AgendaItemKind.DELIBERATION, FARE_CHANGE_TITLE, "資料No.5", false, fareChange),
						new Item(AgendaItemKind.OTHER, "その他", null, false, null),
						new Item(AgendaItemKind.CLOSING, "閉会", null, false, null)));
		materials(meeting, nonbiri.getMunicipalityId(), fareChange);
	}

	/**
	 * The seed packet's materials: 資料No.1 the roster and No.2 the 設置要綱 (general), No.3
	 * the national guidance (an upload) and No.4 【佐久市の状況】 with the list of registered
	 * operators (item 4), No.5 のんびり's application (the 協議事項).
	 */
	private void materials(long meeting, long saku, long fareChange) {
		this.materials.add(meeting, null, "佐久市福祉有償運送運営協議会委員名簿", Source.of(MaterialKind.ROSTER), false);
		this.materials.add(meeting, null, "佐久市福祉有償運送運営協議会設置要綱", Source.of(MaterialKind.CHARTER), false);
		long guidance = this.files.store(guidance(), "福祉有償運送について.pdf", saku, "system").id();
		this.materials.add(meeting, AgendaItemKind.REPORT, "福祉有償運送について",
				new Source(MaterialKind.UPLOADED, null, null, null, guidance), false);
		this.materials.add(meeting, AgendaItemKind.REPORT, "【佐久市の状況】",
				new Source(MaterialKind.STATISTICS, DemoStatistics.YEAR.startYear(), null, null, null), false);
		this.materials.add(meeting, AgendaItemKind.REPORT, "福祉有償運送登録法人", Source.of(MaterialKind.OPERATOR_LIST), true);
		this.materials.add(meeting, AgendaItemKind.DELIBERATION, "特定非営利活動法人 のんびり 対価の金額変更",
				new Source(MaterialKind.APPLICATION, null, null, fareChange, null), false);
	}

	/**
	 * A short PDF standing in for the national guidance the seed's 資料No.3 reproduces: its
	 * first headings with a few sentences each.
	 */
	static byte[] guidance() {
		return PdfDocumentBuilder.a4(new DocumentInfo("福祉有償運送について", "国土交通省", "自家用有償旅客運送（公共ライドシェア）ハンドブック（抜粋）", null))
			.header("自家用有償旅客運送（公共ライドシェア）ハンドブック（抜粋）", null)
			.title("福祉有償運送について")
			.heading("Ⅰ．自家用有償旅客運送（公共ライドシェア）について")
			.heading("1．自家用有償旅客運送（公共ライドシェア）とは")
			.paragraph("　地域における移動手段の確保は、重要な課題です。まず、そのための手段として、道路運送法の許可を受けたバス・タクシーといった既存の交通事業者の活用を十分に検討する必要があります。")
			.paragraph(
					"　その上で、既存のバス・タクシー事業者による輸送サービスの提供が困難な場合には、地域の関係者による協議を経た上で、道路運送法の登録を受け、必要な安全上の措置が講じられた「自家用有償旅客運送（公共ライドシェア）」を活用することとなります。")
			.heading("2．自家用有償旅客運送（公共ライドシェア）を実施する者")
			.paragraph(
					"　市町村、NPO法人、一般社団法人又は一般財団法人、認可地縁団体、農業協同組合、消費生活協同組合、医療法人、社会福祉法人、商工会議所、商工会、労働者協同組合、営利を目的としない法人格を有しない社団が主体となって実施することができます。")
			.heading("3．ニーズに応じた自家用有償旅客運送（公共ライドシェア）の種類")
			.paragraph("　福祉有償運送は、市町村やNPO法人等が、単独で公共交通機関を利用できない身体障害者等を対象に、原則、ドア・ツー・ドアの個別輸送を行うものです。")
			.heading("4．事業者協力型自家用有償旅客運送（公共ライドシェア）")
			.paragraph(
					"　道路運送法の改正により、令和2年11月から、運行管理や車両の整備管理について一般旅客自動車運送事業者（バス・タクシー事業者）が協力する「事業者協力型自家用有償旅客運送制度」が創設されました。")
			.toBytes();
	}

}
