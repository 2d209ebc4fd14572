package jp.kyogikai.operator.rule;

/**
 * What happened during the registration period that is being renewed: the facts that
 * decide whether the renewal earns the longer period (重大事故を引き起こしていない等の一定要件).
 *
 * @param seriousAccident a serious accident (重大事故, 自動車事故報告規則2条) was caused
 * @param improvementOrder an improvement order (改善命令, 法79条の9) was received
 * @param suspension the operation was suspended (業務の停止, 法79条の12) for any length of time
 */
public record PeriodRecord(boolean seriousAccident, boolean improvementOrder, boolean suspension) {

	/**
	 * A period without a serious accident, an improvement order or a suspension.
	 * @return the clean record
	 */
	public static PeriodRecord clean() {
		return new PeriodRecord(false, false, false);
	}

	/**
	 * Whether the period earns the longer renewal: none of the three happened.
	 * @return {@code true} when the record is clean
	 */
	public boolean isClean() {
		return !this.seriousAccident && !this.improvementOrder && !this.suspension;
	}

}
