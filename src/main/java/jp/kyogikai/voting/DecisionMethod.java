package jp.kyogikai.voting;

/**
 * How a 協議事項 was decided.
 */
public enum DecisionMethod {

	/** 異議なし: every member entitled to vote agreed. */
	CONSENT,

	/** 採決: each entitled member's vote counted (賛成 / 反対 / 棄権). */
	VOTE

}
