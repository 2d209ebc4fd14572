package jp.kyogikai.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

	private final Clock clock;

	private final IncidentRecords incidents;

	OperatorService(OperatorRepository operators, OfficeRepository offices, OperationManagerRepository managers,
			Clock clock, ObjectProvider<IncidentRecords> incidents) {
		this.operators = operators;
		this.offices = offices;
		this.managers = managers;
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

	@Transactional
	public void addOffice(long id, AccountPrincipal user, OfficeForm form) {
		Operator operator = editable(id, user);
		int next = this.offices.findByOperatorIdOrderBySortOrderAscIdAsc(id)
			.stream()
			.mapToInt(Office::getSortOrder)
			.max()
			.orElse(0) + 1;
		String location = (form.getLocation() == null || form.getLocation().isBlank()) ? null
				: form.getLocation().strip();
		this.offices.save(new Office(operator, form.getName().strip(), location, next));
	}

	@Transactional
	public void removeOffice(long id, long officeId, AccountPrincipal user) {
		editable(id, user);
		Office office = this.offices.findByIdAndOperatorId(officeId, id)
			.orElseThrow(() -> new OperatorNotFoundException(id));
		for (OperationManager manager : this.managers.findByOfficeId(officeId)) {
			manager.leaveOffice();
			this.managers.save(manager);
		}
		this.offices.delete(office);
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

	private Operator editable(long id, AccountPrincipal user) {
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
