package jp.kyogikai.council.rule;

/**
 * What happens when votes for and against are equal (可否同数).
 */
public enum TieBreak {

	/** 可否同数のときは、議長の決するところによる: the chair's casting vote decides. */
	CHAIR_DECIDES,

	/** 可否同数のときは否決とする: the motion fails. */
	REJECTED

}
