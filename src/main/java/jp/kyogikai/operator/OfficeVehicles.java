package jp.kyogikai.operator;

import java.util.Map;

/**
 * The vehicles kept at an operator's offices, as the vehicle module counts them: the
 * operator module refuses to delete an office still in use without depending on the
 * vehicle module (which depends on it).
 */
public interface OfficeVehicles {

	/**
	 * How many vehicles each office of the operator keeps, in one query.
	 * @param operatorId the operator
	 * @return the count per office id; offices without vehicles are absent
	 */
	Map<Long, Long> countByOffice(long operatorId);

}
