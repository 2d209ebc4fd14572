package jp.kyogikai.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;
import jp.kyogikai.compliance.ComplianceReport.Message;
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
import jp.kyogikai.operator.rule.OperationManagers;
import jp.kyogikai.operator.rule.SpecificOffice;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.VehicleService;
import jp.kyogikai.vehicle.VehicleView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the 要件確認表 from what the operator, vehicle and driver modules find. Access is
 * theirs: an operator the user may not see is a 404. Every text is a message code with
 * arguments ({@link Message}); the codes are in {@code messages.properties} under
 * {@code compliance.}.
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
		List<VehicleView> vehicles = this.vehicles.list(operatorId, user);
		List<DriverView> drivers = this.drivers.list(operatorId, user);
		List<Section> sections = List.of(registrationSection(detail), vehicleSection(vehicles), driverSection(drivers),
				managementSection(detail, vehicles),
				incidentSection(this.operators.renewal(operatorId, user).orElse(null),
						this.accidents.list(operatorId, user), this.complaints.list(operatorId, user),
						this.actions.list(operatorId, user)));
		return new ComplianceReport(operatorId, operator.getName(), municipality(operator.getMunicipalityId()),
				LocalDate.now(this.clock), sections);
	}

	static Section registrationSection(OperatorDetail detail) {
		return new Section(Message.of("compliance.section.registration"), List.of(registration(detail)), null);
	}

	static Section vehicleSection(List<VehicleView> vehicles) {
		return new Section(Message.of("compliance.section.vehicles"),
				vehicles.stream().map(ComplianceService::vehicle).toList(), Message.of("compliance.vehicles.none"));
	}

	static Section driverSection(List<DriverView> drivers) {
		return new Section(Message.of("compliance.section.drivers"),
				drivers.stream().filter((view) -> !view.left()).map(ComplianceService::driver).toList(),
				Message.of("compliance.drivers.none"));
	}

	static Section managementSection(OperatorDetail detail, List<VehicleView> vehicles) {
		List<Row> rows = new ArrayList<>();
		rows.add(manager(detail, ManagerRole.OPERATION));
		rows.add(manager(detail, ManagerRole.MAINTENANCE));
		rows.addAll(specificOffices(detail, vehicles));
		return new Section(Message.of("compliance.section.management"), rows, null);
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
	 * @return the section
	 */
	static Section incidentSection(RenewalOutlook renewal, List<AccidentView> accidents, List<Complaint> complaints,
			List<AdministrativeAction> actions) {
		LocalDate from = (renewal != null) ? renewal.review().from() : null;
		LocalDate to = (renewal != null) ? renewal.review().to() : null;
		Message shortened = (renewal != null && !renewal.clean()) ? Message.of("compliance.incident.renewalShortened",
				renewal.years(), renewal.period().from(), renewal.period().to()) : null;
		List<Row> rows = new ArrayList<>();
		Message accidentItem = Message.of("compliance.incident.accidents");
		List<AccidentView> inPeriod = accidents.stream()
			.filter((view) -> within(view.accident().getOccurredOn(), from, to))
			.toList();
		List<AccidentView> serious = inPeriod.stream().filter((view) -> view.accident().isSerious()).toList();
		if (inPeriod.isEmpty()) {
			rows.add(new Row(accidentItem, Status.OK, List.of(Message.of("compliance.incident.none"))));
		}
		else if (serious.isEmpty()) {
			rows.add(new Row(accidentItem, Status.OK,
					List.of(Message.of("compliance.incident.accidentsNoneSerious", inPeriod.size()))));
		}
		else {
			List<Message> reasons = new ArrayList<>();
			for (AccidentView view : serious) {
				reasons.add(Message.of("compliance.incident.serious", view.accident().getOccurredOn(),
						view.accident().getPlace()));
				if (view.report() == ReportStatus.DUE || view.report() == ReportStatus.OVERDUE) {
					reasons.add(Message.of("compliance.incident.notReported", view.reportDue()));
				}
			}
			if (inPeriod.size() > serious.size()) {
				reasons.add(Message.of("compliance.incident.otherAccidents", inPeriod.size() - serious.size()));
			}
			if (shortened != null) {
				reasons.add(shortened);
			}
			rows.add(new Row(accidentItem, Status.WARN, reasons));
		}
		Message actionItem = Message.of("compliance.incident.actions");
		List<AdministrativeAction> actionsInPeriod = actions.stream()
			.filter((action) -> within(action.getActedOn(), from, to))
			.sorted(Comparator.comparing(AdministrativeAction::getActedOn))
			.toList();
		if (actionsInPeriod.isEmpty()) {
			rows.add(new Row(actionItem, Status.OK, List.of(Message.of("compliance.incident.none"))));
		}
		else {
			List<Message> reasons = new ArrayList<>();
			for (AdministrativeAction action : actionsInPeriod) {
				reasons.add(Message.of("compliance.incident.action",
						Message.of("enum.ActionKind." + action.getKind().name()), action.getActedOn(),
						excerpt(action.getSummary())));
			}
			if (shortened != null) {
				reasons.add(shortened);
			}
			rows.add(new Row(actionItem, Status.WARN, reasons));
		}
		Message complaintItem = Message.of("compliance.incident.complaints");
		List<Complaint> open = complaints.stream()
			.filter(Complaint::isOpen)
			.sorted(Comparator.comparing(Complaint::getReceivedOn))
			.toList();
		if (open.isEmpty()) {
			rows.add(new Row(complaintItem, Status.OK,
					List.of(Message.of("compliance.incident.complaintsNoneOpen", complaints.size()))));
		}
		else {
			rows.add(new Row(complaintItem, Status.WARN,
					open.stream()
						.map((complaint) -> Message.of("compliance.incident.complaintOpen", complaint.getReceivedOn(),
								excerpt(complaint.getContent())))
						.toList()));
		}
		return new Section(Message.of("compliance.section.incidents"), rows, null);
	}

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
	}

	private static String excerpt(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return (line.length() > 60) ? line.substring(0, 60) + "…" : line;
	}

	static Row registration(OperatorDetail detail) {
		Operator operator = detail.operator();
		String number = operator.getRegistrationNumber();
		Message item = (number != null && !number.isBlank())
				? Message.of("compliance.registration.itemWithNumber", number)
				: Message.of("compliance.registration.item");
		LocalDate expiry = operator.getRegistrationExpiresOn();
		if (expiry == null) {
			return new Row(item, Status.WARN, List.of(Message.of("compliance.registration.noExpiry")));
		}
		if (detail.expired()) {
			return new Row(item, Status.NG, List.of(Message.of("compliance.registration.expired", expiry)));
		}
		if (detail.renewalDue()) {
			return new Row(item, Status.WARN,
					List.of(Message.of("compliance.registration.renewalDue", expiry, detail.daysLeft())));
		}
		return new Row(item, Status.OK, List.of(Message.of("compliance.registration.valid", expiry)));
	}

	/**
	 * Whether the operator has a manager of the role at all: every operator needs a
	 * 運行管理の責任者 and a 整備管理の責任者.
	 * @param detail the operator with its managers
	 * @param role the role
	 * @return the row, 不適合 without one
	 */
	static Row manager(OperatorDetail detail, ManagerRole role) {
		Message item = Message.of("enum.ManagerRole." + role.name());
		long managers = detail.managers().stream().filter((manager) -> manager.getRole() == role).count();
		if (managers == 0) {
			return new Row(item, Status.NG, List.of(Message.of("compliance.manager.missing", item)));
		}
		return new Row(item, Status.OK, List.of(Message.of("compliance.manager.appointed", managers)));
	}

	/**
	 * One row per 特定事務所, judged by {@link SpecificOffice#check}; the findings' codes are
	 * message codes.
	 * @param detail the operator with its offices and managers
	 * @param vehicles its vehicles
	 * @return the rows
	 */
	static List<Row> specificOffices(OperatorDetail detail, List<VehicleView> vehicles) {
		List<Row> rows = new ArrayList<>();
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
			Message item = Message.of("compliance.specificOffice.item", office.getName());
			if (check.compliant()) {
				rows.add(new Row(item, Status.OK,
						List.of(Message.of("compliance.specificOffice.ok", check.vehicles(), qualified))));
				continue;
			}
			rows.add(new Row(item, Status.NG,
					check.findings()
						.stream()
						.map((finding) -> new Message(finding.code(), finding.arguments()))
						.toList()));
		}
		return rows;
	}

	static Row vehicle(VehicleView view) {
		Message item = Message.text(view.vehicle().getPlateNumber());
		if (view.passes()) {
			return new Row(item, Status.OK, List.of(Message.of("vehicle.passes")));
		}
		boolean violation = view.findings().stream().anyMatch(VehicleView.Finding::violation);
		return new Row(item, violation ? Status.NG : Status.WARN,
				view.findings().stream().map((finding) -> Message.text(finding.text())).toList());
	}

	static Row driver(DriverView view) {
		Message item = Message.text(view.driver().getName());
		if (view.qualified()) {
			return new Row(item, Status.OK, List.of(Message.of("driver.qualified")));
		}
		return new Row(item, Status.NG, view.reasons().isEmpty() ? List.of(Message.of("driver.notQualified"))
				: view.reasons().stream().map(Message::text).toList());
	}

	private String municipality(long municipalityId) {
		return this.municipalities.findById(municipalityId).map(Municipality::getName).orElse("");
	}

}
