package jp.kyogikai.driver;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kyogikai.audit.RecordHistory;
import jp.kyogikai.driver.rule.DriverQualification;
import jp.kyogikai.driver.rule.Duty;
import jp.kyogikai.driver.rule.QualificationCheck;
import jp.kyogikai.driver.rule.QualificationResult;
import jp.kyogikai.driver.rule.Suspension;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecords;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.rule.ServiceKind;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.VehicleService;
import jp.kyogikai.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's drivers for whoever may see the operator: staff of its municipality
 * (ADMIN any) and its own OPERATOR users. Every call first checks the operator through
 * {@link OperatorService#detail}, which answers 404 to everyone else. Never logs a
 * driver's personal data.
 */
@Service
@Transactional(readOnly = true)
public class DriverService implements OperatorRecords<DriverForm> {

	private final DriverRepository drivers;

	private final DriverSuspensionRepository suspensions;

	private final DriverViolationRepository violations;

	private final OperatorService operators;

	private final VehicleService vehicles;

	private final DriverHistory history;

	private final MessageSource messages;

	private final Clock clock;

	DriverService(DriverRepository drivers, DriverSuspensionRepository suspensions,
			DriverViolationRepository violations, OperatorService operators, VehicleService vehicles,
			DriverHistory history, MessageSource messages, Clock clock) {
		this.drivers = drivers;
		this.suspensions = suspensions;
		this.violations = violations;
		this.operators = operators;
		this.vehicles = vehicles;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The operator, checked for staff only (its own users get 404): ADMIN any,
	 * SECRETARIAT its municipality's.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return its record
	 */
	public OperatorDetail operatorForStaff(long operatorId, AccountPrincipal user) {
		return this.operators.staffDetail(operatorId, user);
	}

	/**
	 * Every revision of one of the operator's drivers, personal data included, for staff
	 * of the operator's municipality only (ADMIN any).
	 * @param operatorId the operator
	 * @param driverId the driver
	 * @param user the signed-in staff user
	 * @return the history, newest first
	 * @throws DriverNotFoundException when the operator never had the driver
	 */
	public RecordHistory<DriverSnapshot> history(long operatorId, long driverId, AccountPrincipal user) {
		operatorForStaff(operatorId, user);
		return this.history.of(operatorId, driverId).orElseThrow(() -> new DriverNotFoundException(driverId));
	}

	/**
	 * The operator, checked for the user.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return its record
	 */
	@Override
	public OperatorDetail operator(long operatorId, AccountPrincipal user) {
		return this.operators.detail(operatorId, user);
	}

	/**
	 * Licences of the user's operators' serving drivers that end within the given days or
	 * have ended, the soonest first. Shows only the name and the date, no other personal
	 * data.
	 * @param user staff (or the administrator)
	 * @param days how far ahead to look
	 * @return the licences
	 */
	public List<LicenceExpiry> licencesExpiringWithin(AccountPrincipal user, int days) {
		Map<Long, String> names = this.operators.operatorsFor(user)
			.stream()
			.collect(Collectors.toMap((o) -> o.id(), (o) -> o.name()));
		if (names.isEmpty()) {
			return List.of();
		}
		return this.drivers.findLicencesExpiringBy(names.keySet(), LocalDate.now(this.clock).plusDays(days))
			.stream()
			.map((d) -> new LicenceExpiry(d.getOperatorId(), names.get(d.getOperatorId()), d.getName(),
					d.getLicenceExpiresOn()))
			.toList();
	}

	/**
	 * A serving driver's licence that ends soon (or has ended).
	 *
	 * @param operatorId the operator
	 * @param operatorName its name
	 * @param driverName the driver
	 * @param expiresOn the licence's last day
	 */
	public record LicenceExpiry(long operatorId, String operatorName, String driverName, LocalDate expiresOn) {
	}

	public List<DriverView> list(long operatorId, AccountPrincipal user) {
		List<Duty> duties = duties(operator(operatorId, user), operatorId, user);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<Suspension>> suspensions = this.suspensions.findByOperatorId(operatorId)
			.stream()
			.collect(Collectors.groupingBy(DriverSuspension::driverId,
					Collectors.mapping(DriverSuspension::suspension, Collectors.toList())));
		return this.drivers.findByOperatorIdOrderByFuriganaAscNameAsc(operatorId)
			.stream()
			.map((driver) -> view(driver, suspensions.getOrDefault(driver.getId(), List.of()), duties, today))
			.toList();
	}

	@Override
	public DriverForm form(long operatorId, long driverId, AccountPrincipal user) {
		operator(operatorId, user);
		return DriverForm.of(find(operatorId, driverId));
	}

	/**
	 * The driver's name, for the page's heading.
	 */
	public String name(long operatorId, long driverId, AccountPrincipal user) {
		operator(operatorId, user);
		return find(operatorId, driverId).getName();
	}

	@Override
	@Transactional
	public void add(long operatorId, AccountPrincipal user, DriverForm form) {
		operator(operatorId, user);
		Driver driver = new Driver(operatorId);
		driver.update(form);
		this.drivers.saveAndFlush(driver);
	}

	/**
	 * Saves changes to a driver.
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 */
	@Override
	@Transactional
	public void update(long operatorId, long driverId, AccountPrincipal user, DriverForm form) {
		operator(operatorId, user);
		Driver driver = find(operatorId, driverId);
		if (driver.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Driver.class, driverId);
		}
		driver.update(form);
		this.drivers.saveAndFlush(driver);
	}

	/**
	 * Records that the driver left (退任).
	 * @param leftOn the last day, {@code null} for today
	 * @return {@code false} when the day is before the appointment (nothing changed)
	 */
	@Transactional
	public boolean leave(long operatorId, long driverId, AccountPrincipal user, LocalDate leftOn) {
		operator(operatorId, user);
		Driver driver = find(operatorId, driverId);
		LocalDate day = (leftOn != null) ? leftOn : LocalDate.now(this.clock);
		if (day.isBefore(driver.getAppointedOn())) {
			return false;
		}
		driver.leave(day);
		this.drivers.saveAndFlush(driver);
		return true;
	}

	/**
	 * The driver's licence suspensions and 違反・事故歴, the latest first.
	 * @param operatorId the operator
	 * @param driverId the driver, one of the operator's
	 * @param user the signed-in user
	 * @return the records
	 */
	public DriverRecords records(long operatorId, long driverId, AccountPrincipal user) {
		operator(operatorId, user);
		Driver driver = find(operatorId, driverId);
		return new DriverRecords(this.suspensions.findByDriverIdOrderBySuspendedFromDescIdDesc(driver.getId()),
				this.violations.findByDriverIdOrderByOccurredOnDescIdDesc(driver.getId()));
	}

	/**
	 * Adds a licence suspension to the driver's history.
	 * @param form the checked form (both days, the last no earlier than the first)
	 */
	@Transactional
	public void addSuspension(long operatorId, long driverId, AccountPrincipal user, SuspensionForm form) {
		operator(operatorId, user);
		Driver driver = find(operatorId, driverId);
		this.suspensions.saveAndFlush(new DriverSuspension(driver, form.getSuspendedFrom(), form.getSuspendedTo(),
				blankToNull(form.getReason())));
	}

	/**
	 * Deletes a licence suspension of the driver; one of another driver is not found.
	 */
	@Transactional
	public void removeSuspension(long operatorId, long driverId, long suspensionId, AccountPrincipal user) {
		operator(operatorId, user);
		Driver driver = find(operatorId, driverId);
		DriverSuspension suspension = this.suspensions.findByIdAndDriverId(suspensionId, driver.getId())
			.orElseThrow(() -> new DriverNotFoundException(driverId));
		this.suspensions.delete(suspension);
	}

	/**
	 * Adds a traffic violation or an accident to the driver's 違反・事故歴.
	 * @param form the checked form
	 */
	@Transactional
	public void addViolation(long operatorId, long driverId, AccountPrincipal user, ViolationForm form) {
		operator(operatorId, user);
		Driver driver = find(operatorId, driverId);
		this.violations.saveAndFlush(new DriverViolation(driver, form.getOccurredOn(), form.getKind(),
				form.getDescription().strip(), form.getPoints()));
	}

	/**
	 * Deletes a violation or accident of the driver; one of another driver is not found.
	 */
	@Transactional
	public void removeViolation(long operatorId, long driverId, long violationId, AccountPrincipal user) {
		operator(operatorId, user);
		Driver driver = find(operatorId, driverId);
		DriverViolation violation = this.violations.findByIdAndDriverId(violationId, driver.getId())
			.orElseThrow(() -> new DriverNotFoundException(driverId));
		this.violations.delete(violation);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private Driver find(long operatorId, long driverId) {
		return this.drivers.findByIdAndOperatorId(driverId, operatorId)
			.orElseThrow(() -> new DriverNotFoundException(driverId));
	}

	private List<Duty> duties(OperatorDetail detail, long operatorId, AccountPrincipal user) {
		Set<ServiceKind> kinds = new LinkedHashSet<>();
		detail.operator().getTransportKinds().forEach((kind) -> kinds.add(ServiceKind.valueOf(kind.name())));
		if (kinds.isEmpty()) {
			kinds.add(ServiceKind.WELFARE);
		}
		List<Duty> duties = new ArrayList<>();
		for (ServiceKind kind : kinds) {
			if (kind == ServiceKind.WELFARE) {
				duties.add(this.vehicles.usesSedan(operatorId, user) ? Duty.welfareWithSedan(false) : Duty.welfare());
			}
			else {
				duties.add(Duty.transportGap());
			}
		}
		return duties;
	}

	private DriverView view(Driver driver, List<Suspension> suspensions, List<Duty> duties, LocalDate today) {
		if (driver.getLeftOn() != null && driver.getLeftOn().isBefore(today)) {
			return new DriverView(driver, false, List.of(), true,
					DriverQualification.mayDiscard(driver.getLeftOn(), today));
		}
		Set<String> reasons = new LinkedHashSet<>();
		boolean qualified = true;
		for (Duty duty : duties) {
			QualificationResult result = DriverQualification.check(driver.profile(suspensions), duty, today);
			qualified &= result.qualified();
			result.failures().forEach((check) -> reasons.add(text(check)));
		}
		return new DriverView(driver, qualified, List.copyOf(reasons), false, false);
	}

	private String text(QualificationCheck check) {
		List<Object> arguments = check.arguments().stream().map((argument) -> {
			if (argument instanceof Enum<?> value) {
				return (Object) this.messages.getMessage(
						"enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(),
						Locale.JAPAN);
			}
			return argument;
		}).toList();
		return FormErrors.text(this.messages, check.code(), arguments);
	}

}
