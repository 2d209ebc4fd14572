package jp.kyogikai.council;

/**
 * What the council is called. Since October 2023 the law speaks of a 地域公共交通会議 and deems
 * an existing 運営協議会 to be one; many municipalities keep the old name.
 */
public enum CouncilType {

	/** 福祉有償運送運営協議会 (or another 運営協議会). */
	OPERATING_COUNCIL,

	/** 地域公共交通会議. */
	REGIONAL_TRANSPORT_COUNCIL

}
