package jp.kyogikai.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Japanese fiscal year (年度), 1 April to 31 March, named by the calendar year in which
 * it starts: 令和7年度 runs from 2025-04-01 to 2026-03-31.
 *
 * @param startYear the calendar year of its 1 April
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

	/**
	 * The fiscal year a day belongs to: 31 March is still the previous one.
	 * @param date the day
	 * @return its fiscal year
	 */
	public static FiscalYear of(LocalDate date) {
		return new FiscalYear((date.getMonthValue() >= Month.APRIL.getValue()) ? date.getYear() : date.getYear() - 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.startYear, Month.APRIL, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.startYear + 1, Month.MARCH, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public FiscalYear next() {
		return new FiscalYear(this.startYear + 1);
	}

	/**
	 * 令和7年度, named by the era of its first day (so the year that began on 1 April 2019 is
	 * 平成31年度, as budgets of that year were titled).
	 * @return the name of the fiscal year
	 */
	public String label() {
		String year = Wareki.formatYear(firstDay());
		return year.substring(0, year.length() - 1) + "年度";
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(this.startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

}
