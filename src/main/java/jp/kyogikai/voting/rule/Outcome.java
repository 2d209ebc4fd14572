package jp.kyogikai.voting.rule;

/**
 * What a decision of an item came to.
 */
public enum Outcome {

	/** 可決: the motion carried (協議が調った). */
	CARRIED,

	/** 否決: the motion failed. */
	NOT_CARRIED,

	/** 可否同数 under 議長裁決: the presiding chair must give the casting vote first. */
	CASTING_VOTE_NEEDED,

	/** The quorum is not met: nothing may be decided. */
	NO_QUORUM,

	/** Every member present is recused or not entitled: nobody can decide the item. */
	NOBODY_ENTITLED

}
