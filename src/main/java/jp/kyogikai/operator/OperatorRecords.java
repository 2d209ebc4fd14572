package jp.kyogikai.operator;

import jp.kyogikai.security.AccountPrincipal;

/**
 * One of an operator's registries (its vehicles, drivers, accidents, …) as the pages read
 * and change it. Every call checks the user first, through {@link OperatorService#detail}
 * or more strictly: an operator the user may not see, or a record that is not the
 * operator's, is a 404. Implemented by the services of the modules that keep the
 * registries, for {@link OperatorRecordPages}.
 *
 * @param <F> the form of a record
 */
public interface OperatorRecords<F> {

	/**
	 * The operator, checked for the user.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return its record
	 */
	OperatorDetail operator(long operatorId, AccountPrincipal user);

	/**
	 * A record as its edit form starts, checked for the user.
	 * @param operatorId the operator
	 * @param recordId the record
	 * @param user the signed-in user
	 * @return the form
	 */
	F form(long operatorId, long recordId, AccountPrincipal user);

	/**
	 * Adds a record.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @param form the record, already checked
	 */
	void add(long operatorId, AccountPrincipal user, F form);

	/**
	 * Saves changes to a record.
	 * @param operatorId the operator
	 * @param recordId the record
	 * @param user the signed-in user
	 * @param form the record, already checked, with the version it was read at
	 * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when
	 * someone saved first
	 */
	void update(long operatorId, long recordId, AccountPrincipal user, F form);

	/**
	 * Deletes a record, for the registries whose records are deleted (a driver leaves
	 * instead).
	 * @param operatorId the operator
	 * @param recordId the record
	 * @param user the signed-in user
	 */
	default void delete(long operatorId, long recordId, AccountPrincipal user) {
		throw new UnsupportedOperationException("The records of this registry are not deleted");
	}

}
