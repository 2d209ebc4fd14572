package jp.kyogikai.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;
import jp.kyogikai.compliance.ComplianceReport.Row;
import jp.kyogikai.compliance.ComplianceReport.Section;
import jp.kyogikai.compliance.ComplianceReport.Status;
import jp.kyogikai.driver.DriverService;
import jp.kyogikai.driver.DriverView;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.VehicleService;
import jp.kyogikai.vehicle.VehicleView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the 要件確認表 from what the operator, vehicle and driver modules find. Access is
 * theirs: an operator the user may not see is a 404.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

	private final OperatorService operators;

	private final VehicleService vehicles;

	private final DriverService drivers;

	private final MunicipalityRepository municipalities;

	private final Clock clock;

	ComplianceService(OperatorService operators, VehicleService vehicles, DriverService drivers,
			MunicipalityRepository municipalities, Clock clock) {
		this.operators = operators;
		this.vehicles = vehicles;
		this.drivers = drivers;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/**
	 * The operator's 要件確認表 today.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the report
	 */
	public ComplianceReport check(long operatorId, AccountPrincipal user) {
		OperatorDetail detail = this.operators.detail(operatorId, user);
		Operator operator = detail.operator();
		List<Section> sections = List.of(new Section("登録", List.of(registration(detail)), ""),
				new Section("自動車",
						this.vehicles.list(operatorId, user).stream().map(ComplianceService::vehicle).toList(),
						"車両が登録されていません。"),
				new Section("運転者",
						this.drivers.list(operatorId, user)
							.stream()
							.filter((view) -> !view.left())
							.map(ComplianceService::driver)
							.toList(),
						"在任中の運転者が登録されていません。"));
		return new ComplianceReport(operatorId, operator.getName(), municipality(operator.getMunicipalityId()),
				LocalDate.now(this.clock), sections);
	}

	static Row registration(OperatorDetail detail) {
		Operator operator = detail.operator();
		String item = "登録" + ((operator.getRegistrationNumber() != null && !operator.getRegistrationNumber().isBlank())
				? "（" + operator.getRegistrationNumber() + "）" : "");
		LocalDate expiry = operator.getRegistrationExpiresOn();
		if (expiry == null) {
			return new Row(item, Status.WARN, List.of("登録の有効期限が登録されていません。"));
		}
		if (detail.expired()) {
			return new Row(item, Status.NG, List.of("登録の有効期間が" + Wareki.format(expiry) + "に満了しています。"));
		}
		if (detail.renewalDue()) {
			return new Row(item, Status.WARN, List
				.of("登録の有効期間が" + Wareki.format(expiry) + "に満了します（あと" + detail.daysLeft() + "日）。満了前に更新の申請が必要です。"));
		}
		return new Row(item, Status.OK, List.of("有効（" + Wareki.format(expiry) + "まで）"));
	}

	static Row vehicle(VehicleView view) {
		String item = view.vehicle().getPlateNumber();
		if (view.passes()) {
			return new Row(item, Status.OK, List.of("適合"));
		}
		boolean violation = view.findings().stream().anyMatch(VehicleView.Finding::violation);
		List<String> reasons = new ArrayList<>();
		view.findings().forEach((finding) -> reasons.add(finding.text()));
		return new Row(item, violation ? Status.NG : Status.WARN, reasons);
	}

	static Row driver(DriverView view) {
		String item = view.driver().getName();
		if (view.qualified()) {
			return new Row(item, Status.OK, List.of("要件を満たす"));
		}
		return new Row(item, Status.NG, view.reasons().isEmpty() ? List.of("要件を満たさない") : view.reasons());
	}

	private String municipality(long municipalityId) {
		return this.municipalities.findById(municipalityId).map(Municipality::getName).orElse("");
	}

}
