package jp.kyogikai.operator.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated fact of a registration period that decides the length of the renewal: a
 * serious accident on the day it happened, an improvement order or a suspension on the
 * day it was ordered.
 *
 * @param kind what happened
 * @param date the day it happened (事故の発生日、処分の日)
 */
public record PeriodEvent(PeriodEventKind kind, LocalDate date) {

	public PeriodEvent {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(date, "date");
	}

}
