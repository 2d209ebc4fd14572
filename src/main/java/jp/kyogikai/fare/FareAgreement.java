package jp.kyogikai.fare;

import java.time.LocalDate;

import jp.kyogikai.application.rule.FareSchedule;

/**
 * A fare schedule the council agreed for an operator (協議が調った対価).
 *
 * @param id the record
 * @param operatorId the operator
 * @param schedule the fares
 * @param effectiveFrom the first day they apply (適用開始日)
 * @param agreedOn the day the council agreed them (協議が調った日)
 * @param applicationId the application whose decision agreed them, {@code null} when
 * staff entered them directly (fares agreed before the system)
 */
public record FareAgreement(long id, long operatorId, FareSchedule schedule, LocalDate effectiveFrom,
		LocalDate agreedOn, Long applicationId) {

}
