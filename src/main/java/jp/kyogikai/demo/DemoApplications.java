package jp.kyogikai.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.application.rule.ChangeItem;
import jp.kyogikai.application.rule.ChargeKind;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.DynamicBand;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.council.CouncilSetupService;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorRepository;

import org.springframework.stereotype.Component;

/**
 * The applications of the demo: のんびり's 対価の変更, received by the secretariat of 佐久市 as the
 * only 協議事項 of the seed meeting (令和7年7月17日), with its 対価表 and 対価の算定根拠 as small PDFs made
 * here; and a draft 変更登録 of たんと (a new office and more vehicles, only notified). Also the
 * addresses the status mails go to.
 */
@Component
class DemoApplications {

	static final String SAKU_SECRETARIAT_EMAIL = "saku-fukushi@example.jp";

	static final String KOMORO_SECRETARIAT_EMAIL = "komoro-kikaku@example.jp";

	static final String NONBIRI_EMAIL = "nonbiri@example.jp";

	static final String TANTO_EMAIL = "tanto@example.jp";

	static final String FARE_TABLE_FILE = "対価表_のんびり.pdf";

	static final String COST_BASIS_FILE = "対価の算定根拠_のんびり.pdf";

	/**
	 * The fares のんびり proposes: its fares in force ({@link DemoFares}) with the base fare
	 * raised from 300円 to 350円 and the 迎車回送料金 from 100円 to 200円, from 1 October 2025.
	 */
	static final FareSchedule NONBIRI_PROPOSED_FARES = new FareSchedule(new DistanceFare(2_000, 350, 1_000, 100),
			List.of(OtherCharge.perTrip(ChargeKind.PICK_UP, null, 200, "自宅などへ迎えに行くとき（1回の乗車につき）"),
					OtherCharge.perMinutes(ChargeKind.WAITING, null, 200, 30, "通院先などで30分を超えて待つとき（30分ごと）"),
					OtherCharge.perTrip(ChargeKind.ASSISTANCE, "乗降介助", 0, "玄関から車両までの移動と乗り降りを介助するとき")),
			DynamicBand.none());

	static final LocalDate NONBIRI_PROPOSED_FROM = LocalDate.of(2025, 10, 1);

	static final String FARE_CHANGE_REASON = "燃料費と車両の維持費が上がり、現行の対価では運送に要する実費を賄えなくなったため、"
			+ "旅客から收受する対価の金額を変更したい。新しい対価は、近隣のタクシー運賃の約8割を目安に算定した。";

	private final ApplicationSetupService applications;

	private final CouncilSetupService councils;

	private final OperatorRepository operators;

	private final Clock clock;

	DemoApplications(ApplicationSetupService applications, CouncilSetupService councils, OperatorRepository operators,
			Clock clock) {
		this.applications = applications;
		this.councils = councils;
		this.operators = operators;
		this.clock = clock;
	}

	/**
	 * Loads the applications.
	 * @return the id of のんびり's received 対価の変更
	 */
	long load(long saku, long komoro, Operator nonbiri, Operator tanto) {
		this.councils.setSecretariatEmail(saku, SAKU_SECRETARIAT_EMAIL);
		this.councils.setSecretariatEmail(komoro, KOMORO_SECRETARIAT_EMAIL);
		nonbiri.setContactEmail(NONBIRI_EMAIL);
		tanto.setContactEmail(TANTO_EMAIL);
		this.operators.saveAll(List.of(nonbiri, tanto));
		long fareChange = nonbiriFareChange(saku, nonbiri);
		tantoChange(saku, tanto);
		return fareChange;
	}

	/**
	 * 対価の変更 of のんびり: drafted on 26 May 2025, submitted on 2 June, received on 5 June
	 * (7福有第1号), waiting for the meeting of 17 July.
	 */
	private long nonbiriFareChange(long saku, Operator nonbiri) {
		long id = this.applications.draft(saku, nonbiri.getId(), ApplicationType.FARE_CHANGE, Set.of(), "佐久市全域",
				FARE_CHANGE_REASON, "新しい対価は、協議が調った後、令和7年10月1日から適用したい。", "nonbiri", "森田 恵子", at(2025, 5, 26, 14, 10));
		this.applications.propose(id, NONBIRI_PROPOSED_FARES, NONBIRI_PROPOSED_FROM);
		this.applications.attach(id, AttachmentKind.FARE_TABLE, fareTable(nonbiri), FARE_TABLE_FILE);
		this.applications.attach(id, AttachmentKind.COST_BASIS, costBasis(nonbiri), COST_BASIS_FILE);
		this.applications.act(id, ApplicationAction.SUBMIT, "nonbiri", "森田 恵子", at(2025, 6, 2, 10, 15));
		this.applications.act(id, ApplicationAction.RECEIVE, "staff", "高橋 由美", at(2025, 6, 5, 9, 30));
		return id;
	}

	/**
	 * A draft 変更登録 of たんと, begun two days ago: a second office and more vehicles, which
	 * are only notified (軽微変更届出).
	 */
	private void tantoChange(long saku, Operator tanto) {
		Instant twoDaysAgo = this.clock.instant().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		this.applications.draft(saku, tanto.getId(), ApplicationType.CHANGE,
				EnumSet.of(ChangeItem.OFFICE, ChangeItem.VEHICLE_COUNT), null, "臼田地区に事務所を新設し、その事務所に車いす車2台を配置するため。",
				null, "tanto", "藤井 誠", twoDaysAgo);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(Kyogikai.ZONE).toInstant();
	}

	/**
	 * A one-page 対価表: the fares in force beside the ones proposed.
	 */
	static byte[] fareTable(Operator operator) {
		LocalDate date = LocalDate.of(2025, 5, 26);
		Table fares = Table.of(Column.of("区分", 4), Column.of("現行", 4), Column.of("変更後", 4))
			.row("運賃（距離制）", "2kmまで300円、以降1kmごとに100円", "2kmまで350円、以降1kmごとに100円")
			.row("迎車回送料金", "1回につき100円", "1回につき200円")
			.row("待機料金", "30分ごとに200円", "30分ごとに200円（変更なし）")
			.row("乗降介助", "無料", "無料（変更なし）");
		return PdfDocumentBuilder.a4(new DocumentInfo("対価表", operator.getName(), "対価の変更", date))
			.title("旅客から收受する対価（対価表）")
			.paragraph(operator.getName())
			.table(fares)
			.spacer(6)
			.paragraph("作成日　" + Wareki.format(date))
			.note("デモ用の架空の書類です。")
			.toBytes();
	}

	/**
	 * A one-page 対価の算定根拠: the cost of one kilometre against the proposed fare.
	 */
	static byte[] costBasis(Operator operator) {
		LocalDate date = LocalDate.of(2025, 5, 26);
		Table costs = Table.of(Column.of("項目", 6), Column.of("年額（円）", 4))
			.row("燃料費", "1,480,000")
			.row("車両の維持費（車検・修理・保険）", "1,120,000")
			.row("運転者への謝金", "2,300,000")
			.row("運行管理の事務費", "600,000")
			.row("計（実費）", "5,500,000");
		return PdfDocumentBuilder.a4(new DocumentInfo("対価の算定根拠", operator.getName(), "対価の変更", date))
			.title("対価の算定根拠")
			.paragraph(operator.getName())
			.paragraph("年間の運送に要する実費と、変更後の対価による収入の見込み（年間延べ約4,200回、平均約6km）を比べ、" + "対価の総額が実費の範囲内であることを確かめた。")
			.table(costs)
			.spacer(6)
			.paragraph("変更後の対価による収入の見込み　年額 約5,250,000円（実費の範囲内）")
			.note("デモ用の架空の書類です。")
			.toBytes();
	}

}
