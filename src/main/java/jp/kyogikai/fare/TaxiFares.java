package jp.kyogikai.fare;

import java.util.List;

/**
 * A municipality's taxi fares as staff keep them.
 *
 * @param municipalityId the municipality
 * @param municipalityName its name
 * @param current the fare in force today, {@code null} when none is
 * @param entries every fare on record, the latest effective date first
 */
public record TaxiFares(long municipalityId, String municipalityName, TaxiFareEntry current,
		List<TaxiFareEntry> entries) {

	public TaxiFares {
		entries = List.copyOf(entries);
	}

}
