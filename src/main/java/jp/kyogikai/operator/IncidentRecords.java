package jp.kyogikai.operator;

import java.util.List;

import jp.kyogikai.operator.rule.PeriodEvent;

/**
 * What an operator's accident, complaint and administrative-action records (事故・苦情・行政処分)
 * say, for the operator's page and the period a renewal would get. Those records name the
 * operator's vehicles and drivers, so they live in a module above this one (incident),
 * which implements this interface; this module does not depend on it. Callers check
 * access first: the methods take an operator the user may see.
 */
public interface IncidentRecords {

	/**
	 * Every serious accident, improvement order and suspension of the operator, any
	 * period.
	 * @param operatorId the operator
	 * @return the dated facts
	 */
	List<PeriodEvent> periodEvents(long operatorId);

	/**
	 * How many records of each kind the operator has on file.
	 * @param operatorId the operator
	 * @return the counts
	 */
	IncidentCounts counts(long operatorId);

	/**
	 * No records at all, for when the incident module is not part of the application.
	 * @return records that are always empty
	 */
	static IncidentRecords none() {
		return new IncidentRecords() {

			@Override
			public List<PeriodEvent> periodEvents(long operatorId) {
				return List.of();
			}

			@Override
			public IncidentCounts counts(long operatorId) {
				return IncidentCounts.NONE;
			}

		};
	}

}
