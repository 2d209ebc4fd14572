package jp.kyogikai.fare;

/**
 * Where an agreed fare schedule stands on its operator's timeline.
 */
public enum FareStatus {

	/** 適用中: the fares in force today. */
	CURRENT,

	/** 適用予定: agreed, applying from a later day. */
	UPCOMING,

	/** 適用終了: a later agreement has taken over. */
	ENDED,

	/** 差し替え: a later agreement with the same effective date applies instead. */
	REPLACED

}
