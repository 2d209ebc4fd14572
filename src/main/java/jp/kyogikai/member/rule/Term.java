package jp.kyogikai.member.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days an appointment runs, both ends included: 任期R6.8.10～R7.8.9 is
 * {@code Term(2024-08-10, 2025-08-09)}.
 *
 * @param start the first day
 * @param end the last day
 */
public record Term(LocalDate start, LocalDate end) {

	public Term {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("任期の終了日が開始日より前です: " + start + "～" + end);
		}
	}

	/**
	 * A full term of the charter's length: 12 months from 2024-08-10 end on 2025-08-09,
	 * the day before the corresponding day; when the last month has no corresponding day,
	 * on that month's last day (民法143条2項): 1 month from 2025-01-31 ends on 2025-02-28.
	 * @param start the first day
	 * @param termMonths the charter's term in months
	 * @return the term
	 */
	public static Term standard(LocalDate start, int termMonths) {
		if (termMonths < 1) {
			throw new IllegalArgumentException("任期の月数は1以上です: " + termMonths);
		}
		LocalDate corresponding = start.plusMonths(termMonths);
		boolean clamped = corresponding.getDayOfMonth() < start.getDayOfMonth();
		return new Term(start, clamped ? corresponding : corresponding.minusDays(1));
	}

	/**
	 * A substitute's term (補欠の委員の任期は、前任者の残任期間): from the substitute's first day to the
	 * last day of the predecessor's term.
	 * @param start the substitute's first day
	 * @param predecessor the predecessor's full term
	 * @return the remaining term
	 * @throws IllegalArgumentException when the start lies outside the predecessor's term
	 */
	public static Term substitute(LocalDate start, Term predecessor) {
		if (!predecessor.contains(start)) {
			throw new IllegalArgumentException("補欠の任期の開始日が前任者の任期の外です: " + start);
		}
		return new Term(start, predecessor.end());
	}

	/**
	 * The term cut short (辞任 etc.), ending on the given day.
	 * @param lastDay the last day in office
	 * @return the shortened term
	 * @throws IllegalArgumentException when the day lies outside the term
	 */
	public Term endedOn(LocalDate lastDay) {
		if (!contains(lastDay)) {
			throw new IllegalArgumentException("任期の途中の日ではありません: " + lastDay);
		}
		return new Term(this.start, lastDay);
	}

	/**
	 * The next full term, starting the day after this one ends (再任).
	 * @param termMonths the charter's term in months
	 * @return the following term
	 */
	public Term next(int termMonths) {
		return standard(this.end.plusDays(1), termMonths);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.start) && !date.isAfter(this.end);
	}

	public boolean overlaps(Term other) {
		return !other.end.isBefore(this.start) && !other.start.isAfter(this.end);
	}

	/**
	 * Whether the term ends within the given number of days after today (today included).
	 * @param today the day to look from
	 * @param days how far ahead
	 * @return {@code true} when the last day falls in {@code [today, today + days]}
	 */
	public boolean endsWithin(LocalDate today, int days) {
		return !this.end.isBefore(today) && !this.end.isAfter(today.plusDays(days));
	}

}
