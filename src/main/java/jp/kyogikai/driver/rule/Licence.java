package jp.kyogikai.driver.rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A driver's licence as the rules see it.
 *
 * @param licenceClass 二種 or 一種 (a 二種 holder is recorded as {@link LicenceClass#CLASS_2})
 * @param expiresOn the last day of validity (有効期間の末日)
 * @param suspensions every suspension on record
 */
public record Licence(LicenceClass licenceClass, LocalDate expiresOn, List<Suspension> suspensions) {

	public Licence {
		Objects.requireNonNull(licenceClass, "licenceClass");
		Objects.requireNonNull(expiresOn, "expiresOn");
		suspensions = List.copyOf(suspensions);
	}

	/**
	 * Whether the licence has not expired on a day; the last day is still valid.
	 * @param date the day
	 * @return {@code true} up to and including {@link #expiresOn()}
	 */
	public boolean validOn(LocalDate date) {
		return !date.isAfter(this.expiresOn);
	}

	/**
	 * The suspension in force on a day, if any.
	 * @param date the day
	 * @return the suspension containing the day
	 */
	public Optional<Suspension> suspensionOn(LocalDate date) {
		return this.suspensions.stream().filter((suspension) -> suspension.contains(date)).findFirst();
	}

	/**
	 * The first suspension sharing a day with a span, if any.
	 * @param start the span's first day
	 * @param end the span's last day
	 * @return the earliest such suspension
	 */
	public Optional<Suspension> suspensionBetween(LocalDate start, LocalDate end) {
		return this.suspensions.stream()
			.filter((suspension) -> suspension.overlaps(start, end))
			.min(Comparator.comparing(Suspension::from));
	}

}
