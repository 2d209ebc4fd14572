package jp.kyogikai.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.kyogikai.operator.rule.PeriodReview;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators as the signed-in user may see them.
 */
@Service
@Transactional(readOnly = true)
public class OperatorService {

	private final OperatorRepository operators;

	private final OfficeRepository offices;

	private final OperationManagerRepository managers;

	private final List<OfficeVehicles> officeVehicles;

	private final Clock clock;

	private final IncidentRecords incidents;

	OperatorService(OperatorRepository operators, OfficeRepository offices, OperationManagerRepository managers,
			List<OfficeVehicles> officeVehicles, Clock clock, ObjectProvider<IncidentRecords> incidents) {
		this.operators = operators;
		this.offices = offices;
		this.managers = managers;
		this.officeVehicles = officeVehicles;
		this.clock = clock;
		this.incidents = incidents.getIfAvailable(IncidentRecords::none);
	}

	/**
	 * One operator's record: ADMIN any, SECRETARIAT its municipality's, OPERATOR its own.
	 * @param id the operator
	 * @param user the signed-in user
	 * @return the record
	 * @throws OperatorNotFoundException when there is no such operator or the user may
	 * not see it
	 */
	public OperatorDetail detail(long id, AccountPrincipal user) {
		Operator operator = visible(id, user);
		return OperatorDetail.of(operator, this.offices.findByOperatorIdOrderBySortOrderAscIdAsc(id),
				this.managers.findByOperatorIdOrderBySortOrderAscIdAsc(id), LocalDate.now(this.clock));
	}

	/**
	 * The period a renewal would get, judged from the serious accidents, improvement
	 * orders and suspensions recorded within the current registration period
	 * ({@code validFrom}..{@code registrationExpiresOn}; every record up to the expiry
	 * when the first day is not on file).
	 * @param id the operator
	 * @param user the signed-in user, who must be able to see the operator
	 * @return the outlook, empty when the expiry is not known
	 * @throws OperatorNotFoundException when the user may not see the operator
	 */
	public Optional<RenewalOutlook> renewal(long id, AccountPrincipal user) {
		Operator operator = visible(id, user);
		LocalDate expiry = operator.getRegistrationExpiresOn();
		if (expiry == null) {
			return Optional.empty();
		}
		LocalDate from = operator.getValidFrom();
		PeriodReview review = PeriodReview.of((from != null && !from.isAfter(expiry)) ? from : null, expiry,
				this.incidents.periodEvents(id));
		return Optional.of(RenewalOutlook.of(review, operator.isOperatorCooperation()));
	}

	/**
	 * How many accidents, complaints and administrative actions the operator has on file.
	 * @param id the operator
	 * @param user the signed-in user, who must be able to see the operator
	 * @return the counts
	 * @throws OperatorNotFoundException when the user may not see the operator
	 */
	public IncidentCounts incidentCounts(long id, AccountPrincipal user) {
		visible(id, user);
		return this.incidents.counts(id);
	}

	/**
	 * One operator's record for staff only: ADMIN any, SECRETARIAT its municipality's.
	 * @param id the operator
	 * @param user the signed-in user
	 * @return the record
	 * @throws OperatorNotFoundException for anyone else, the operator's own users
	 * included
	 */
	public OperatorDetail staffDetail(long id, AccountPrincipal user) {
		editable(id, user);
		return detail(id, user);
	}

	/**
	 * The record as the edit form starts it.
	 * @param id the operator
	 * @param user the signed-in staff user
	 * @return the form
	 */
	public OperatorForm form(long id, AccountPrincipal user) {
		return OperatorForm.of(editable(id, user));
	}

	/**
	 * Saves staff's changes to the record.
	 * @param id the operator
	 * @param user the signed-in staff user
	 * @param version the version the form was opened on
	 * @param form the checked form
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 */
	@Transactional
	public void update(long id, AccountPrincipal user, long version, OperatorForm form) {
		Operator operator = editable(id, user);
		if (operator.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Operator.class, id);
		}
		operator.update(form);
		this.operators.saveAndFlush(operator);
	}

	/**
	 * Records that the council deliberated the operator (registration, renewal or change)
	 * on a day, for the decisions of the meetings to call; an earlier day than the one on
	 * file changes nothing.
	 * @param id the operator
	 * @param on the day of the deliberation
	 * @param user the signed-in staff user
	 * @return whether the date changed
	 */
	@Transactional
	public boolean recordDeliberation(long id, LocalDate on, AccountPrincipal user) {
		Operator operator = editable(id, user);
		if (!operator.recordDeliberation(on)) {
			return false;
		}
		this.operators.saveAndFlush(operator);
		return true;
	}

	/**
	 * The operator's offices with what is assigned to each: for staff of its municipality
	 * (ADMIN any) and for the operator's own users, who keep their offices themselves.
	 * @param id the operator
	 * @param user the signed-in user
	 * @return the offices in their order
	 */
	public List<OfficeView> offices(long id, AccountPrincipal user) {
		visible(id, user);
		Map<Long, Long> vehicles = vehiclesByOffice(id);
		Map<Long, Long> managersByOffice = this.managers.findByOperatorIdOrderBySortOrderAscIdAsc(id)
			.stream()
			.filter((manager) -> manager.getOfficeId() != null)
			.collect(Collectors.groupingBy(OperationManager::getOfficeId, Collectors.counting()));
		return this.offices.findByOperatorIdOrderBySortOrderAscIdAsc(id)
			.stream()
			.map((office) -> new OfficeView(office, vehicles.getOrDefault(office.getId(), 0L),
					managersByOffice.getOrDefault(office.getId(), 0L)))
			.toList();
	}

	/**
	 * An office as its edit form starts it.
	 * @param id the operator
	 * @param officeId the office
	 * @param user staff of the operator's municipality or the operator's own user
	 * @return the form
	 * @throws OperatorNotFoundException when the office is not the operator's
	 */
	public OfficeForm officeForm(long id, long officeId, AccountPrincipal user) {
		visible(id, user);
		return OfficeForm.of(office(id, officeId));
	}

	/**
	 * Adds an office, at the end of the list.
	 * @param id the operator
	 * @param user staff of the operator's municipality or the operator's own user
	 * @param form the checked form
	 */
	@Transactional
	public void addOffice(long id, AccountPrincipal user, OfficeForm form) {
		Operator operator = visible(id, user);
		int next = this.offices.findByOperatorIdOrderBySortOrderAscIdAsc(id)
			.stream()
			.mapToInt(Office::getSortOrder)
			.max()
			.orElse(0) + 1;
		this.offices.save(new Office(operator, form.strippedName(), form.strippedLocation(), next));
	}

	/**
	 * Saves changes to an office's name and location.
	 * @param id the operator
	 * @param officeId the office
	 * @param user staff of the operator's municipality or the operator's own user
	 * @param form the checked form, with the version it was opened on
	 * @throws OperatorNotFoundException when the office is not the operator's
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 */
	@Transactional
	public void updateOffice(long id, long officeId, AccountPrincipal user, OfficeForm form) {
		visible(id, user);
		Office office = office(id, officeId);
		if (office.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Office.class, officeId);
		}
		office.update(form.strippedName(), form.strippedLocation());
		this.offices.saveAndFlush(office);
	}

	/**
	 * Deletes an office to which no vehicle and no manager is assigned any more (the
	 * operator portal's way).
	 * @param id the operator
	 * @param officeId the office
	 * @param user staff of the operator's municipality or the operator's own user
	 * @throws OperatorNotFoundException when the office is not the operator's
	 * @throws OfficeInUseException when vehicles or managers are still assigned to it
	 */
	@Transactional
	public void deleteOffice(long id, long officeId, AccountPrincipal user) {
		visible(id, user);
		Office office = office(id, officeId);
		long vehicles = vehiclesByOffice(id).getOrDefault(officeId, 0L);
		long assigned = this.managers.findByOfficeId(officeId).size();
		if (vehicles > 0 || assigned > 0) {
			throw new OfficeInUseException(office.getName(), vehicles, assigned);
		}
		this.offices.delete(office);
	}

	/**
	 * Deletes an office the staff's way: its managers are left without an office; an
	 * office that still keeps vehicles is refused.
	 * @param id the operator
	 * @param officeId the office
	 * @param user the signed-in staff user
	 * @throws OfficeInUseException when vehicles are still assigned to it
	 */
	@Transactional
	public void removeOffice(long id, long officeId, AccountPrincipal user) {
		editable(id, user);
		Office office = office(id, officeId);
		long vehicles = vehiclesByOffice(id).getOrDefault(officeId, 0L);
		if (vehicles > 0) {
			throw new OfficeInUseException(office.getName(), vehicles, 0);
		}
		for (OperationManager manager : this.managers.findByOfficeId(officeId)) {
			manager.leaveOffice();
			this.managers.save(manager);
		}
		this.offices.delete(office);
	}

	private Office office(long id, long officeId) {
		return this.offices.findByIdAndOperatorId(officeId, id).orElseThrow(() -> new OperatorNotFoundException(id));
	}

	private Map<Long, Long> vehiclesByOffice(long id) {
		Map<Long, Long> counts = new HashMap<>();
		for (OfficeVehicles source : this.officeVehicles) {
			source.countByOffice(id).forEach((office, count) -> counts.merge(office, count, Long::sum));
		}
		return counts;
	}

	/**
	 * Adds a 運行管理の責任者 or 整備管理の責任者.
	 * @param id the operator
	 * @param user the signed-in staff user
	 * @param form the checked form; its office, when given, must be the operator's
	 */
	@Transactional
	public void addManager(long id, AccountPrincipal user, ManagerForm form) {
		Operator operator = editable(id, user);
		if (form.getOfficeId() != null && this.offices.findByIdAndOperatorId(form.getOfficeId(), id).isEmpty()) {
			throw new OperatorNotFoundException(id);
		}
		int next = this.managers.findByOperatorIdOrderBySortOrderAscIdAsc(id)
			.stream()
			.mapToInt(OperationManager::getSortOrder)
			.max()
			.orElse(0) + 1;
		this.managers.save(new OperationManager(operator, form.getOfficeId(), form.getName().strip(), form.getRole(),
				form.isQualified(), form.isCertified(), next));
	}

	@Transactional
	public void removeManager(long id, long managerId, AccountPrincipal user) {
		editable(id, user);
		OperationManager manager = this.managers.findByIdAndOperatorId(managerId, id)
			.orElseThrow(() -> new OperatorNotFoundException(id));
		this.managers.delete(manager);
	}

	private Operator visible(long id, AccountPrincipal user) {
		Optional<Operator> found = switch (user.role()) {
			case ADMIN -> this.operators.findById(id);
			case SECRETARIAT -> this.operators.findByIdAndMunicipalityId(id, user.municipalityId());
			case OPERATOR ->
				(user.operatorId() != null && user.operatorId() == id) ? this.operators.findById(id) : Optional.empty();
			case MEMBER -> Optional.empty();
		};
		return found.orElseThrow(() -> new OperatorNotFoundException(id));
	}

	/**
	 * The operator for staff only: ADMIN any, SECRETARIAT its municipality's.
	 */
	Operator editable(long id, AccountPrincipal user) {
		if (!user.is(Role.ADMIN) && !user.is(Role.SECRETARIAT)) {
			throw new OperatorNotFoundException(id);
		}
		return visible(id, user);
	}

	public List<OperatorSummary> operatorsFor(AccountPrincipal user) {
		LocalDate today = LocalDate.now(this.clock);
		List<Operator> found = switch (user.role()) {
			case ADMIN -> this.operators.findAllByOrderByMunicipalityIdAscNameAsc();
			case SECRETARIAT -> this.operators.findByMunicipalityIdOrderByName(user.municipalityId());
			case OPERATOR -> this.operators.findById(user.operatorId()).stream().toList();
			case MEMBER -> List.of();
		};
		return found.stream().map((operator) -> OperatorSummary.of(operator, today)).toList();
	}

	/**
	 * Operators whose registration ends within the given period from today (or has
	 * ended), the soonest first: the renewal must be filed, and agreed by the council,
	 * before expiry.
	 * @param user the signed-in user
	 * @param window how far ahead to look, e.g. 6 months
	 * @return the operators, soonest expiry first
	 */
	public List<OperatorSummary> expiringWithin(AccountPrincipal user, java.time.Period window) {
		LocalDate limit = LocalDate.now(this.clock).plus(window);
		return operatorsFor(user).stream()
			.filter((operator) -> operator.registrationExpiresOn() != null
					&& !operator.registrationExpiresOn().isAfter(limit))
			.sorted(java.util.Comparator.comparing(OperatorSummary::registrationExpiresOn))
			.toList();
	}

	/**
	 * The operators of a municipality whose registration is in force today (expiry known
	 * and not passed, first day reached when known), by name: what a public page may
	 * list. No user is needed; the summaries hold no personal data.
	 * @param municipalityId the municipality
	 * @return the registered operators
	 */
	public List<OperatorSummary> registered(long municipalityId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.operators.findByMunicipalityIdOrderByName(municipalityId)
			.stream()
			.filter((operator) -> operator.getRegistrationExpiresOn() != null
					&& !operator.getRegistrationExpiresOn().isBefore(today))
			.filter((operator) -> operator.getValidFrom() == null || !operator.getValidFrom().isAfter(today))
			.map((operator) -> OperatorSummary.of(operator, today))
			.toList();
	}

	/**
	 * The names of some operators, as a 次第 prints them under a 協議事項 for everyone who may
	 * read the 次第. No user is needed; a name is no personal data.
	 * @param ids the operators
	 * @return their names by id
	 */
	public Map<Long, String> names(Collection<Long> ids) {
		return this.operators.findAllById(ids).stream().collect(Collectors.toMap(Operator::getId, Operator::getName));
	}

	/**
	 * The operator an OPERATOR user acts for.
	 * @param user the signed-in user
	 * @return the operator, empty for other roles
	 */
	public Optional<OperatorSummary> own(AccountPrincipal user) {
		if (user.operatorId() == null) {
			return Optional.empty();
		}
		return this.operators.findById(user.operatorId())
			.map((operator) -> OperatorSummary.of(operator, LocalDate.now(this.clock)));
	}

}
