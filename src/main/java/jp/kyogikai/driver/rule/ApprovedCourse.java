package jp.kyogikai.driver.rule;

import jp.kyogikai.operator.rule.ServiceKind;

/**
 * The ministry-approved courses (大臣認定講習) for drivers.
 */
public enum ApprovedCourse {

	/** 福祉有償運送運転者講習: the course a 一種 driver needs for 福祉有償運送. */
	WELFARE_DRIVER,

	/** セダン等運転者講習: for 福祉有償運送 with セダン等 (or a 介護福祉士 instead). */
	SEDAN_DRIVER,

	/** 交通空白地有償運送運転者講習: the course a 一種 driver needs for 交通空白地有償運送. */
	TRANSPORT_GAP_DRIVER;

	/**
	 * The course a 一種 driver needs for a transport kind.
	 * @param kind the transport kind
	 * @return {@link #WELFARE_DRIVER} or {@link #TRANSPORT_GAP_DRIVER}
	 */
	public static ApprovedCourse requiredFor(ServiceKind kind) {
		return switch (kind) {
			case WELFARE -> WELFARE_DRIVER;
			case TRANSPORT_GAP -> TRANSPORT_GAP_DRIVER;
		};
	}

}
