package jp.kyogikai.application.rule;

/**
 * How the base fare is set (対価の設定方法).
 */
public enum FareMethod {

	/** 距離制: 1km ○円, or a base distance and fare and then per increment. */
	DISTANCE,

	/** 時間制: 10分 ○円, or base minutes and fare and then per increment. */
	TIME,

	/** 定額制: 1回 ○円. */
	FLAT

}
