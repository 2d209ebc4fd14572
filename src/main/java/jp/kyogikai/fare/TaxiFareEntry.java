package jp.kyogikai.fare;

import java.time.LocalDate;

import jp.kyogikai.application.rule.TaxiFare;

/**
 * A municipality's taxi fare from a day on, as staff keep it.
 *
 * @param id the record
 * @param version its version, for the edit form
 * @param municipalityId the municipality
 * @param fare the figures
 * @param effectiveFrom the first day it applies
 * @param note which fare it is (e.g. 中型車), or {@code null}
 */
public record TaxiFareEntry(long id, long version, long municipalityId, TaxiFare fare, LocalDate effectiveFrom,
		String note) {

}
