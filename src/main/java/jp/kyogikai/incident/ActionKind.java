package jp.kyogikai.incident;

import jp.kyogikai.operator.rule.PeriodEventKind;

/**
 * The administrative actions (行政処分) against an operator that shorten its renewal.
 */
public enum ActionKind {

	/** 改善命令 (法79条の9). */
	IMPROVEMENT_ORDER(PeriodEventKind.IMPROVEMENT_ORDER),

	/** 業務の停止 (法79条の12). */
	SUSPENSION(PeriodEventKind.SUSPENSION);

	private final PeriodEventKind periodEventKind;

	ActionKind(PeriodEventKind periodEventKind) {
		this.periodEventKind = periodEventKind;
	}

	/**
	 * The action as the renewal rule sees it.
	 * @return the kind of period fact
	 */
	public PeriodEventKind periodEventKind() {
		return this.periodEventKind;
	}

}
