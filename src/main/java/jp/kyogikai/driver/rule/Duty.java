package jp.kyogikai.driver.rule;

import java.util.Objects;

import jp.kyogikai.operator.rule.ServiceKind;

/**
 * What a driver is checked for: the transport kind and, for 福祉有償運送, whether the operator
 * uses セダン等 and whether another crew member (乗務する者) brings the セダン等運転者講習 or is a 介護福祉士.
 *
 * @param kind the transport kind
 * @param sedan whether the operator uses セダン等 in 福祉有償運送; ignored for 交通空白地有償運送
 * @param sedanCoveredByCrew whether another crew member on the driver's trips holds the
 * セダン等運転者講習 or is a 介護福祉士; ignored unless {@code sedan}
 */
public record Duty(ServiceKind kind, boolean sedan, boolean sedanCoveredByCrew) {

	public Duty {
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * 福祉有償運送 without セダン等.
	 * @return the duty
	 */
	public static Duty welfare() {
		return new Duty(ServiceKind.WELFARE, false, false);
	}

	/**
	 * 福祉有償運送 with セダン等.
	 * @param coveredByCrew whether another crew member brings the セダン等 requirement
	 * @return the duty
	 */
	public static Duty welfareWithSedan(boolean coveredByCrew) {
		return new Duty(ServiceKind.WELFARE, true, coveredByCrew);
	}

	/**
	 * 交通空白地有償運送.
	 * @return the duty
	 */
	public static Duty transportGap() {
		return new Duty(ServiceKind.TRANSPORT_GAP, false, false);
	}

	/**
	 * Whether the セダン等 requirement applies.
	 * @return {@code true} for 福祉有償運送 with セダン等
	 */
	public boolean sedanRequirementApplies() {
		return this.kind == ServiceKind.WELFARE && this.sedan;
	}

}
