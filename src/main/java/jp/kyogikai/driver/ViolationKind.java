package jp.kyogikai.driver;

/**
 * What a record of a driver's 違反・事故歴 is.
 */
public enum ViolationKind {

	/** A traffic violation (交通違反). */
	VIOLATION,

	/** An accident the driver had while driving (交通事故). */
	ACCIDENT

}
