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
import jp.kyogikai.incident.AccidentService;
import jp.kyogikai.incident.AccidentView;
import jp.kyogikai.incident.AdministrativeAction;
import jp.kyogikai.incident.AdministrativeActionService;
import jp.kyogikai.incident.Complaint;
import jp.kyogikai.incident.ComplaintService;
import jp.kyogikai.incident.rule.ReportStatus;
import jp.kyogikai.operator.ManagerRole;
import jp.kyogikai.operator.Office;
import jp.kyogikai.operator.OperationManager;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.RenewalOutlook;
import jp.kyogikai.operator.rule.ManagerCheck;
import jp.kyogikai.operator.rule.OfficeFinding;
import jp.kyogikai.operator.rule.OperationManagers;
import jp.kyogikai.operator.rule.SpecificOffice;
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

	private final AccidentService accidents;

	private final ComplaintService complaints;

	private final AdministrativeActionService actions;

	private final MunicipalityRepository municipalities;

	private final Clock clock;

	ComplianceService(OperatorService operators, VehicleService vehicles, DriverService drivers,
			AccidentService accidents, ComplaintService complaints, AdministrativeActionService actions,
			MunicipalityRepository municipalities, Clock clock) {
		this.operators = operators;
		this.vehicles = vehicles;
		this.drivers = drivers;
		this.accidents = accidents;
		this.complaints = complaints;
		this.actions = actions;
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
						"在任中の運転者が登録されていません。"),
				new Section("運行管理", operationManagement(detail, this.vehicles.list(operatorId, user)), ""),
				new Section("事故・苦情・行政処分",
						incidents(this.operators.renewal(operatorId, user).orElse(null),
								this.accidents.list(operatorId, user), this.complaints.list(operatorId, user),
								this.actions.list(operatorId, user)),
						""));
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

	/**
	 * The 運行管理 rows: whether the operator has a 運行管理の責任者 at all, then one row per 特定事務所
	 * judged by {@link SpecificOffice#check}.
	 * @param detail the operator with its offices and managers
	 * @param vehicles its vehicles
	 * @return the rows
	 */
	static List<Row> operationManagement(OperatorDetail detail, List<VehicleView> vehicles) {
		List<Row> rows = new ArrayList<>();
		long managers = detail.managers()
			.stream()
			.filter((manager) -> manager.getRole() == ManagerRole.OPERATION)
			.count();
		if (managers == 0) {
			rows.add(new Row("運行管理の責任者", Status.NG, List.of("運行管理の責任者が選任されていません。")));
		}
		else {
			rows.add(new Row("運行管理の責任者", Status.OK, List.of("選任済み（" + managers + "人）")));
		}
		for (Office office : detail.offices()) {
			List<Integer> seats = vehicles.stream()
				.map(VehicleView::vehicle)
				.filter((vehicle) -> office.getId().equals(vehicle.getOfficeId()))
				.map((vehicle) -> vehicle.getSeats())
				.toList();
			List<OperationManager> assigned = detail.operationManagersOf(office.getId());
			int qualified = (int) assigned.stream().filter(OperationManager::isQualified).count();
			int certified = (int) assigned.stream().filter(OperationManager::isCertified).count();
			ManagerCheck check = SpecificOffice.check(seats,
					new OperationManagers(assigned.size(), qualified, certified));
			if (!check.specificOffice()) {
				continue;
			}
			String item = "特定事務所（" + office.getName() + "）";
			if (check.compliant()) {
				rows.add(new Row(item, Status.OK,
						List.of("適合（車両" + check.vehicles() + "台、要件を満たす運行管理の責任者" + qualified + "人）")));
				continue;
			}
			List<String> reasons = new ArrayList<>();
			for (OfficeFinding finding : check.findings()) {
				reasons.add(text(finding));
			}
			rows.add(new Row(item, Status.NG, reasons));
		}
		return rows;
	}

	private static String text(OfficeFinding finding) {
		List<Object> arguments = finding.arguments();
		return switch (finding.code()) {
			case "operationManager.tooFew" -> "車両" + arguments.get(0) + "台の特定事務所には運行管理の責任者が" + arguments.get(1)
					+ "人以上（運行管理者資格者証を有する者であれば" + arguments.get(2) + "人以上）必要です（現在" + arguments.get(3) + "人）。";
			case "operationManager.unqualified" ->
				"要件を満たさない運行管理の責任者が" + arguments.get(0) + "人います。特定事務所の運行管理の責任者は全員が要件を満たす必要があります。";
			default -> finding.code();
		};
	}

	/**
	 * The 事故・苦情・行政処分 rows: the accidents and administrative actions within the current
	 * registration period (a serious accident or an action is 要注意, with its date, as it
	 * shortens the renewal to 2 years) and the complaints not yet resolved (要注意).
	 * @param renewal the current period and the renewal it would get, {@code null} when
	 * the expiry is not known (then every record counts)
	 * @param accidents the operator's accidents
	 * @param complaints its complaints
	 * @param actions its administrative actions
	 * @return the three rows
	 */
	static List<Row> incidents(RenewalOutlook renewal, List<AccidentView> accidents, List<Complaint> complaints,
			List<AdministrativeAction> actions) {
		LocalDate from = (renewal != null) ? renewal.review().from() : null;
		LocalDate to = (renewal != null) ? renewal.review().to() : null;
		String shortened = (renewal != null && !renewal.clean()) ? "更新登録の有効期間は" + renewal.years() + "年になります（"
				+ Wareki.format(renewal.period().from()) + "～" + Wareki.format(renewal.period().to()) + "）。" : null;
		List<Row> rows = new ArrayList<>();
		List<AccidentView> inPeriod = accidents.stream()
			.filter((view) -> within(view.accident().getOccurredOn(), from, to))
			.toList();
		List<AccidentView> serious = inPeriod.stream().filter((view) -> view.accident().isSerious()).toList();
		if (inPeriod.isEmpty()) {
			rows.add(new Row("事故（現在の登録期間）", Status.OK, List.of("記録なし")));
		}
		else if (serious.isEmpty()) {
			rows.add(new Row("事故（現在の登録期間）", Status.OK, List.of("事故" + inPeriod.size() + "件（重大事故なし）")));
		}
		else {
			List<String> reasons = new ArrayList<>();
			for (AccidentView view : serious) {
				reasons
					.add("重大事故：" + Wareki.format(view.accident().getOccurredOn()) + "　" + view.accident().getPlace());
				if (view.report() == ReportStatus.DUE || view.report() == ReportStatus.OVERDUE) {
					reasons.add("運輸支局への事故報告が記録されていません（期限：" + Wareki.format(view.reportDue()) + "）。");
				}
			}
			if (inPeriod.size() > serious.size()) {
				reasons.add("このほかの事故：" + (inPeriod.size() - serious.size()) + "件");
			}
			if (shortened != null) {
				reasons.add(shortened);
			}
			rows.add(new Row("事故（現在の登録期間）", Status.WARN, reasons));
		}
		List<AdministrativeAction> actionsInPeriod = actions.stream()
			.filter((action) -> within(action.getActedOn(), from, to))
			.sorted(java.util.Comparator.comparing(AdministrativeAction::getActedOn))
			.toList();
		if (actionsInPeriod.isEmpty()) {
			rows.add(new Row("行政処分（現在の登録期間）", Status.OK, List.of("記録なし")));
		}
		else {
			List<String> reasons = new ArrayList<>();
			for (AdministrativeAction action : actionsInPeriod) {
				reasons
					.add(label(action) + "：" + Wareki.format(action.getActedOn()) + "　" + excerpt(action.getSummary()));
			}
			if (shortened != null) {
				reasons.add(shortened);
			}
			rows.add(new Row("行政処分（現在の登録期間）", Status.WARN, reasons));
		}
		List<Complaint> open = complaints.stream()
			.filter(Complaint::isOpen)
			.sorted(java.util.Comparator.comparing(Complaint::getReceivedOn))
			.toList();
		if (open.isEmpty()) {
			rows.add(new Row("苦情", Status.OK, List.of("未解決の苦情なし（記録" + complaints.size() + "件）")));
		}
		else {
			rows.add(new Row("苦情", Status.WARN,
					open.stream()
						.map((complaint) -> "未解決：" + Wareki.format(complaint.getReceivedOn()) + "受付　"
								+ excerpt(complaint.getContent()))
						.toList()));
		}
		return rows;
	}

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
	}

	private static String label(AdministrativeAction action) {
		return switch (action.getKind()) {
			case IMPROVEMENT_ORDER -> "改善命令";
			case SUSPENSION -> "業務停止";
		};
	}

	private static String excerpt(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return (line.length() > 60) ? line.substring(0, 60) + "…" : line;
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
