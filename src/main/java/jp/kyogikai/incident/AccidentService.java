package jp.kyogikai.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.driver.DriverService;
import jp.kyogikai.incident.rule.AccidentReporting;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecords;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.vehicle.VehicleService;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's accidents for whoever may see the operator: staff of its municipality
 * (ADMIN any) and its own OPERATOR users. Every call first checks the operator through
 * {@link OperatorService#detail}, which answers 404 to everyone else. An OPERATOR user
 * changes only the accidents it entered itself.
 */
@Service
@Transactional(readOnly = true)
public class AccidentService implements OperatorRecords<AccidentForm> {

	private final AccidentRepository accidents;

	private final OperatorService operators;

	private final VehicleService vehicles;

	private final DriverService drivers;

	private final Clock clock;

	AccidentService(AccidentRepository accidents, OperatorService operators, VehicleService vehicles,
			DriverService drivers, Clock clock) {
		this.accidents = accidents;
		this.operators = operators;
		this.vehicles = vehicles;
		this.drivers = drivers;
		this.clock = clock;
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
	 * The operator's accidents, the latest first.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the accidents with their vehicle, driver and report
	 */
	public List<AccidentView> list(long operatorId, AccountPrincipal user) {
		Choices choices = choices(operatorId, user);
		LocalDate today = today();
		return this.accidents.findByOperatorIdOrderByOccurredOnDescIdDesc(operatorId)
			.stream()
			.map((accident) -> view(accident, choices, user, today))
			.toList();
	}

	/**
	 * One accident, for the page that confirms its deletion.
	 * @throws EnteredByStaffException when an operator asks for one staff entered
	 */
	public AccidentView editable(long operatorId, long accidentId, AccountPrincipal user) {
		Choices choices = choices(operatorId, user);
		Accident accident = find(operatorId, accidentId);
		requireEditable(accident, user);
		return view(accident, choices, user, today());
	}

	/**
	 * The vehicles and drivers of the operator an accident may name.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the choices
	 */
	public Choices choices(long operatorId, AccountPrincipal user) {
		operator(operatorId, user);
		Map<Long, String> plates = new LinkedHashMap<>();
		this.vehicles.list(operatorId, user)
			.forEach((view) -> plates.put(view.vehicle().getId(), view.vehicle().getPlateNumber()));
		Map<Long, String> names = new LinkedHashMap<>();
		this.drivers.list(operatorId, user)
			.forEach((view) -> names.put(view.driver().getId(), view.driver().getName()));
		return new Choices(plates, names);
	}

	/**
	 * The accident as its edit form starts.
	 * @throws EnteredByStaffException when an operator asks for one staff entered
	 */
	@Override
	public AccidentForm form(long operatorId, long accidentId, AccountPrincipal user) {
		operator(operatorId, user);
		Accident accident = find(operatorId, accidentId);
		requireEditable(accident, user);
		return AccidentForm.of(accident);
	}

	/**
	 * Records an accident.
	 * @throws UnknownChoiceException when the vehicle or driver is not the operator's
	 */
	@Override
	@Transactional
	public void add(long operatorId, AccountPrincipal user, AccidentForm form) {
		checkChoices(choices(operatorId, user), form);
		Accident accident = new Accident(operatorId, user.is(Role.OPERATOR));
		accident.update(form);
		this.accidents.saveAndFlush(accident);
	}

	/**
	 * Saves changes to an accident.
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 * @throws UnknownChoiceException when the vehicle or driver is not the operator's
	 * @throws EnteredByStaffException when an operator changes one staff entered
	 */
	@Override
	@Transactional
	public void update(long operatorId, long accidentId, AccountPrincipal user, AccidentForm form) {
		Choices choices = choices(operatorId, user);
		Accident accident = find(operatorId, accidentId);
		requireEditable(accident, user);
		if (accident.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Accident.class, accidentId);
		}
		checkChoices(choices, form);
		accident.update(form);
		this.accidents.saveAndFlush(accident);
	}

	/**
	 * Deletes an accident.
	 * @throws EnteredByStaffException when an operator deletes one staff entered
	 */
	@Override
	@Transactional
	public void delete(long operatorId, long accidentId, AccountPrincipal user) {
		operator(operatorId, user);
		Accident accident = find(operatorId, accidentId);
		requireEditable(accident, user);
		this.accidents.delete(accident);
	}

	private Accident find(long operatorId, long accidentId) {
		return this.accidents.findByIdAndOperatorId(accidentId, operatorId)
			.orElseThrow(() -> new IncidentNotFoundException(accidentId));
	}

	private static boolean mayChange(Accident accident, AccountPrincipal user) {
		return !user.is(Role.OPERATOR) || accident.isEnteredByOperator();
	}

	private static void requireEditable(Accident accident, AccountPrincipal user) {
		if (!mayChange(accident, user)) {
			throw new EnteredByStaffException(accident.getId());
		}
	}

	private static void checkChoices(Choices choices, AccidentForm form) {
		if (form.getVehicleId() != null && !choices.vehicles().containsKey(form.getVehicleId())) {
			throw new UnknownChoiceException("vehicleId");
		}
		if (form.getDriverId() != null && !choices.drivers().containsKey(form.getDriverId())) {
			throw new UnknownChoiceException("driverId");
		}
	}

	private static AccidentView view(Accident accident, Choices choices, AccountPrincipal user, LocalDate today) {
		return new AccidentView(accident,
				(accident.getVehicleId() != null) ? choices.vehicles().get(accident.getVehicleId()) : null,
				(accident.getDriverId() != null) ? choices.drivers().get(accident.getDriverId()) : null,
				AccidentReporting.status(accident.isSerious(), accident.getOccurredOn(), accident.getReportedOn(),
						today),
				AccidentReporting.dueOn(accident.getOccurredOn()), mayChange(accident, user));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
