package jp.kyogikai.voting.rule;

/**
 * A member's vote on an item (賛成 / 反対 / 棄権).
 */
public enum Vote {

	/** 賛成. */
	FOR,

	/** 反対. */
	AGAINST,

	/** 棄権. */
	ABSTAIN

}
