package jp.kyogikai.vehicle.rule;

import java.time.LocalDate;

/**
 * The use agreement (使用承諾書, 使用権原を証する書類) of a brought-in vehicle (持込み車両) that is on file,
 * with its period when the agreement states one.
 *
 * @param from the first day, {@code null} when not stated
 * @param to the last day, {@code null} when the agreement has no end (期間の定めなし)
 */
public record UseAgreement(LocalDate from, LocalDate to) {

	public UseAgreement {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("使用承諾の期間の終了日が開始日より前です: " + from + "～" + to);
		}
	}

}
