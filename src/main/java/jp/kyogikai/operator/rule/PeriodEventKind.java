package jp.kyogikai.operator.rule;

/**
 * What can happen during a registration period that makes a renewal valid 2 years instead
 * of 3 (or 5 for 事業者協力型).
 */
public enum PeriodEventKind {

	/** 重大事故 in the sense of 自動車事故報告規則2条. */
	SERIOUS_ACCIDENT,

	/** 改善命令 (法79条の9). */
	IMPROVEMENT_ORDER,

	/** 業務の停止 (法79条の12), for any length of time. */
	SUSPENSION

}
