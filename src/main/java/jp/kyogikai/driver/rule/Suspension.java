package jp.kyogikai.driver.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A licence suspension (運転免許の効力の停止), both ends included.
 *
 * @param from the first day of the suspension
 * @param to the last day of the suspension
 */
public record Suspension(LocalDate from, LocalDate to) {

	public Suspension {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("停止期間の終了日が開始日より前です: " + from + "～" + to);
		}
	}

	/**
	 * Whether the licence is suspended on a day.
	 * @param date the day
	 * @return {@code true} from the first to the last day
	 */
	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	/**
	 * Whether the suspension shares a day with a span.
	 * @param start the span's first day
	 * @param end the span's last day
	 * @return {@code true} when at least one day of the suspension lies in the span
	 */
	public boolean overlaps(LocalDate start, LocalDate end) {
		return !this.to.isBefore(start) && !this.from.isAfter(end);
	}

}
