package jp.kyogikai.application.rule;

/**
 * What an other charge's amount is charged per.
 */
public enum ChargeUnit {

	/** 1回につき: once per ride (or per cancellation). */
	PER_TRIP,

	/** N分ごと: per started N minutes (端数は1単位). */
	PER_MINUTES,

	/** Nmごと: per started N metres (端数は1単位), e.g. 迎車回送 by the distance driven. */
	PER_DISTANCE

}
