package jp.kyogikai.application.rule;

import java.time.LocalDate;
import java.util.Objects;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.calendar.Wareki;

/**
 * The 受付番号 the secretariat gives an application when it receives it: numbered from 1 in
 * each municipality and fiscal year (年度), written as the year of the fiscal year's era,
 * the fixed mark {@value #MARK} (福祉有償運送) and 第N号: the third application received in 令和7年度
 * is {@code 7福有第3号}. The year is the era year of the fiscal year's 1 April (the year that
 * began on 1 April 2019 is 平成31年度, so {@code 31福有第N号}), as {@link FiscalYear#label()}
 * names it.
 *
 * @param fiscalYear the fiscal year of the day of receipt
 * @param sequence the number within that year, from 1
 */
public record ReceiptNumber(FiscalYear fiscalYear, int sequence) {

	/** The mark between the year and the number. */
	public static final String MARK = "福有";

	public ReceiptNumber {
		Objects.requireNonNull(fiscalYear, "fiscalYear");
		if (sequence < 1) {
			throw new IllegalArgumentException("受付番号は1から始まります: " + sequence);
		}
	}

	/**
	 * The number of an application received on a day.
	 * @param receivedOn the day of receipt
	 * @param sequence the number within its fiscal year, from 1
	 * @return the receipt number
	 */
	public static ReceiptNumber of(LocalDate receivedOn, int sequence) {
		return new ReceiptNumber(FiscalYear.of(receivedOn), sequence);
	}

	/**
	 * The number as documents write it.
	 * @return e.g. {@code 7福有第3号}
	 */
	public String text() {
		String year = Wareki.formatYear(this.fiscalYear.firstDay());
		String digits = year.replaceAll("[^0-9元]", "");
		return ("元".equals(digits) ? "1" : digits) + MARK + "第" + this.sequence + "号";
	}

	@Override
	public String toString() {
		return text();
	}

}
