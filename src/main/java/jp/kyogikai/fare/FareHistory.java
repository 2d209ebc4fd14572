package jp.kyogikai.fare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An operator's agreed fares over time, newest first. Each agreement applies from its
 * effective date until the day before the next agreement's; of two agreements with the
 * same effective date, the later agreed one applies and the earlier is
 * {@link FareStatus#REPLACED replaced} (that is how a mistaken entry is corrected: it
 * stays in the history).
 *
 * @param entries the agreements with their status, the latest effective date first
 */
public record FareHistory(List<Entry> entries) {

	private static final Comparator<FareAgreement> ORDER = Comparator.comparing(FareAgreement::effectiveFrom)
		.thenComparing(FareAgreement::agreedOn)
		.thenComparingLong(FareAgreement::id);

	public FareHistory {
		entries = List.copyOf(entries);
	}

	/**
	 * Places agreements on the timeline.
	 * @param agreements an operator's agreements, in any order
	 * @param today the day the statuses are judged on
	 * @return the history
	 */
	public static FareHistory of(List<FareAgreement> agreements, LocalDate today) {
		List<FareAgreement> sorted = agreements.stream().sorted(ORDER).toList();
		List<FareAgreement> applied = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			FareAgreement agreement = sorted.get(i);
			boolean replaced = i + 1 < sorted.size()
					&& sorted.get(i + 1).effectiveFrom().equals(agreement.effectiveFrom());
			if (replaced) {
				entries.add(new Entry(agreement, FareStatus.REPLACED, null));
			}
			else {
				applied.add(agreement);
			}
		}
		for (int i = 0; i < applied.size(); i++) {
			FareAgreement agreement = applied.get(i);
			LocalDate to = (i + 1 < applied.size()) ? applied.get(i + 1).effectiveFrom().minusDays(1) : null;
			FareStatus status;
			if (agreement.effectiveFrom().isAfter(today)) {
				status = FareStatus.UPCOMING;
			}
			else if (to != null && to.isBefore(today)) {
				status = FareStatus.ENDED;
			}
			else {
				status = FareStatus.CURRENT;
			}
			entries.add(new Entry(agreement, status, to));
		}
		entries.sort(Comparator.comparing(Entry::agreement, ORDER).reversed());
		return new FareHistory(entries);
	}

	/**
	 * The fares in force.
	 * @return the agreement that applies today, empty when none does yet
	 */
	public Optional<FareAgreement> current() {
		return this.entries.stream()
			.filter((entry) -> entry.status() == FareStatus.CURRENT)
			.map(Entry::agreement)
			.findFirst();
	}

	/**
	 * The fares agreed to apply later.
	 * @return the agreements not yet in force, the soonest first
	 */
	public List<FareAgreement> upcoming() {
		return this.entries.stream()
			.filter((entry) -> entry.status() == FareStatus.UPCOMING)
			.map(Entry::agreement)
			.sorted(ORDER)
			.toList();
	}

	/**
	 * Whether nothing was ever agreed.
	 * @return {@code true} without any agreement
	 */
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/**
	 * One agreement on the timeline.
	 *
	 * @param agreement the agreement
	 * @param status where it stands
	 * @param effectiveTo the last day it applies (or applied), {@code null} while no
	 * later agreement follows or when it was replaced before it applied
	 */
	public record Entry(FareAgreement agreement, FareStatus status, LocalDate effectiveTo) {

	}

}
