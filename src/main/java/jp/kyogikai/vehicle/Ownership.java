package jp.kyogikai.vehicle;

/**
 * Whether the operator owns the vehicle or uses one brought in by a driver (持込み車両) under
 * a use agreement.
 */
public enum Ownership {

	/** 所有 (or leased by the operator). */
	OWNED,

	/** 持込み: a driver's own car used under a use agreement. */
	BROUGHT_IN

}
