package jp.kyogikai.operator;

import jp.kyogikai.operator.rule.PeriodReview;
import jp.kyogikai.operator.rule.RegistrationKind;
import jp.kyogikai.operator.rule.RegistrationValidity;
import jp.kyogikai.operator.rule.ValidityPeriod;

/**
 * The period a renewal of the current registration would get, judged from the serious
 * accidents, improvement orders and suspensions recorded within the current period.
 *
 * @param review the current period and the facts recorded within it
 * @param operatorCooperation whether the registration is 事業者協力型
 * @param period the renewed period: from the day after the current expiry, 3 years (5
 * when 事業者協力型) after a clean period, otherwise 2
 */
public record RenewalOutlook(PeriodReview review, boolean operatorCooperation, ValidityPeriod period) {

	static RenewalOutlook of(PeriodReview review, boolean operatorCooperation) {
		return new RenewalOutlook(review, operatorCooperation,
				RegistrationValidity.renewal(review.to(), operatorCooperation, review.record()));
	}

	/**
	 * The length of the renewed period.
	 * @return 2, 3 or 5 years
	 */
	public int years() {
		return RegistrationValidity.years(RegistrationKind.RENEWAL, this.operatorCooperation, this.review.record());
	}

	/**
	 * Whether the current period earns the longer renewal.
	 * @return {@code true} with no serious accident, improvement order or suspension
	 */
	public boolean clean() {
		return this.review.isClean();
	}

}
