package jp.kyogikai.operator.rule;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a registration is valid (登録の有効期間), both ends included: 有効期間R6.4.1～R8.3.31 is
 * {@code ValidityPeriod(2024-04-01, 2026-03-31)}.
 *
 * @param from the first valid day
 * @param to the last valid day (有効期間の満了日)
 */
public record ValidityPeriod(LocalDate from, LocalDate to) {

	public ValidityPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("有効期間の満了日が開始日より前です: " + from + "～" + to);
		}
	}

	/**
	 * A period of whole years from its first day, ending the day before the corresponding
	 * day (応当日の前日): 2 years from 2024-04-01 end on 2026-03-31. When the last year has no
	 * corresponding day (a period from 29 February), it ends on the last day of that
	 * month (民法143条2項): 2 years from 2024-02-29 end on 2026-02-28.
	 * @param from the first day
	 * @param years the length in years, at least one
	 * @return the period
	 */
	public static ValidityPeriod ofYears(LocalDate from, int years) {
		Objects.requireNonNull(from, "from");
		if (years < 1) {
			throw new IllegalArgumentException("有効期間の年数は1以上です: " + years);
		}
		LocalDate corresponding = from.plusYears(years);
		boolean clamped = corresponding.getDayOfMonth() < from.getDayOfMonth();
		return new ValidityPeriod(from, clamped ? corresponding : corresponding.minusDays(1));
	}

	/**
	 * Whether the registration is valid on a day.
	 * @param date the day
	 * @return {@code true} from the first to the last day, both included
	 */
	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	/**
	 * The days from today to the last valid day: 0 on the last day itself (本日満了), 1 the
	 * day before, negative once expired (-1 the day after).
	 * @param today the day to count from
	 * @return the days left
	 */
	public long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, this.to);
	}

	/**
	 * Whether the registration has lapsed: today is after the last valid day. The last
	 * day itself is not expired.
	 * @param today the day to look from
	 * @return {@code true} from the day after the last valid day
	 */
	public boolean expired(LocalDate today) {
		return today.isAfter(this.to);
	}

	/**
	 * Whether a renewal should be filed now: the period ends within the given days from
	 * today (today and the last day included) and has not lapsed. A lapsed registration
	 * cannot be renewed; the operator must register anew.
	 * @param today the day to look from
	 * @param days how many days before expiry renewals are chased, zero or more
	 * @return {@code true} when {@code 0 <= daysLeft(today) <= days}
	 */
	public boolean renewalDue(LocalDate today, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("日数は0以上です: " + days);
		}
		return renewalDue(today, Period.ofDays(days));
	}

	/**
	 * Whether a renewal should be filed now, with the window as a period (the staff
	 * dashboard uses 6 months): the last day falls in {@code [today, today + window]}.
	 * @param today the day to look from
	 * @param window how long before expiry renewals are chased
	 * @return {@code true} when the period ends within the window and has not lapsed
	 */
	public boolean renewalDue(LocalDate today, Period window) {
		if (window.isNegative()) {
			throw new IllegalArgumentException("期間は0以上です: " + window);
		}
		return !this.to.isBefore(today) && !this.to.isAfter(today.plus(window));
	}

}
