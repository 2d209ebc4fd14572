package jp.kyogikai.operator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.kyogikai.operator.rule.ValidityPeriod;

/**
 * One operator's record as its page shows it: the registration with how long it has left,
 * the period a renewal would get and the offices.
 *
 * @param operator the operator
 * @param offices its offices
 * @param managers its operation and maintenance managers
 * @param daysLeft days from today to the expiry (negative once expired), {@code null}
 * when the expiry is not known
 * @param expired whether the registration has lapsed
 * @param renewalDue whether the renewal should be filed now (expiry within
 * {@link #RENEWAL_WINDOW_DAYS} days, not lapsed)
 * @param renewal the period a renewal would get when the current period stays clean (no
 * serious accident, improvement order or suspension); {@code null} when the expiry is not
 * known
 */
public record OperatorDetail(Operator operator, List<Office> offices, List<OperationManager> managers, Long daysLeft,
		boolean expired, boolean renewalDue, ValidityPeriod renewal) {

	/** Renewals are chased from 6 months (180 days) before expiry. */
	public static final int RENEWAL_WINDOW_DAYS = 180;

	/**
	 * The office a manager is assigned to.
	 * @param manager the manager
	 * @return the office's name, empty when assigned to none
	 */
	public String officeName(OperationManager manager) {
		if (manager.getOfficeId() == null) {
			return "";
		}
		return this.offices.stream()
			.filter((office) -> office.getId().equals(manager.getOfficeId()))
			.map(Office::getName)
			.findFirst()
			.orElse("");
	}

	/**
	 * The operation managers (運行管理の責任者) assigned to an office.
	 * @param officeId the office
	 * @return the managers
	 */
	public List<OperationManager> operationManagersOf(long officeId) {
		return this.managers.stream()
			.filter((manager) -> manager.getRole() == ManagerRole.OPERATION)
			.filter((manager) -> manager.getOfficeId() != null && manager.getOfficeId() == officeId)
			.toList();
	}

	/**
	 * Whether the operator has any 運行管理の責任者.
	 * @return {@code true} with at least one
	 */
	public boolean hasOperationManager() {
		return this.managers.stream().anyMatch((manager) -> manager.getRole() == ManagerRole.OPERATION);
	}

	static OperatorDetail of(Operator operator, List<Office> offices, List<OperationManager> managers,
			LocalDate today) {
		LocalDate expiry = operator.getRegistrationExpiresOn();
		if (expiry == null) {
			return new OperatorDetail(operator, List.copyOf(offices), List.copyOf(managers), null, false, false, null);
		}
		LocalDate from = operator.getValidFrom();
		ValidityPeriod current = new ValidityPeriod((from != null && !from.isAfter(expiry)) ? from : expiry, expiry);
		return new OperatorDetail(operator, List.copyOf(offices), List.copyOf(managers),
				ChronoUnit.DAYS.between(today, expiry), current.expired(today),
				current.renewalDue(today, RENEWAL_WINDOW_DAYS), operator.cleanRenewal().orElse(null));
	}

}
