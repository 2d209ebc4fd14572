package jp.kyogikai.demo;

import java.time.Clock;
import java.time.LocalDate;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.vehicle.Ownership;
import jp.kyogikai.vehicle.VehicleForm;
import jp.kyogikai.vehicle.VehicleSetupService;
import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.stereotype.Component;

/**
 * Two brought-in vehicles (持込み車両) of たんと: one with its use agreement (使用承諾書, a PDF made
 * here) and one without, which the vehicle list and the 要件確認表 show as 不適合. Dates follow
 * today, so nothing else about them needs attention.
 */
@Component
class DemoVehicles {

	static final String WITH_AGREEMENT = "長野 530 た 11-22";

	static final String WITHOUT_AGREEMENT = "長野 501 た 33-44";

	static final String AGREEMENT_FILE = "使用承諾書_長野530た11-22.pdf";

	private final VehicleSetupService vehicles;

	private final Clock clock;

	DemoVehicles(VehicleSetupService vehicles, Clock clock) {
		this.vehicles = vehicles;
		this.clock = clock;
	}

	void load(Operator operator) {
		LocalDate today = LocalDate.now(this.clock);
		VehicleForm withAgreement = broughtIn(WITH_AGREEMENT, VehicleType.SWIVEL_SEAT, "ホンダ フリード", today);
		LocalDate from = today.minusMonths(1).withDayOfMonth(1);
		LocalDate to = from.plusYears(2).minusDays(1);
		withAgreement.setUseAgreementFrom(from);
		withAgreement.setUseAgreementTo(to);
		long id = this.vehicles.add(operator.getId(), withAgreement);
		this.vehicles.attachUseAgreement(id, operator.getMunicipalityId(),
				agreementPdf(operator, WITH_AGREEMENT, "ホンダ フリード", from, to), AGREEMENT_FILE);
		this.vehicles.add(operator.getId(), broughtIn(WITHOUT_AGREEMENT, VehicleType.SEDAN, "トヨタ カローラ", today));
	}

	private static VehicleForm broughtIn(String plate, VehicleType type, String model, LocalDate today) {
		VehicleForm form = new VehicleForm();
		form.setPlateNumber(plate);
		form.setVehicleType(type);
		form.setSeats(5);
		form.setModel(model);
		form.setFirstRegisteredYear(today.getYear() - 6);
		form.setOwnership(Ownership.BROUGHT_IN);
		form.setInspectionExpiresOn(today.plusDays(400));
		form.setInsurer("デモ損害保険");
		form.setPolicyFrom(today.minusDays(30));
		form.setPolicyTo(today.plusDays(334));
		form.setPerPersonUnlimited(true);
		form.setPropertyUnlimited(true);
		form.setCoverPassenger(10_000_000L);
		return form;
	}

	/**
	 * A one-page 自動車使用承諾書 of an invented owner.
	 */
	static byte[] agreementPdf(Operator operator, String plate, String model, LocalDate from, LocalDate to) {
		Table table = Table.of(Column.of("項目", 3), Column.of("内容", 8))
			.row("自動車登録番号", plate)
			.row("車名", model)
			.row("使用の目的", "福祉有償運送（道路運送法第79条の登録に係るもの）")
			.row("使用の期間", Wareki.format(from) + "から" + Wareki.format(to) + "まで");
		return PdfDocumentBuilder.a4(new DocumentInfo("自動車使用承諾書", "佐久 一郎", "使用承諾書", from))
			.title("自動車使用承諾書")
			.paragraph(operator.getName() + " 理事長 様")
			.paragraph("私が所有する下記の自動車を、貴法人が行う福祉有償運送の用に供することを承諾します。")
			.table(table)
			.spacer(6)
			.paragraph(Wareki.format(from))
			.paragraph("所有者　長野県佐久市中込一丁目1番1号　佐久 一郎")
			.note("デモ用の架空の書類です。")
			.toBytes();
	}

}
