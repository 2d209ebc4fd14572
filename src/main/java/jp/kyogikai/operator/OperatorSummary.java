package jp.kyogikai.operator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An operator in a list, with how long its registration has left.
 *
 * @param id the operator
 * @param name its name
 * @param operatorType 法人種別
 * @param registrationNumber 登録番号
 * @param registrationExpiresOn 登録有効期限
 * @param daysLeft days from today to the expiry (negative once expired)
 */
public record OperatorSummary(long id, String name, OperatorType operatorType, String registrationNumber,
		LocalDate registrationExpiresOn, Long daysLeft) {

	static OperatorSummary of(Operator operator, LocalDate today) {
		LocalDate expiry = operator.getRegistrationExpiresOn();
		return new OperatorSummary(operator.getId(), operator.getName(), operator.getOperatorType(),
				operator.getRegistrationNumber(), expiry,
				(expiry != null) ? ChronoUnit.DAYS.between(today, expiry) : null);
	}

	public boolean expired() {
		return this.daysLeft != null && this.daysLeft < 0;
	}

}
