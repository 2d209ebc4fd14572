package jp.kyogikai.operator.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a registration of 自家用有償旅客運送 is valid (法79条の6, 施行規則) and the period it covers.
 * <ul>
 * <li>新規登録: 2 years from the registration date.</li>
 * <li>更新登録: 3 years when the previous period had no serious accident, no improvement
 * order and no suspension ({@link PeriodRecord#isClean()}); otherwise 2 years.</li>
 * <li>事業者協力型 (a bus or taxi company cooperates in operation or maintenance management): 5
 * years for a new registration, and 5 years for a renewal with a clean previous
 * period.</li>
 * </ul>
 * A renewal starts the day after the previous period's last day and, like every period,
 * ends the day before the corresponding day of the last year (see
 * {@link ValidityPeriod#ofYears(LocalDate, int)}).
 * <p>
 * Decision where the texts are silent: the national handbook (seed 004, 「登録の有効期間」) gives
 * 5 years to 事業者協力型 "when newly registered, or when a renewal meets the conditions such
 * as causing no serious accident". It does not say what a 事業者協力型 renewal after a serious
 * accident, improvement order or suspension earns; neither 5-year case applies, so it
 * falls back to the general rule for a renewal that does not meet the conditions: 2
 * years. Whether the registration is 事業者協力型 is judged for the registration being granted
 * (the new period), not the previous one.
 */
public final class RegistrationValidity {

	/** 新規登録 (not 事業者協力型). */
	public static final int NEW_YEARS = 2;

	/**
	 * 更新登録 whose previous period had a serious accident, improvement order or suspension.
	 */
	public static final int RENEWAL_YEARS = 2;

	/** 更新登録 whose previous period was clean. */
	public static final int CLEAN_RENEWAL_YEARS = 3;

	/** 事業者協力型: new, or renewed after a clean period. */
	public static final int OPERATOR_COOPERATION_YEARS = 5;

	private RegistrationValidity() {
	}

	/**
	 * The length of the registration in years.
	 * @param kind new or renewal
	 * @param operatorCooperation whether the registration granted is 事業者協力型
	 * @param previousPeriod what happened in the period being renewed; ignored (may be
	 * {@code null}) for a new registration, required for a renewal
	 * @return 2, 3 or 5
	 */
	public static int years(RegistrationKind kind, boolean operatorCooperation, PeriodRecord previousPeriod) {
		Objects.requireNonNull(kind, "kind");
		if (kind == RegistrationKind.NEW) {
			return operatorCooperation ? OPERATOR_COOPERATION_YEARS : NEW_YEARS;
		}
		Objects.requireNonNull(previousPeriod, "previousPeriod");
		if (!previousPeriod.isClean()) {
			return RENEWAL_YEARS;
		}
		return operatorCooperation ? OPERATOR_COOPERATION_YEARS : CLEAN_RENEWAL_YEARS;
	}

	/**
	 * The period of a new registration: from the registration date, 2 years (5 when
	 * 事業者協力型). Registered on 2024-04-01 → 2024-04-01～2026-03-31.
	 * @param registeredOn the registration date (登録年月日)
	 * @param operatorCooperation whether the registration is 事業者協力型
	 * @return the validity period
	 */
	public static ValidityPeriod newRegistration(LocalDate registeredOn, boolean operatorCooperation) {
		return ValidityPeriod.ofYears(registeredOn, years(RegistrationKind.NEW, operatorCooperation, null));
	}

	/**
	 * The period of a renewal: from the day after the previous period's last day.
	 * Previous period ending 2026-03-31, clean → 2026-04-01～2029-03-31.
	 * @param previous the period being renewed
	 * @param operatorCooperation whether the renewed registration is 事業者協力型
	 * @param previousPeriod what happened in the previous period
	 * @return the new validity period
	 */
	public static ValidityPeriod renewal(ValidityPeriod previous, boolean operatorCooperation,
			PeriodRecord previousPeriod) {
		Objects.requireNonNull(previous, "previous");
		return renewal(previous.to(), operatorCooperation, previousPeriod);
	}

	/**
	 * The period of a renewal when only the previous expiry is known (登録有効期限).
	 * @param previousExpiry the last day of the period being renewed
	 * @param operatorCooperation whether the renewed registration is 事業者協力型
	 * @param previousPeriod what happened in the previous period
	 * @return the new validity period, from the day after {@code previousExpiry}
	 */
	public static ValidityPeriod renewal(LocalDate previousExpiry, boolean operatorCooperation,
			PeriodRecord previousPeriod) {
		Objects.requireNonNull(previousExpiry, "previousExpiry");
		return ValidityPeriod.ofYears(previousExpiry.plusDays(1),
				years(RegistrationKind.RENEWAL, operatorCooperation, previousPeriod));
	}

}
